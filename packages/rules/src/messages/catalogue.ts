/** What a person reads about one verdict: a message, and for failures a suggestion that teaches. */
export interface CatalogueEntry {
  message: string;
  suggestion?: string;
}

/** Messages keyed by verdict code. A new language is one more object of this type. */
export type MessageCatalogue = Readonly<Record<string, CatalogueEntry>>;

/**
 * Picks the catalogue for a BCP 47 locale ("cy-GB" → "cy"), falling back to English.
 * Catalogues are passed in, so importing one language does not pull in the others.
 */
export function pickCatalogue(
  catalogues: Readonly<Record<string, MessageCatalogue>>,
  locale: string | undefined,
  fallback: MessageCatalogue,
): MessageCatalogue {
  if (typeof locale !== 'string' || locale === '') return fallback;
  const lower = locale.toLowerCase();
  return catalogues[lower] ?? catalogues[lower.split(/[-_]/)[0] ?? ''] ?? fallback;
}

/** The entry for a code, falling back to the English entry when a translation lacks it. */
export function lookup(catalogue: MessageCatalogue, fallback: MessageCatalogue, code: string): CatalogueEntry | undefined {
  return catalogue[code] ?? fallback[code];
}
