import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import type { JsonSchemaObject } from '../json-schema.js';
import { forEachSchema } from '../schema-traversal.js';
import { compactErrors } from './compact-errors.js';
import { customAnnotationKeywords } from './annotation-keywords.js';
import { createAjv } from './create-ajv.js';
import { dropStaticEvaluated } from './drop-static-evaluated.js';
import { formats } from './formats.js';
import { sharedDefs } from './shared-defs.js';
import { extensionKeywordsIn, stripAnnotations } from './strip-annotations.js';

// ajv's standalone entry is CommonJS: its default import is `module.exports`, whose
// `default` is the function.
const standaloneCode = standaloneCodeModule.default;

export interface StandaloneModuleOptions {
  /** Every schema the exported validators need, with their `$id`s (annotations included). */
  readonly schemas: readonly JsonSchemaObject[];
  /** Export name → `$id` of the schema that export validates. */
  readonly exports: Readonly<Record<string, string>>;
  /** Minify the bundle (for a module shipped as is, such as a compiled variant). */
  readonly minify?: boolean;
  /** ES module code appended to ajv's output before bundling (more exports). */
  readonly epilogue?: string;
  /** ajv options for the code generation (experiments, benchmarks). */
  readonly ajvOptions?: import('ajv').Options;
  /**
   * Give errors their `schemaPath` (default true). `false` leaves it empty unless a schema
   * uses `anyOf`/`oneOf`, the only errors whose translation reads it (to-plan-errors.ts).
   */
  readonly schemaPaths?: boolean;
  /** Compile each `$defs` entry once for all schemas (see shared-defs.ts); default true. */
  readonly shareDefs?: boolean;
}

/** Code that would need `unsafe-eval` under a Content-Security-Policy. */
export const evalPattern = /\bnew\s+Function\b|(?<![.\w$])Function\s*\(|\beval\s*\(/;

/**
 * Compiles schemas into one plain ES module of validators: ajv's standalone code with its
 * runtime helpers (string length, formats) bundled in by esbuild, so the module imports
 * nothing and never compiles code at runtime. Throws, naming the schema, when a schema is
 * not valid 2020-12 or uses an undeclared keyword (strict mode).
 */
export async function buildStandaloneModule(options: StandaloneModuleOptions): Promise<string> {
  checkStrictly(options.schemas, Object.values(options.exports));

  const ajv = createAjv(options.ajvOptions);
  const stripped = options.schemas.map((schema) => stripAnnotations(schema));
  const schemaPaths = (options.schemaPaths ?? true) || stripped.some(usesBranches);
  for (const schema of stripped) ajv.addSchema(schema);
  if (options.shareDefs ?? true) {
    for (const { key, schema } of sharedDefs(stripped)) ajv.addSchema(schema, key);
  }
  const source = `${ownFormats(dropStaticEvaluated(compactErrors(standaloneCode(ajv, { ...options.exports }), { schemaPaths })))}\n${options.epilogue ?? ''}`;

  const result = await build({
    stdin: {
      contents: source,
      // ajv's standalone code `require`s its runtime helpers; resolve them from here.
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      sourcefile: 'standalone-validators.js',
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: options.minify ?? false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (evalPattern.test(code)) {
    throw new Error('The bundled validators contain runtime code compilation; they would not run under a strict CSP.');
  }
  return code;
}

/** Whether `schema` has an `anyOf` or `oneOf` anywhere. */
function usesBranches(schema: JsonSchemaObject): boolean {
  let found = false;
  forEachSchema(schema, (node) => {
    if ('anyOf' in node || 'oneOf' in node) found = true;
  });
  return found;
}

const ajvFormatsTable = 'require("ajv-formats/dist/formats").fullFormats';
/** Names the standalone code may take from formats.js instead of ajv-formats. */
const ownFormatNames: ReadonlySet<string> = new Set(Object.keys(formats));
const formatReference = /require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\.([\w$]+)|\[("[^"]*")\])?/g;

/**
 * Points the code's format checkers at our small `formats.js` when it has every one the code
 * uses (ajv-formats' table is one module that bundles whole); otherwise leaves ajv-formats.
 * Regular-expression formats (such as `json-pointer`) are inlined by ajv and need neither.
 * Imported, not required: esbuild bundles a required module whole, wrapped as CommonJS; an
 * import keeps only the `formats` the code calls.
 */
export function ownFormats(source: string): string {
  const names = [...source.matchAll(formatReference)].map(([, name, quoted]) => name ?? (quoted === undefined ? undefined : JSON.parse(quoted)));
  if (names.length === 0 || !names.every((name) => typeof name === 'string' && ownFormatNames.has(name))) return source;
  return `import { formats as ownFormatTable } from "./formats.js";\n${source.replaceAll(ajvFormatsTable, 'ownFormatTable')}`;
}

/** Compiles each schema with strict mode and meta-schema checks on, annotations and all. */
function checkStrictly(schemas: readonly JsonSchemaObject[], ids: readonly string[]): void {
  // ajv's own wording is fine here: it goes to the schema's author, never to a plan's.
  // A host's `x-` annotations are declared, so a misspelt standard keyword still fails.
  const ajv = createAjv({ code: { source: false }, messages: true, keywords: [...customAnnotationKeywords, ...extensionKeywordsIn(schemas)] });
  for (const schema of schemas) {
    try {
      ajv.addSchema(schema);
    } catch (error) {
      // The 2020-12 meta-schema reports one problem once per vocabulary that checks it.
      const { message } = error as Error;
      const found = message.startsWith('schema is invalid: ') ? ajv.errors : undefined;
      const problems = found ? `schema is invalid: ${[...new Set(found.map((each) => ajv.errorsText([each])))].join(', ')}` : message;
      throw new Error(`Schema ${String(schema.$id ?? '(no $id)')} is not valid: ${problems}`);
    }
  }
  for (const id of ids) {
    try {
      if (!ajv.getSchema(id)) throw new Error('no schema has this $id');
    } catch (error) {
      throw new Error(`Schema ${id} cannot be compiled: ${(error as Error).message}`);
    }
  }
}
