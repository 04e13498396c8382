// Where the benchmarks find real Python: the standard library of the machine's python3 (asked of python3 itself, so a
// pyenv or Debian layout both work). Only its path is read; nothing of it is imported or run.
import { execFileSync } from 'node:child_process';

/** The stdlib directory of `python3` (throws when there is no python3). */
export function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).trim();
}
