// The command registry: one line per top-level command, sorted by name. Adding a command means adding a line here.
import type { Command } from 'commander';
import { registerDataset } from './dataset.js';
import { registerEval } from './eval.js';
import { registerScan } from './scan.js';
import { registerTrain } from './train.js';

/** Registers a command on the program; `setExit` records the exit code the command wants (the highest one wins). */
export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void;

export const COMMANDS: readonly RegisterCommand[] = [registerDataset, registerEval, registerScan, registerTrain];
