export { checkSmartTarget } from './check-smart-target.js';
export {
  smartElements,
  type SmartElement,
  type ElementResult,
  type Evidence,
  type SmartCheck,
  type SmartCheckOptions,
} from './types.js';
export { smartCatalogues, rowCatalogues } from '../messages/smart-catalogues.js';
export { smartMessagesEn, rowMessagesEn } from '../messages/smart-en.js';
export type { MessageCatalogue, CatalogueEntry } from '../messages/catalogue.js';
export {
  checkTargetRow,
  type TargetRowInput,
  type TargetRowOptions,
  type TargetRowIssue,
  type TargetRowCheck,
} from './target-row.js';
