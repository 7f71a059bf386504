/** Phrases of ajv's own error messages and error objects, which users must never see. */
export const ajvRawText =
  /must have required property|must NOT have|must match (format|pattern|a schema|"then"|"else")|must be equal to (one of the allowed values|constant)|must be (string|number|integer|boolean|array|object|null)\b|must be [<>]=|must pass "|allowedValue|missingProperty|additionalProperty|instancePath|schemaPath|#\/(properties|\$defs)/;
