import { AnhorigStepNav } from './anhorig-step-nav.js';

if (!customElements.get('anhorig-step-nav')) customElements.define('anhorig-step-nav', AnhorigStepNav);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-nav': AnhorigStepNav;
  }
}
