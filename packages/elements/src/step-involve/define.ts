import '../consent-panel/define.js';
import '../own-support/define.js';
import { AnhorigStepInvolve } from './anhorig-step-involve.js';

if (!customElements.get('anhorig-step-involve')) customElements.define('anhorig-step-involve', AnhorigStepInvolve);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-involve': AnhorigStepInvolve;
  }
}
