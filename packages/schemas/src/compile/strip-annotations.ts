import { forEachSchema, mapSchemas } from '../schema-traversal.js';
import { annotationKeywords, isExtensionKeyword } from './annotation-keywords.js';

const annotations: ReadonlySet<string> = new Set(annotationKeywords);

/**
 * Returns a copy of `schema` without annotation keywords (`x-` ones included). Validation does not depend on
 * them, but ajv's standalone code embeds parts of the schema it checks against (for
 * example a `properties` object, to test for unknown fields), and the seed's guidance text
 * would otherwise be shipped inside every validator.
 */
export function stripAnnotations<T>(schema: T): T {
  return mapSchemas(schema, (node) => {
    for (const keyword of Object.keys(node)) {
      if (annotations.has(keyword) || isExtensionKeyword(keyword)) delete node[keyword];
    }
    return node;
  }) as T;
}

/** The `x-` keywords used anywhere in `schemas`, to declare to ajv's strict mode. */
export function extensionKeywordsIn(schemas: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const schema of schemas) {
    forEachSchema(schema, (node) => {
      for (const keyword of Object.keys(node)) if (isExtensionKeyword(keyword)) found.add(keyword);
    });
  }
  return [...found];
}
