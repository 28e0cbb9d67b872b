import '../own-support/define.js';
import { AnhorigStepEquip } from './anhorig-step-equip.js';

if (!customElements.get('anhorig-step-equip')) customElements.define('anhorig-step-equip', AnhorigStepEquip);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-equip': AnhorigStepEquip;
  }
}
