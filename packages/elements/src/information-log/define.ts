import '../consent-panel/define.js';
import { AnhorigInformationLog } from './anhorig-information-log.js';

if (!customElements.get('anhorig-information-log')) customElements.define('anhorig-information-log', AnhorigInformationLog);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-information-log': AnhorigInformationLog;
  }
}
