/**
 * Every built-in template, for code that always carries all eight: the server renderer and
 * `define/isp-plan.js`. `<isp-plan>` itself reads templates from the page's registry
 * (template-registry.ts), so a single-template entry does not bundle these.
 */
import { commonSchema, isTemplateId, SCHEMA_VERSION, schemas, templateIds, type JsonSchemaObject } from '@isp-kit/schemas';
import type { SchemaNode } from './schema-resolver.js';
import { registerTemplate } from './template-registry.js';

export { isTemplateId, SCHEMA_VERSION, templateIds };

export function templateSchema(id: string): SchemaNode | undefined {
  return isTemplateId(id) ? (schemas[id] as unknown as SchemaNode) : undefined;
}

/** Every template's schema. */
export const templateSchemas: readonly JsonSchemaObject[] = Object.values(schemas);

/** Documents a `$ref` may point into: the common schema and every template. */
export const knownSchemaDocuments: readonly unknown[] = [commonSchema, ...templateSchemas];

/** Registers all eight templates, in `templateIds` order, with the page's `<isp-plan>`. */
export function registerBuiltInTemplates(): void {
  for (const id of templateIds) registerTemplate(id, schemas[id]);
}
