import { dirname } from 'node:path';
import { describeFileError, type CliIo } from './cli-io.js';
import { commonSchema, templateSchemas } from './generated/schemas.js';
import { isSchemaObject } from './json-schema.js';
import { parseJson } from './parse-json.js';

export interface CompileOptions {
  readonly output?: string;
  readonly minify: boolean;
}

/**
 * Compiles a variant schema file into a standalone validator module, written to
 * `options.output` or standard output. Returns the exit code: 0 done, 1 the schema is
 * not a valid variant, 2 the file cannot be read.
 */
export async function compileFile(file: string, options: CompileOptions, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read: ${describeFileError(error)}\n`);
    return 2;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    io.err(`${file}: cannot read: broken JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}\n`);
    return 2;
  }
  if (!isSchemaObject(parsed.value)) {
    io.err(`${file}: a schema must be a JSON object\n`);
    return 1;
  }
  let code: string;
  try {
    // Loaded only for this command: ajv and esbuild would slow down `validate`.
    const { compileVariant } = await import('./compile/variant.js');
    code = await compileVariant(parsed.value, { common: commonSchema, templates: Object.values(templateSchemas) }, {
      minify: options.minify,
    });
  } catch (error) {
    io.err(`${file}: cannot compile: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const banner = `/* Compiled by isp-schemas from ${file.split(/[\\/]/).pop()}: a standalone validator, no runtime compilation. */\n`;
  if (options.output === undefined) {
    io.out(banner + code);
    return 0;
  }
  try {
    io.writeFile(options.output, banner + code);
  } catch (error) {
    // ENOENT on a write means the folder is missing, not the file being written.
    const missingFolder = (error as { code?: unknown }).code === 'ENOENT';
    const reason = missingFolder ? `the folder ${dirname(options.output)} does not exist` : describeFileError(error);
    io.err(`${options.output}: cannot write: ${reason}\n`);
    return 2;
  }
  io.err(`Wrote ${options.output} (${Math.ceil(code.length / 1024)} KB)\n`);
  return 0;
}
