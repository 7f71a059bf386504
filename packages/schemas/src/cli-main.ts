import { parseArgs } from 'node:util';
import { compileFile } from './cli-compile.js';
import type { CliIo } from './cli-io.js';
import { exitCodeOf, formatReports, validateFiles } from './cli-validate.js';

export const usage = `Usage:
  isp-schemas validate <plan.json|folder>... [--json]
      Check support plans against their template's schema.
      Exit 0 when all are valid, 1 when some plan has errors, 2 when a file cannot be read.
      A file named - is read from standard input; a folder stands for every *.json in it
      and its sub-folders (a folder with none cannot be read).
  isp-schemas compile <variant.schema.json> [-o <out.js>] [--minify]
      Turn a local authority's variant of a template into a standalone validator module
      (exports validate, default, and schema); written to standard output without -o.
  isp-schemas --help
`;

/** The options each command takes (by name, as the usage writes them), besides --help; any other is refused, not ignored. */
const commandOptions = new Map<string, ReadonlyMap<string, string>>([
  ['validate', new Map([['json', '--json']])],
  ['compile', new Map([['output', '-o'], ['minify', '--minify']])],
]);

/** Runs the CLI and returns its exit code; all output goes through `io`. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions(args, true);
  } catch (error) {
    const lenient = (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? parseOptions(args, false) : undefined;
    // A misspelt option of a known command is refused below, naming the options the command
    // takes, rather than with Node's advice on positionals that start with '-'.
    if (lenient === undefined || !commandOptions.has(lenient.positionals[0] ?? '')) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
      return 2;
    }
    parsed = lenient;
  }
  const { values, positionals, tokens } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    io.out(usage);
    return 0;
  }
  const taken = commandOptions.get(command ?? '');
  const refused = taken && tokens.find((token) => token.kind === 'option' && token.name !== 'help' && !taken.has(token.name));
  if (taken && refused?.kind === 'option') {
    io.err(`Unknown option '${refused.rawName}' for ${command} (${command} takes ${[...taken.values()].join(', ')}).\n\n${usage}`);
    return 2;
  }
  // "-o a.js -o b.js" would quietly write only b.js: say which one is meant.
  const options = tokens.filter((token) => token.kind === 'option');
  const repeated = options.find((token, index) => options.findIndex((other) => other.name === token.name) !== index);
  if (repeated?.kind === 'option') {
    io.err(`Option '${repeated.rawName}' is given more than once; give it once.\n\n${usage}`);
    return 2;
  }
  if (command === 'validate' && files.length > 0) {
    const reports = validateFiles(files, io);
    if (values.json) io.out(`${JSON.stringify(reports, null, 2)}\n`);
    else formatReports(reports, io);
    return exitCodeOf(reports);
  }
  if (command === 'compile' && files.length === 1) {
    return compileFile(files[0] as string, { minify: values.minify ?? false, ...(values.output ? { output: values.output } : {}) }, io);
  }
  io.err(command === undefined ? usage : `${cannotRun(command, files.length)}\n\n${usage}`);
  return 2;
}

/** Why a command line cannot run, in words: which part is missing or extra. */
function cannotRun(command: string, files: number): string {
  if (command === 'validate') return 'validate: name at least one plan file or folder (- reads standard input).';
  if (command === 'compile') return `compile: name one variant schema file, not ${files}.`;
  return `Unknown command "${command}": the commands are validate and compile.`;
}

function parseOptions(args: readonly string[], strict: boolean) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    // Typed as strict: the lenient parse is only used to name an unknown option, never for values.
    strict: strict as true,
    tokens: true,
    options: {
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      minify: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
