import { relative } from 'node:path';
import { parseJson, schemas } from '@isp-kit/schemas';
import { formatIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type CadenceOverride, hasReviewWindow, isKnownTemplate } from '../review/cadence.js';
import { reviewWindowDays } from '../review/review-window.js';
import { statusOn } from '../review/review-status.js';
import type { TermCalendar } from '../review/term-calendar.js';
import type { TemplateId } from '../review/template-id.js';
import { reviewBasisOf } from '../decisions/review-basis.js';
import { planFieldsOf, valuesAt } from '../decisions/plan-fields.js';
import { type CliIo, EXIT_OK, EXIT_RECORD_FAILED, UsageError, readTextFile, writeOut } from './cli-io.js';
import { type FoundFile, jsonFiles, reasonOf } from './json-files.js';

export type ReviewsOptions = {
  today: string;
  calendar: TermCalendar | undefined;
  cadence?: CadenceOverride | undefined;
  json: boolean;
  all: boolean;
};

type PlanRow = {
  file: string;
  child: string;
  template: string;
  /** The date the window counts from (date of plan or latest review). */
  from: string;
  earliest: string;
  latest: string;
  status: 'scheduled' | 'due' | 'overdue' | 'reviewed';
};
type Problem = { file: string; error: { code: string; message: string } };

/**
 * `isp-rules reviews <folder> --today D`: every plan (*.json, in sub-folders too) with the
 * window of its next review, counted from its date of plan or its latest review (see
 * `reviewBasisOf`); lists those due or overdue (all with `--all`). Closed plans and records
 * (which have no window) are skipped; a plan that a later plan in the folder follows (its
 * `followsReview`) shows as reviewed. A folder with no plan files is refused.
 * Files that are not plans, or plans whose window cannot be worked out, are listed as
 * problems (exit code 1).
 */
