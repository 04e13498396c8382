// `--precision`, shared by the commands that load a model for scoring (scan, eval).
import { Option } from 'commander';
import { PRECISIONS } from '../model/detector.js';

/** The `--precision int8|fp32` option (default int8, applied by the model loader). */
export function precisionOption(): Option {
  return new Option('--precision <p>', 'linear-layer arithmetic: int8 (default, ~2x faster) or fp32').choices(
    PRECISIONS,
  );
}
