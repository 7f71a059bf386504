import { commonSchema, templateSchemas } from './generated/schemas.js';

/** Template id → its JSON Schema (draft 2020-12), annotations included. */
export const schemas = templateSchemas;

/** The shared `$defs` every template refers to (`common.schema.json`). */
export { commonSchema };
