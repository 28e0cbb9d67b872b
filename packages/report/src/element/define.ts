/**
 * `import '@anhorig/report/element'` registers `<anhorig-report>` (once) and exports the class. Import
 * it only where the report is used, e.g. `await import('@anhorig/report/element')` when the unit
 * manager opens the follow-up: it is never part of the investigation's first load.
 */
import { AnhorigReport } from './anhorig-report.js';

if (!customElements.get('anhorig-report')) customElements.define('anhorig-report', AnhorigReport);

export { AnhorigReport };
export type { Report } from '../report.js';
