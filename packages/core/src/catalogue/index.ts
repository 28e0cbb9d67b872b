export { defaultCatalogue } from './default-catalogue.js';
