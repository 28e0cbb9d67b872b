import '../consent-panel/define.js';
import { AnhorigStepRelatives } from './anhorig-step-relatives.js';

if (!customElements.get('anhorig-step-relatives')) customElements.define('anhorig-step-relatives', AnhorigStepRelatives);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-relatives': AnhorigStepRelatives;
  }
}
