export { interpretSchema, UnsupportedSchemaError } from './interpret-schema.js';
export { validateInterpreted, validateTemplateInterpreted, createInterpretedPlanValidator } from './interpreted-validate.js';
