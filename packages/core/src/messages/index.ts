/** What the main entry point exports of messages: the codes and their types, not the sentences. */
export {
  formatMessage,
  message,
  type CatalogueGapParams,
  type ConsentSubject,
  type DocumentKind,
  type Message,
  type MessageCode,
  type MessageParams,
  type MessageTable,
  type ReferenceParams,
  type ReviewBy,
  type SchemaVersionParams,
  type ValueKind,
} from './codes.js';
export { genitive } from './genitive.js';
