export { investigationMachine, type InvestigationMachine } from './investigation-machine.js';
export type { InvestigationContext, MachineContext, InvestigationInput, LoadError, Rejection, EditResult } from './context.js';
export type { InvestigationEvent, InvestigationEventType, InvestigationEmitted, Without } from './events.js';
export { EDITS, EDIT_EVENT_TYPES, type EditEvent, type EditEventType } from './edits/index.js';
export { isDecided, type GuardName, type GuardFailure } from './gates.js';
export { nextStep, previousStep, stepApplies } from './navigation.js';
export { trySend } from './send.js';
