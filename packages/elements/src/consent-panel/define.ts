import { AnhorigConsentPanel } from './anhorig-consent-panel.js';

if (!customElements.get('anhorig-consent-panel')) customElements.define('anhorig-consent-panel', AnhorigConsentPanel);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-consent-panel': AnhorigConsentPanel;
  }
}
