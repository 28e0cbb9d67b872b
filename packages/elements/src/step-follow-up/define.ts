import '../consent-panel/define.js';
import { AnhorigStepFollowUp } from './anhorig-step-follow-up.js';

if (!customElements.get('anhorig-step-follow-up')) customElements.define('anhorig-step-follow-up', AnhorigStepFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-follow-up': AnhorigStepFollowUp;
  }
}
