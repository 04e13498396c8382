import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
export const REPORTERS = [jsonReporter, sarifReporter, textReporter];
export function getReporter(name) {
    return REPORTERS.find((r) => r.meta.name === name);
}
//# sourceMappingURL=reporters.js.map