export async function reviewsCommand(io: CliIo, folder: string, options: ReviewsOptions): Promise<number> {
  let today: number;
  try {
    today = parseIsoDate(options.today, '--today');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let files: FoundFile[];
  try {
    files = await jsonFiles(folder);
  } catch (error) {
    throw new UsageError(`cannot read the folder ${folder}: ${reasonOf(error)}`);
  }
  // An empty folder (or the wrong one) must not pass as "nothing is due".
  if (files.length === 0) throw new UsageError(`${folder}: no plan files (*.json) in this folder or its sub-folders`);
  const documents: { file: string; plan: Record<string, unknown> }[] = [];
  const problems: Problem[] = [];
  for (const { path, unreadable } of files) {
    const file = relative(folder, path) || path;
    if (unreadable !== undefined) {
      problems.push({ file, error: { code: 'unreadable', message: unreadable } });
      continue;
    }
    try {
      documents.push({ file, plan: await readPlan(path) });
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      problems.push({ file, error: { code: error.code, message: error.message } });
    }
  }
  // Minutes of review kept as their own documents count as reviews of the plan they name.
  const minutes = new Map<unknown, string[]>();
  const minutesIds = new Map<unknown, unknown[]>();
  for (const { file, plan } of documents) {
    const planId = (plan['forPlan'] as { planId?: unknown } | undefined)?.planId;
    const date = (plan['review'] as { date?: unknown } | undefined)?.date;
    if (plan['template'] !== 'review-of-intervention' || planId === undefined) continue;
    minutesIds.set(planId, [...(minutesIds.get(planId) ?? []), plan['id']]);
    if (date === undefined) continue;
    try {
      minutes.set(planId, [...(minutes.get(planId) ?? []), formatIsoDate(parseIsoDate(date, 'review.date'))]);
    } catch (error) {
      // Skipping it silently would count the plan's window from an older review.
      if (!(error instanceof RuleInputError)) throw error;
      problems.push({ file, error: { code: error.code, message: error.message } });
    }
  }
  // A later plan names the review it follows (the plan itself, a review in it, or its minutes).
  const followed = new Set(documents.map(({ plan }) => plan['followsReview']).filter((id) => typeof id === 'string' && id !== ''));
  const rows: PlanRow[] = [];
  for (const { file, plan } of documents) {
    try {
      const superseded = [plan['id'], ...reviewIdsOf(plan), ...(minutesIds.get(plan['id']) ?? [])].some((id) => followed.has(id));
      const row = planRow(plan, file, today, options, minutes.get(plan['id']) ?? [], superseded);
      if (row) rows.push(row);
    } catch (error) {
      // A bug must not stop the other plans being listed: report it as this file's problem.
      problems.push({
        file,
        error: error instanceof RuleInputError
          ? { code: error.code, message: error.message }
          : { code: 'internal-error', message: `unexpected error: ${(error as Error)?.message ?? String(error)}` },
      });
    }
  }
  // Found in three passes (reading, minutes, windows): listed as the files are, not by pass.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const shown = options.all ? rows : rows.filter((row) => row.status === 'due' || row.status === 'overdue');
  // Most urgent first: overdue, then due, each by the end of its window.
  const rank = { overdue: 0, due: 1, scheduled: 2, reviewed: 3 } as const;
  shown.sort((a, b) => rank[a.status] - rank[b.status] || a.latest.localeCompare(b.latest) || a.file.localeCompare(b.file));
  // Said before the list, which a reader (| head) may stop reading part way.
  if (problems.length > 0) io.onRecordFailed?.();
  await writeOut(io.stdout, options.json ? `${JSON.stringify({ today: options.today, plans: shown, problems }, null, 2)}\n` : table(shown, problems, options));
  return problems.length > 0 ? EXIT_RECORD_FAILED : EXIT_OK;
}

async function readPlan(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    throw new RuleInputError('unreadable', `cannot read this file: ${reasonOf(error)}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new RuleInputError('invalid-json', `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`);
  const plan = parsed.value;
  // An export of many plans in one file is the likely list: say how to make it readable.
  if (Array.isArray(plan)) throw new RuleInputError('not-an-object', `expected a plan object, found a list of ${plan.length}: save each plan as a file of its own`);
  if (typeof plan !== 'object' || plan === null) throw new RuleInputError('not-an-object', 'expected a plan object');
  const template = (plan as Record<string, unknown>)['template'];
  if (template === undefined) throw new RuleInputError('missing-template', 'no "template" field: this file is not a support plan');
  if (!isKnownTemplate(template)) throw new RuleInputError('unknown-template', `template ${JSON.stringify(template)} is not a template id`);
  return plan as Record<string, unknown>;
}

function planRow(
  plan: Record<string, unknown>,
  file: string,
  today: number,
  options: ReviewsOptions,
  reviewDates: string[],
  superseded: boolean,
): PlanRow | undefined {
  const template = plan['template'] as TemplateId;
  if (!hasReviewWindow(template, options.cadence) || plan['status'] === 'closed') return undefined;
  const { from } = reviewBasisOf(plan, { today: options.today, reviewDates });
  const [earliest, latest] = reviewWindowDays({ template, from, calendar: options.calendar, cadence: options.cadence });
  const child = (plan['child'] as { name?: unknown } | undefined)?.name;
  return {
    file,
    child: typeof child === 'string' ? child : '',
    template,
    from,
    earliest: formatIsoDate(earliest),
    latest: formatIsoDate(latest),
    // A plan marked reviewed still needs its next review, counted from that review, until the
    // next cycle's plan takes over.
    status: superseded ? 'reviewed' : statusOn(today, earliest, latest),
  };
}

/** Ids of the reviews recorded in the plan itself. */
function reviewIdsOf(plan: Record<string, unknown>): unknown[] {
  const template = plan['template'] as TemplateId;
  return planFieldsOf(schemas[template]).reviews.flatMap((pattern) => valuesAt(plan, pattern).map(({ value }) => (value as { id?: unknown } | null)?.id));
}

/** A line break or an escape code in a name would break the table or drive the terminal: shown as \uXXXX. */
function printable(cell: string): string {
  return cell.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function table(rows: PlanRow[], problems: Problem[], options: ReviewsOptions): string {
  const heading = `Reviews on ${options.today}${options.calendar ? ` (calendar: ${options.calendar.name})` : ''}`;
  const lines = [heading, ''];
  if (rows.length === 0) lines.push(options.all ? 'No plans found.' : 'No plans are due or overdue for review.');
  else {
    const header = ['Status', 'Child', 'Template', 'From', 'Earliest', 'Latest', 'File'];
    const cells = rows.map((r) => [r.status, r.child, r.template, r.from, r.earliest, r.latest, r.file].map(printable));
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
