import { AnhorigOwnSupport } from './anhorig-own-support.js';

if (!customElements.get('anhorig-own-support')) customElements.define('anhorig-own-support', AnhorigOwnSupport);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-own-support': AnhorigOwnSupport;
  }
}
