import { mapSchemas } from '../schema-traversal.js';
import { annotationKeywords } from './annotation-keywords.js';

const annotations: ReadonlySet<string> = new Set(annotationKeywords);

/**
 * Returns a copy of `schema` without annotation keywords. Validation does not depend on
 * them, but ajv's standalone code embeds parts of the schema it checks against (for
 * example a `properties` object, to test for unknown fields), and the seed's guidance text
 * would otherwise be shipped inside every validator.
 */
export function stripAnnotations<T>(schema: T): T {
  return mapSchemas(schema, (node) => {
    for (const keyword of Object.keys(node)) {
      if (annotations.has(keyword)) delete node[keyword];
    }
    return node;
  }) as T;
}
