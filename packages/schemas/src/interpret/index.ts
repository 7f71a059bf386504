export { interpretSchema, UnsupportedSchemaError } from './interpret-schema.js';
export {
  validateInterpreted,
  validateTemplateInterpreted,
  createInterpretedPlanValidator,
  createInterpretedVariantValidator,
  interpretTemplateValidator,
  validateWithTemplates,
} from './interpreted-validate.js';
export type { TemplateValidator, TemplateValidatorLookup } from '../dispatch.js';
