import { commonSchema, templateSchemas } from './generated/schemas.js';

/** Template id → its JSON Schema (draft 2020-12), annotations included. */
export const schemas = templateSchemas;

/** The shared `$defs` every template refers to (`common.schema.json`). */
export { commonSchema };

/**
 * Each template's schema on its own (the same objects as `schemas[id]`), for pages that use one
 * template: importing one of these, not `schemas`, lets a bundler leave the other seven out.
 */
export {
  eyIndividualSupportPlanSchema,
  individualProvisionMapSchema,
  recordOfInterventionSchema,
  reviewOfInterventionSchema,
  inclusionActionPlanSchema,
  individualSupportPlanSchema,
  inclusionSupportPlanSchema,
  senSupportPlanSchema,
} from './generated/schemas.js';
