export { createRecord } from './create-record.js';
export { loadDocuments, loadRecord, loadRelativeRecord, type LoadedDocuments } from './load.js';
export { MIGRATIONS, migrateDocument, type Migration } from './migrate.js';
export { nextId } from './ids.js';
export { todayIso } from './today.js';
export { proposeRelationCategory } from './relation-category.js';
export { newOwnRecordId } from './own-record-id.js';
