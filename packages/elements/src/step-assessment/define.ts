import { AnhorigStepAssessment } from './anhorig-step-assessment.js';

if (!customElements.get('anhorig-step-assessment')) customElements.define('anhorig-step-assessment', AnhorigStepAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'anhorig-step-assessment': AnhorigStepAssessment;
  }
}
