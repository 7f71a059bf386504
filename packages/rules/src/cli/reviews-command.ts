import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { hasReviewWindow, isKnownTemplate } from '../review/cadence.js';
import { reviewWindowDays } from '../review/review-window.js';
import { statusOn } from '../review/review-status.js';
import type { TermCalendar } from '../review/term-calendar.js';
import { schemas } from '@isp-kit/schemas';
import { planFieldsOf, valuesAt } from '../decisions/plan-fields.js';
import { type CliIo, EXIT_OK, EXIT_RECORD_FAILED, UsageError, writeOut } from './cli-io.js';

export type ReviewsOptions = { today: string; calendar: TermCalendar | undefined; json: boolean; all: boolean };

type PlanRow = {
  file: string;
  child: string;
  template: string;
  from: string;
  earliest: string;
  latest: string;
  status: 'scheduled' | 'due' | 'overdue' | 'reviewed';
};
type Problem = { file: string; error: { code: string; message: string } };

/**
 * `isp-rules reviews <folder> --today D`: every plan (*.json, in sub-folders too) with its
 * review window counted from its date of plan; lists those due or overdue (all with
 * `--all`). Closed plans and records (which have no window) are skipped. Files that are not
 * plans, or plans whose window cannot be worked out, are listed as problems (exit code 1).
 */
export async function reviewsCommand(io: CliIo, folder: string, options: ReviewsOptions): Promise<number> {
  let today: number;
  try {
    today = parseIsoDate(options.today, '--today');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let files: string[];
  try {
    files = await jsonFiles(folder);
  } catch (error) {
    throw new UsageError(`cannot read the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const rows: PlanRow[] = [];
  const problems: Problem[] = [];
  for (const path of files) {
    const file = relative(folder, path) || path;
    try {
      const row = await planRow(path, file, today, options.calendar);
      if (row) rows.push(row);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      problems.push({ file, error: { code: error.code, message: error.message } });
    }
  }
  const shown = options.all ? rows : rows.filter((row) => row.status === 'due' || row.status === 'overdue');
  // Most urgent first: overdue, then due, each by how long ago the window closed.
  const rank = { overdue: 0, due: 1, scheduled: 2, reviewed: 3 } as const;
  shown.sort((a, b) => rank[a.status] - rank[b.status] || a.latest.localeCompare(b.latest) || a.file.localeCompare(b.file));
  await writeOut(io.stdout, options.json ? `${JSON.stringify({ today: options.today, plans: shown, problems }, null, 2)}\n` : table(shown, problems, options));
  return problems.length > 0 ? EXIT_RECORD_FAILED : EXIT_OK;
}

async function planRow(path: string, file: string, today: number, calendar: TermCalendar | undefined): Promise<PlanRow | undefined> {
  let plan: unknown;
  try {
    plan = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RuleInputError('invalid-json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) throw new RuleInputError('not-an-object', 'expected a plan object');
  const record = plan as Record<string, unknown>;
  const template = record['template'];
  if (!isKnownTemplate(template)) throw new RuleInputError('unknown-template', `template ${JSON.stringify(template)} is not a template id`);
  if (!hasReviewWindow(template) || record['status'] === 'closed') return undefined;
  const fields = planFieldsOf(schemas[template]);
  const fromPattern = fields.dateOfPlan[0] ?? '/planDetails/dateOfPlan';
  const from = valuesAt(plan, fromPattern)[0]?.value;
  if (from === undefined) throw new RuleInputError('missing-field', `${fromPattern}: the plan has no date of plan to count the review window from`, fromPattern);
  const [earliest, latest] = reviewWindowDays({ template, from: from as string, calendar });
  const reviewed =
    record['status'] === 'reviewed' ||
    fields.reviews.some((pattern) =>
      valuesAt(plan, pattern).some(({ value }) => {
        const date = (value as { date?: unknown } | null)?.date;
        if (typeof date !== 'string') return false;
        const day = parseIsoDate(date, 'review date');
        return day >= parseIsoDate(from, 'from') && day <= today;
      }),
    );
  const child = (record['child'] as { name?: unknown } | undefined)?.name;
  return {
    file,
    child: typeof child === 'string' ? child : '',
    template,
    from: from as string,
    earliest: formatIsoDate(earliest),
    latest: formatIsoDate(latest),
    status: reviewed ? 'reviewed' : statusOn(today, earliest, latest),
  };
}

async function jsonFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...(await jsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(path);
  }
  return found.sort();
}

function table(rows: PlanRow[], problems: Problem[], options: ReviewsOptions): string {
  const heading = `Reviews on ${options.today}${options.calendar ? ` (calendar: ${options.calendar.name})` : ''}`;
  const lines = [heading, ''];
  if (rows.length === 0) lines.push(options.all ? 'No plans found.' : 'No plans are due or overdue for review.');
  else {
    const header = ['Status', 'Child', 'Template', 'Date of plan', 'Earliest', 'Latest', 'File'];
    const cells = rows.map((r) => [r.status, r.child, r.template, r.from, r.earliest, r.latest, r.file]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const format = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
    lines.push(format(header), format(widths.map((w) => '-'.repeat(w))), ...cells.map(format));
  }
  if (problems.length > 0) {
    lines.push('', `Could not check ${problems.length} file${problems.length === 1 ? '' : 's'}:`);
    lines.push(...problems.map((p) => `  ${p.file}: ${p.error.message} [${p.error.code}]`));
  }
  return `${lines.join('\n')}\n`;
}
