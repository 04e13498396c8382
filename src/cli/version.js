// The package version, read once from package.json so that --version, reports and SARIF agree.
import { readFileSync } from 'node:fs';
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
export const VERSION = pkg.version;
//# sourceMappingURL=version.js.map