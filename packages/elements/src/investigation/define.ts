import { AnhorigInvestigation } from './anhorig-investigation.js';
// The step navigator is part of every first render. The steps and the views (consent panel,
// information log, summary) are modules of their own that <anhorig-investigation> loads with
// import() when it first shows them, and prefetches the next step of when the browser is idle
// (step-loader.ts). Importing `@anhorig/elements/define` instead registers everything up front.
import '../step-nav/define.js';

if (!customElements.get('anhorig-investigation')) customElements.define('anhorig-investigation', AnhorigInvestigation);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-investigation': AnhorigInvestigation;
  }
}
