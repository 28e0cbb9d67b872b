/** Registers every element. The only modules with side effects are this and each folder's define.ts (see `sideEffects`). */
import './investigation/define.js';
import './step-nav/define.js';
import './consent-panel/define.js';
import './information-log/define.js';
import './summary/define.js';
import './own-support/define.js';
import './step-relatives/define.js';
import './step-equip/define.js';
import './step-involve/define.js';
import './step-gather/define.js';
import './step-assessment/define.js';
import './step-assignment/define.js';
import './step-follow-up/define.js';
