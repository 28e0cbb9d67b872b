export * from './schema/index.js';
export * from './catalogue/index.js';
export * from './record/index.js';
export * from './rules/index.js';
export * from './assignment/index.js';
export * from './machine/index.js';
export * from './messages/index.js';
