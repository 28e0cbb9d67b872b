export * from './primitives.js';
export * from './communication.js';
export * from './consent.js';
export * from './person.js';
export * from './relative.js';
export * from './gathering.js';
export * from './attention.js';
export * from './decision.js';
export * from './follow-up.js';
export * from './assignment.js';
export * from './relative-record.js';
export * from './investigation.js';
export * from './catalogue.js';
export * from './validate.js';
export * from './references.js';

// Must stay last: every schema above is built by now (see primitives.ts).
import { restoreHostJitSetting } from './primitives.js';
restoreHostJitSetting();
