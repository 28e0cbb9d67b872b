import { AnhorigStepGather } from './anhorig-step-gather.js';
// consentNeeded() embeds the consent panel to record a missing consent in place.
import '../consent-panel/define.js';
// Each relative's block embeds their need of own support (C12).
import '../own-support/define.js';

if (!customElements.get('anhorig-step-gather')) customElements.define('anhorig-step-gather', AnhorigStepGather);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-gather': AnhorigStepGather;
  }
}
