import { AnhorigSummary } from './anhorig-summary.js';

if (!customElements.get('anhorig-summary')) customElements.define('anhorig-summary', AnhorigSummary);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-summary': AnhorigSummary;
  }
}
