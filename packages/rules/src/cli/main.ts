import { parseArgs } from 'node:util';
import { isIsoDate } from '../dates/iso-date.js';
import { type CliIo, EXIT_USAGE, UsageError, writeOut } from './cli-io.js';
import { loadCadence } from './load-cadence.js';
import { loadCalendar } from './load-calendar.js';

export const USAGE = `Usage: isp-rules <command> [options]

Commands:
  smart --jsonl
      Reads {"id", "text", "pupilName"} lines on stdin; writes
      {"id", "smart", "elements": {"who": {"ok", ...}, ...}} lines.
  review-window --jsonl [--calendar file.json|file.ics] [--cadence table.json]
      Reads {"id", "template", "from", "today"} lines (optionally "reviewedOn");
      writes {"id", "earliest", "latest", "status"} lines. A cadence table overrides
      the weeks per template, e.g. {"sen-support-plan": {"min": 4, "max": 6}}.
  check <plan.json|folder>... [--today YYYY-MM-DD] [--calendar file] [--cadence table.json] [--json]
      Checks whole plans for sign-off and prints what is missing.
  reviews <folder> --today YYYY-MM-DD [--calendar file] [--cadence table.json] [--json] [--all]
      Lists the plans in a folder whose review is due or overdue.

A bad input line gets {"id", "error": {"code", "message"}, "line"} and the rest is still read.
Exit codes: 0 all passed, 1 some record or plan failed, 2 usage error or unreadable file.`;

/** Runs one command line; returns the exit code. Never calls process.exit itself. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await writeOut(io.stderr, `isp-rules: ${error.message}\nRun "isp-rules --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await writeOut(command === undefined ? io.stderr : io.stdout, `${USAGE}\n`);
    return command === undefined ? EXIT_USAGE : 0;
  }
  const { values, positionals, tokens } = parseOptions(rest);
  if (values.help) {
    await writeOut(io.stdout, `${USAGE}\n`);
    return 0;
  }
  const taken = commandOptions.get(command);
  if (taken === undefined) throw unknownCommand(command);
  // Refused before any file is read: an option the command would ignore is a mistake to point out.
  const refused = tokens.find((token) => token.kind === 'option' && !taken.includes(token.name));
  if (refused?.kind === 'option') {
    throw new UsageError(`Unknown option '${refused.rawName}' for ${command} (${command} takes ${taken.map((name) => `--${name}`).join(', ')})`);
  }
  // "--calendar a.json --calendar b.ics" would quietly use the last: say which one is meant.
  const names = tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new UsageError(`--${repeated} is given more than once; give it once`);
  if (values.today !== undefined && !isIsoDate(values.today)) {
    throw new UsageError(`--today: "${values.today}" is not a real date written YYYY-MM-DD`);
  }
  const calendar = values.calendar === undefined ? undefined : await loadCalendar(values.calendar);
  const cadence = values.cadence === undefined ? undefined : await loadCadence(values.cadence);
  // Each command loads only what it needs: piping review windows never loads the schema
  // validators that `check` uses.
  switch (command) {
    case 'smart': {
      requireJsonl(command, values.jsonl, positionals, io);
      const { smartCommand } = await import('./smart-command.js');
      return smartCommand(io);
    }
    case 'review-window': {
      requireJsonl(command, values.jsonl, positionals, io);
      const { reviewWindowCommand } = await import('./review-window-command.js');
      return reviewWindowCommand(io, calendar, cadence);
    }
    case 'check': {
      if (positionals.length === 0) throw new UsageError('check: give at least one plan file, e.g. isp-rules check plan.json');
      const { checkCommand } = await import('./check-command.js');
      return checkCommand(io, positionals, { today: values.today ?? localToday(), calendar, cadence, json: values.json === true });
    }
    case 'reviews': {
      if (positionals.length !== 1) throw new UsageError('reviews: give one folder, e.g. isp-rules reviews plans/ --today 2026-11-01');
      if (values.today === undefined) throw new UsageError('reviews: --today YYYY-MM-DD is required');
      const { reviewsCommand } = await import('./reviews-command.js');
      return reviewsCommand(io, positionals[0]!, {
        today: values.today,
        calendar,
        cadence,
        json: values.json === true,
        all: values.all === true,
      });
    }
    default:
      throw unknownCommand(command);
  }
}

function unknownCommand(command: string): UsageError {
  return new UsageError(`unknown command "${command}"; expected smart, review-window, check or reviews`);
}

/** The options each command takes, as the usage lists them (and --help); any other is refused, not ignored. */
const commandOptions = new Map<string, readonly string[]>([
  ['smart', ['jsonl']],
  ['review-window', ['jsonl', 'calendar', 'cadence']],
  ['check', ['today', 'calendar', 'cadence', 'json']],
  ['reviews', ['today', 'calendar', 'cadence', 'json', 'all']],
]);

function parseOptions(args: string[], strict = true): ReturnType<typeof parseStrictly> {
  try {
    return parseStrictly(args, strict);
  } catch (error) {
    // A misspelt option is refused by `dispatch`, naming the options the command takes,
    // rather than with Node's advice on positionals that start with '-'.
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return parseOptions(args, false);
    throw new UsageError((error as Error).message);
  }
}

function parseStrictly(args: string[], strict: boolean) {
  return parseArgs({
    args,
    allowPositionals: true,
    // Typed as strict: the lenient parse is only used to name an unknown option, never for values.
    strict: strict as true,
    tokens: true,
    options: {
      jsonl: { type: 'boolean' },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      calendar: { type: 'string' },
      cadence: { type: 'string' },
      today: { type: 'string' },
    },
  });
}

function requireJsonl(command: string, jsonl: boolean | undefined, positionals: string[], io: CliIo): void {
  if (!jsonl) throw new UsageError(`${command}: only line-delimited JSON on stdin is supported; add --jsonl`);
  if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument "${positionals[0]}"; records are read from stdin`);
  if (io.stdinIsFolder) throw new UsageError(`${command}: stdin is a folder, not a file of records; give it a file or a pipe, e.g. isp-rules ${command} --jsonl < records.jsonl`);
}

/**
 * `check` may be run by a person at a desk, so it defaults to the local date there. The
 * rules themselves never read the clock; this edge of the CLI is the only place that does.
 */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
