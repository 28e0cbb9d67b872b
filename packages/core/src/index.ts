export * from './schema/index.js';
export type * from './machine/events.js';
export * from './rules/index.js';
export * from './assignment/index.js';
