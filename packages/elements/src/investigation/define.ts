import { AnhorigInvestigation } from './anhorig-investigation.js';

if (!customElements.get('anhorig-investigation')) customElements.define('anhorig-investigation', AnhorigInvestigation);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-investigation': AnhorigInvestigation;
  }
}
