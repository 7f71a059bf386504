import { describeFileError, type CliIo } from './cli-io.js';
import { parseJson } from './parse-json.js';
import type { PlanError } from './plan-error.js';
import { validate } from './validate.js';

export type FileReport =
  | { readonly file: string; readonly status: 'valid' }
  | { readonly file: string; readonly status: 'invalid'; readonly errors: readonly PlanError[] }
  | { readonly file: string; readonly status: 'unreadable'; readonly problem: string; readonly line?: number; readonly column?: number };

/** Reads and validates each file, and every plan in each folder named; never throws. */
export function validateFiles(paths: readonly string[], io: CliIo): FileReport[] {
  return paths.flatMap((path) => {
    const inFolder = io.listFolder?.(path);
    // An empty folder (or the wrong one) must not pass as "every plan is valid".
    if (inFolder?.length === 0) return [{ file: path, status: 'unreadable', problem: 'no plan files (*.json) in this folder or its sub-folders' } as const];
    return (inFolder ?? [path]).map((file) => validateFile(file, io));
  });
}

/** Reads and validates one plan file. */
function validateFile(file: string, io: CliIo): FileReport {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { file, status: 'unreadable', problem: describeFileError(error) };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      file,
      status: 'unreadable',
      problem: `broken JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      line: parsed.line,
      column: parsed.column,
    };
  }
  const result = validate(parsed.value);
  return result.valid ? { file, status: 'valid' } : { file, status: 'invalid', errors: result.errors };
}

/** 0 when every file is valid, 1 when some plan has errors, 2 when some file cannot be read. */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((report) => report.status === 'unreadable')) return 2;
  if (reports.some((report) => report.status === 'invalid')) return 1;
  return 0;
}

/** The reports as a person reads them: one line per problem, a summary at the end. */
export function formatReports(reports: readonly FileReport[], io: CliIo): void {
  for (const report of reports) {
    if (report.status === 'valid') io.out(`${report.file}: valid\n`);
    else if (report.status === 'unreadable') io.err(`${report.file}: cannot read: ${report.problem}\n`);
    else {
      const count = report.errors.length;
      io.out(`${report.file}: ${count} ${count === 1 ? 'problem' : 'problems'}\n`);
      for (const error of report.errors) {
        io.out(`  ${error.pointer || '/'} (${error.field}): ${error.message}\n`);
      }
    }
  }
  const count = (status: FileReport['status']) => reports.filter((report) => report.status === status).length;
  io.out(
    `${reports.length} ${reports.length === 1 ? 'file' : 'files'}: ${count('valid')} valid, ` +
      `${count('invalid')} with problems, ${count('unreadable')} unreadable\n`,
  );
}
