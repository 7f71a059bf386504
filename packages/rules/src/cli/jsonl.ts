import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { RuleInputError } from '../dates/rule-input-error.js';
import { writeOut } from './cli-io.js';

/** A line longer than this is refused rather than held in memory and checked. */
export const MAX_LINE_LENGTH = 1_000_000;
const OUTPUT_CHUNK = 64 * 1024;

export type RecordId = string | number | null;
export type JsonRecord = Record<string, unknown>;

/**
 * Reads line-delimited JSON one line at a time and writes one line per record: the
 * handler's result, or `{"id", "error": {"code", "message"}, "line"}` when the line is
 * broken or the handler throws (`RuleInputError` codes, or `internal-error` for a bug).
 * Blank lines are skipped. Returns how many records failed.
 */
export async function processJsonl(
  input: Readable,
  output: Writable,
  handle: (record: JsonRecord, id: RecordId) => JsonRecord,
): Promise<{ records: number; failed: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  let failed = 0;
  // Results go out in chunks of about 64 KB: one write per line costs more than the checks.
  let pending = '';
  for await (const rawLine of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    records += 1;
    const result = handleLine(line, handle);
    if ('error' in result) {
      failed += 1;
      result['line'] = lineNumber;
    }
    pending += `${JSON.stringify(result)}\n`;
    if (pending.length >= OUTPUT_CHUNK) {
      await writeOut(output, pending);
      pending = '';
    }
  }
  if (pending !== '') await writeOut(output, pending);
  return { records, failed };
}

function handleLine(line: string, handle: (record: JsonRecord, id: RecordId) => JsonRecord): JsonRecord {
  if (line.length > MAX_LINE_LENGTH) {
    return errorLine(null, 'line-too-long', `the line has ${line.length} characters; the limit is ${MAX_LINE_LENGTH}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return errorLine(null, 'invalid-json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine(null, 'not-an-object', `expected a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const record = value as JsonRecord;
  const rawId = record['id'];
  const id: RecordId = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  if (rawId === undefined) return errorLine(null, 'missing-field', 'id: missing; give each record an id to match results to it');
  if (id === null) return errorLine(null, 'invalid-field', 'id: expected a string or a number');
  try {
    return handle(record, id);
  } catch (error) {
    if (error instanceof RuleInputError) return errorLine(id, error.code, error.message);
    // A bug must not cost the rest of a batch: report it against this record and go on.
    return errorLine(id, 'internal-error', `unexpected error while checking this record: ${(error as Error)?.message ?? String(error)}`);
  }
}

export function errorLine(id: RecordId, code: string, message: string): JsonRecord {
  return { id, error: { code, message } };
}

/** Reads a required string field, or throws `missing-field` / `invalid-field` naming it. */
export function requireString(record: JsonRecord, field: string): string {
  const value = record[field];
  if (value === undefined || value === null) throw new RuleInputError('missing-field', `${field}: missing`, field);
  if (typeof value !== 'string') throw new RuleInputError('invalid-field', `${field}: expected a string, got ${typeof value}`, field);
  return value;
}

export function optionalString(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RuleInputError('invalid-field', `${field}: expected a string, got ${typeof value}`, field);
  return value;
}
