import '../consent-panel/define.js';
import { AnhorigStepAssignment } from './anhorig-step-assignment.js';

if (!customElements.get('anhorig-step-assignment')) customElements.define('anhorig-step-assignment', AnhorigStepAssignment);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-assignment': AnhorigStepAssignment;
  }
}
