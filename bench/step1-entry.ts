/**
 * Size probe, not shipped: what a page would load first if only <anhorig-investigation>, the step
 * navigator and step 1 (with the consent panel it embeds) were loaded up front, and the other steps,
 * the summary and the log on demand. bench/build.ts measures it to show what lazy loading could save.
 * (The elements' own define modules import everything the investigation renders, so this defines the
 * three classes itself.)
 */
import { AnhorigInvestigation } from '../packages/elements/src/investigation/anhorig-investigation.js';
import { AnhorigStepNav } from '../packages/elements/src/step-nav/anhorig-step-nav.js';
import { AnhorigStepRelatives } from '../packages/elements/src/step-relatives/anhorig-step-relatives.js';

customElements.define('anhorig-investigation', AnhorigInvestigation);
customElements.define('anhorig-step-nav', AnhorigStepNav);
customElements.define('anhorig-step-relatives', AnhorigStepRelatives);
