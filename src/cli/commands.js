import { registerDataset } from './dataset.js';
import { registerEval } from './eval.js';
import { registerScan } from './scan.js';
import { registerTrain } from './train.js';
export const COMMANDS = [registerDataset, registerEval, registerScan, registerTrain];
//# sourceMappingURL=commands.js.map