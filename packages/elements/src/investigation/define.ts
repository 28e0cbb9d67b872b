import { AnhorigInvestigation } from './anhorig-investigation.js';
// Everything <anhorig-investigation> renders, so importing this one module is enough.
import '../step-nav/define.js';
import '../consent-panel/define.js';
import '../information-log/define.js';
import '../summary/define.js';
import '../step-relatives/define.js';
import '../step-equip/define.js';
import '../step-involve/define.js';
import '../step-gather/define.js';
import '../step-assessment/define.js';
import '../step-assignment/define.js';
import '../step-follow-up/define.js';

if (!customElements.get('anhorig-investigation')) customElements.define('anhorig-investigation', AnhorigInvestigation);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-investigation': AnhorigInvestigation;
  }
}
