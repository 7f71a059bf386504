/**
 * The templates `<isp-plan>` knows on this page. The define modules fill it:
 * `define/isp-plan.js` (and so `define/all.js` and `isp-kit.js`) registers all eight,
 * `define/templates/<id>.js` just its own, so a bundler leaves the other schemas out. Entries
 * add to it, never replace, so every template that any loaded entry brings is known.
 *
 * It lives on `globalThis` under a registered symbol, not in this module, so that two bundles
 * on one page (each with its own copy of this module, only one of whose `IspPlan` classes gets
 * the `isp-plan` tag) still share it. What it stores is kept to a shape that does not depend
 * on the bundle's version: a template's schema and a validator closed over its own code.
 * See docs/decisions/template-registry.md.
 */
import {
  commonSchema,
  createInterpretedVariantValidator,
  interpretTemplateValidator,
  isTemplateId,
  overlayVariant,
  validateWithTemplates,
  type JsonSchemaObject,
  type TemplateId,
  type TemplateValidator,
} from '@isp-kit/schemas';
import type { PlanValidator } from './plan-validation.js';
import type { SchemaNode } from './schema-resolver.js';

export interface RegisteredTemplate {
  readonly schema: JsonSchemaObject;
  readonly validate: TemplateValidator;
}

const registryKey = Symbol.for('@isp-kit/components: templates, v1');

function registry(): Map<string, RegisteredTemplate> {
  const host = globalThis as { [registryKey]?: Map<string, RegisteredTemplate> };
  return (host[registryKey] ??= new Map());
}

/** Makes `id` known to every `<isp-plan>` on the page; a template registered already is kept. */
export function registerTemplate(id: TemplateId, schema: JsonSchemaObject): void {
  const templates = registry();
  if (!templates.has(id)) templates.set(id, { schema, validate: interpretTemplateValidator(schema) });
}

/** The ids registered so far, in the order they were registered. */
export function registeredTemplateIds(): string[] {
  return [...registry().keys()];
}

export function isRegisteredTemplate(id: unknown): id is TemplateId {
  return typeof id === 'string' && registry().has(id);
}

export function templateSchema(id: string): SchemaNode | undefined {
  return registry().get(id)?.schema as unknown as SchemaNode | undefined;
}

function registeredSchemas(): JsonSchemaObject[] {
  return [...registry().values()].map((template) => template.schema);
}

/** Documents a `$ref` may point into: the common schema and every registered template. */
export function knownSchemaDocuments(): JsonSchemaObject[] {
  return [commonSchema, ...registeredSchemas()];
}

/**
 * Validates a plan of a registered template. With all eight registered this is
 * `validateInterpreted`, result for result (the dispatch is the same code); a plan of a
 * template not registered gets `template-not-available` (the element refuses one first).
 */
export const validateTemplatePlan: PlanValidator = (plan) => validateWithTemplates((id) => registry().get(id)?.validate, plan);

/**
 * Why the page cannot render `id`, in the words `<isp-plan>` shows (code `unknown-template`).
 * A built-in template that no loaded entry registered says which ones the page has.
 */
export function unknownTemplateReason(id: unknown): string {
  const known = `This plan cannot be shown: "${String(id)}" is not a known template.`;
  if (!isTemplateId(id)) return known;
  const ids = registeredTemplateIds();
  const has = ids.length === 0 ? 'no templates' : `only ${ids.map((each) => `"${each}"`).join(', ')}`;
  return `${known} This page registered ${has}: load @isp-kit/components/define/templates/${id}.js (or define/isp-plan.js for all eight) to use it.`;
}

/** Where a host schema without an `$id` is taken to sit: beside the templates. */
const hostBase = 'https://isp-kit.org/schemas/v1/variant.schema.json';

/**
 * A host's `schema` as `<isp-plan>` renders and validates it: a local authority's variant that
 * names one of `templates` (the registered ones; the server renderer passes all eight) with
 * `$ref` at its root or in its root `allOf`, laid over it as `isp-schemas compile` reads it;
 * any other schema as given.
 */
export function hostSchemaOf(schema: JsonSchemaObject, templates: readonly JsonSchemaObject[] = registeredSchemas()): JsonSchemaObject {
  try {
    const id = new URL(typeof schema.$id === 'string' ? schema.$id : '', hostBase).href;
    return overlayVariant(schema, id, { common: commonSchema, templates })?.schema ?? schema;
  } catch {
    return schema; // an `$id` that is not a URL: read the schema as given
  }
}

/**
 * A host's own `schema` is validated as the templates are, by the interpreter, so every keyword
 * the family uses is checked (patterns, lengths, limits, `const`, unknown fields) in the same
 * words; its `$ref`s reach the common schema and the registered templates. A schema the
 * interpreter cannot read (a keyword it does not implement) gets `fallback`, a structural
 * check, and a warning that names the keyword: a host with such a schema passes a precompiled
 * `validator` (`isp-schemas compile`) to have it checked in full.
 */
export function hostSchemaValidator(schema: object, fallback: () => PlanValidator): PlanValidator {
  try {
    const validate = createInterpretedVariantValidator(schema as JsonSchemaObject, { related: knownSchemaDocuments() });
    return (plan) => validate(plan);
  } catch (error) {
    console.warn(`<isp-plan>: only a structural check applies to this schema. ${error instanceof Error ? error.message : String(error)}`);
    return fallback();
  }
}
