// The public API of @isp-kit/schemas. Importing it runs nothing: every export is a
// declaration, so bundlers keep only what a page uses.
export { templateIds, isTemplateId, type TemplateId } from './template-ids.js';
export { SCHEMA_VERSION, isFutureVersion, isNewerMinor } from './schema-version.js';
export * from './schemas.js';
export { validate, validateTemplate } from './validate.js';
export * from './generated/template-validators.js';
export { createPlanValidator } from './plan-validator.js';
export * from './interpret/index.js';
export { overlayVariant, type ResolvedVariant, type VariantSources } from './variant-overlay.js';
export type { PlanError, ValidationResult, ValidateOptions } from './plan-error.js';
export type { MessageCatalogue, MessageContext, PlanErrorCode, FieldKind } from './messages/catalogue.js';
export { english } from './messages/en.js';
export type { CompiledValidator, AjvError } from './compiled-validator.js';
export type { JsonSchema, JsonSchemaObject } from './json-schema.js';
export { parseJson, type JsonParseResult } from './parse-json.js';
export { decodeText, utf16Encoding } from './decode-text.js';
export * from './migrate/index.js';
export type * from './generated/types.js';
