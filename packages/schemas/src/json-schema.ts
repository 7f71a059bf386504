import { annotationKeywords, isExtensionKeyword } from './compile/annotation-keywords.js';

/** A JSON Schema document or subschema (draft 2020-12): an object, or `true`/`false`. */
export type JsonSchema = boolean | JsonSchemaObject;

/** A JSON Schema object. Keywords are read defensively, so values are `unknown`. */
export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}

export function isSchemaObject(value: unknown): value is JsonSchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The index of the `{ type: 'null' }` branch when `branches` (an `anyOf`) is a value or null,
 * as pydantic writes `Optional`: two branches, one of them only `type: 'null'` (annotations
 * aside). Otherwise undefined.
 */
export function nullBranchOf(branches: unknown): number | undefined {
  const index = Array.isArray(branches) && branches.length === 2 ? branches.findIndex((branch) => isSchemaObject(branch) && branch.type === 'null'
    && Object.keys(branch).every((keyword) => keyword === 'type' || (annotationKeywords as readonly string[]).includes(keyword) || isExtensionKeyword(keyword))) : -1;
  return index < 0 ? undefined : index;
}
