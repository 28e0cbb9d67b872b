import { AnhorigConsentPanel } from './anhorig-consent-panel.js';
import { AnhorigConsentRequest } from './anhorig-consent-request.js';

if (!customElements.get('anhorig-consent-panel')) customElements.define('anhorig-consent-panel', AnhorigConsentPanel);
if (!customElements.get('anhorig-consent-request')) customElements.define('anhorig-consent-request', AnhorigConsentRequest);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-consent-panel': AnhorigConsentPanel;
    'anhorig-consent-request': AnhorigConsentRequest;
  }
}
