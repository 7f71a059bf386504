import { parseJson } from '@isp-kit/schemas';
import { type SignOffIssue, checkPlanForSignOff } from '../decisions/sign-off.js';
import type { TermCalendar } from '../review/term-calendar.js';
import type { CadenceOverride } from '../review/cadence.js';
import { stat } from 'node:fs/promises';
import { type CliIo, EXIT_OK, EXIT_RECORD_FAILED, EXIT_USAGE, readTextFile, writeOut } from './cli-io.js';
import { type FoundFile, jsonFiles, reasonOf } from './json-files.js';

export type CheckOptions = { today: string; calendar: TermCalendar | undefined; cadence?: CadenceOverride | undefined; json: boolean };
type PlanReport = { file: string; ready: boolean; issues: SignOffIssue[] };

/**
 * `isp-rules check <plan.json|folder>...`: the sign-off check of each plan (every `*.json` in
 * a folder and its sub-folders), as a readable report or (`--json`) one JSON array of
 * `{ file, ready, issues }`. A file that cannot be read, or a folder with no plan in it, is
 * reported (issue `unreadable`) and makes the exit code 2; a file that is not JSON is reported
 * as that plan's issue.
 */
export async function checkCommand(io: CliIo, paths: string[], options: CheckOptions): Promise<number> {
  const reports: PlanReport[] = [];
  let unreadable = false;
  for (const { path: file, unreadable: reason } of await planFiles(paths)) {
    let text: string;
    try {
      if (reason !== undefined) throw new Error(reason);
      text = await readTextFile(file);
    } catch (error) {
      unreadable = true;
      // Said before the message, which a reader (2>&1 | head) may stop reading part way.
      io.onRecordFailed?.(EXIT_USAGE);
      const message = reason ?? `cannot read this file: ${reasonOf(error)}`;
      await writeOut(io.stderr, `isp-rules: ${reason === undefined ? `cannot read ${file}: ${reasonOf(error)}` : `${file}: ${reason}`}\n`);
      // Named in the report too: a program reading only stdout must not see every plan ready.
      reports.push({ file, ready: false, issues: [{ code: 'unreadable', pointer: '', message, severity: 'error' }] });
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const message = `Not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`;
      reports.push({ file, ready: false, issues: [{ code: 'invalid-json', pointer: '', message, severity: 'error' }] });
      continue;
    }
    const plan = parsed.value;
    let issues: SignOffIssue[];
    try {
      issues = checkPlanForSignOff(plan, { today: options.today, calendar: options.calendar, cadence: options.cadence });
    } catch (error) {
      // A bug must not stop the other plans being checked.
      const message = `Unexpected error while checking this plan: ${(error as Error)?.message ?? String(error)}`;
      issues = [{ code: 'internal-error', pointer: '', message, severity: 'error' }];
    }
    reports.push({ file, ready: issues.length === 0, issues });
  }
  const code = unreadable ? EXIT_USAGE : reports.every((report) => report.ready) ? EXIT_OK : EXIT_RECORD_FAILED;
  // Said before the report, which a reader (| head) may stop reading part way.
  if (code !== EXIT_OK) io.onRecordFailed?.(code);
  await writeOut(io.stdout, options.json ? `${JSON.stringify(reports, null, 2)}\n` : readable(reports));
  return code;
}

/** The files named, with each folder replaced by the plans in it. */
async function planFiles(paths: string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    const folder = await stat(path).then((s) => s.isDirectory(), () => false); // a missing file is named when read
    if (!folder) found.push({ path });
    else {
      const inFolder = await jsonFiles(path).catch((error: unknown) => [{ path, unreadable: reasonOf(error) }]);
      // An empty folder (or the wrong one) must not pass as "every plan is ready".
      found.push(...(inFolder.length > 0 ? inFolder : [{ path, unreadable: 'no plan files (*.json) in this folder or its sub-folders' }]));
    }
  }
  return found;
}

function readable(reports: PlanReport[]): string {
  return reports
    .map(({ file, ready, issues }) => {
      if (ready) return `${file}: ready for sign-off\n`;
      const errors = issues.filter((issue) => issue.severity === 'error').length;
      const warnings = issues.length - errors;
      const counts = [errors && `${errors} to fix`, warnings && `${warnings} to consider`].filter(Boolean).join(', ');
      const lines = issues.map(
        (issue) => `  ${issue.severity === 'error' ? 'Fix' : 'Consider'}  ${issue.pointer || '(whole plan)'}  ${issue.message}  [${issue.code}]`,
      );
      return `${file}: not ready for sign-off (${counts})\n${lines.join('\n')}\n`;
    })
    .join('\n');
}
