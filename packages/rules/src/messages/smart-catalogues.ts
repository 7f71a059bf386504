import type { MessageCatalogue } from './catalogue.js';
import { rowMessagesEn, smartMessagesEn } from './smart-en.js';

/**
 * Message catalogues by language subtag. Adding a language means adding one object of type
 * `MessageCatalogue` here (any code it lacks falls back to English).
 */
export const smartCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  en: smartMessagesEn,
};

/** Target-row message catalogues by language subtag, like `smartCatalogues`. */
export const rowCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  en: rowMessagesEn,
};
