import type { JsonSchemaObject } from '../json-schema.js';
import { overlayVariant, type ResolvedVariant, type VariantSources } from '../variant-overlay.js';
import { buildStandaloneModule } from './standalone-module.js';

export type { ResolvedVariant, VariantSources };

/**
 * Lays a local authority's variant over the template it extends (see `overlayVariant`:
 * properties and `$defs` merged, `required` added, a `$defs` entry named like a shared part
 * replacing it wherever the template uses it, other root keywords replacing the template's).
 * A schema that extends no template is compiled as it is, with the built-in schemas
 * available to its `$ref`s.
 */
export function resolveVariant(variant: JsonSchemaObject, sources: VariantSources): ResolvedVariant {
  const id = variant.$id;
  if (typeof id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(id)) {
    throw new Error('The variant needs an absolute "$id", e.g. "https://schemas.example.gov.uk/ipm.schema.json"');
  }
  return overlayVariant(variant, id, sources) ?? { schema: variant, schemas: [sources.common, ...sources.templates, variant] };
}

/** Compiles a variant into a standalone ES module exporting `validate` (also the default) and `schema`. */
export async function compileVariant(
  variant: JsonSchemaObject,
  sources: VariantSources,
  options: { readonly minify?: boolean } = {},
): Promise<string> {
  const { schema, schemas } = resolveVariant(variant, sources);
  return buildStandaloneModule({
    schemas,
    exports: { validate: String(schema.$id) },
    minify: options.minify ?? false,
    epilogue: `export default validate;\nexport const schema = ${JSON.stringify(schema)};\n`,
  });
}
