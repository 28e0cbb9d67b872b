export { investigationMachine, type InvestigationMachine } from './investigation-machine.js';
export type { InvestigationContext, InvestigationInput, Rejection, EditResult } from './context.js';
export type { InvestigationEvent, InvestigationEventType, InvestigationEmitted, Without } from './events.js';
export { isDecided, type GuardName, type GuardFailure } from './gates.js';
export { nextStep, previousStep, stepApplies } from './navigation.js';
