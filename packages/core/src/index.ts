export * from './schema/index.js';
export type * from './machine/events.js';
