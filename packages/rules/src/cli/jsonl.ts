import type { Readable, Writable } from 'node:stream';
import { RuleInputError } from '../dates/rule-input-error.js';
import { TextChunkDecoder, writeOut } from './cli-io.js';

/** A line longer than this is refused rather than held in memory and checked. */
export const MAX_LINE_LENGTH = 1_000_000;
const OUTPUT_CHUNK = 64 * 1024;

export type RecordId = string | number | null;
export type JsonRecord = Record<string, unknown>;
type Handler = (record: JsonRecord, id: RecordId) => JsonRecord;

/**
 * Reads line-delimited JSON one line at a time and writes one line per record: the
 * handler's result, or `{"id", "error": {"code", "message"}, "line"}` when the line is
 * broken or the handler throws (`RuleInputError` codes, or `internal-error` for a bug).
 * Lines end with LF, CRLF or CR; a BOM, blank lines and a missing final newline are fine.
 * Bytes are UTF-8, or UTF-16 when they open with a UTF-16 BOM (`TextChunkDecoder`).
 * Returns how many records failed.
 *
 * Lines are cut by hand rather than with `readline`, so that a line over the limit is
 * counted but never held (a 600 MB line would otherwise exceed the longest string Node can
 * build and crash the run), and so that results go out once each chunk of input is read:
 * batched when records are piped in bulk, at once when a program sends one and waits.
 */
export async function processJsonl(input: Readable, output: Writable, handle: Handler, onFailed?: () => void): Promise<{ records: number; failed: number }> {
  const decoder = new TextChunkDecoder();
  // LF, CRLF, or a lone CR (as `readline` reads lines); one per call, as it holds a position.
  const lineBreak = /\r\n|\r|\n/g;
  let lineNumber = 0;
  let records = 0;
  let failed = 0;
  // The line being read: its text while it is within the limit, and its full length.
  let line = '';
  let length = 0;
  // The last chunk ended with CR, so an LF opening the next one ends nothing new.
  let afterCr = false;
  let pending = '';
  const endLine = (): void => {
    lineNumber += 1;
    const text = line;
    const total = length;
    line = '';
    length = 0;
    // trim() also removes a BOM, so a file holding only a BOM is empty, not broken.
    if (text.trim() === '') return;
    records += 1;
    const result = handleLine(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text, total, handle, decoder.sawUnreadableBytes);
    if ('error' in result) {
      failed += 1;
      onFailed?.();
      result['line'] = lineNumber;
    }
    pending += `${JSON.stringify(result)}\n`;
  };
  const take = (text: string): void => {
    length += text.length;
    // One character over the limit is kept, so the limit test below still sees the line as too long.
    if (line.length <= MAX_LINE_LENGTH) line += text.slice(0, MAX_LINE_LENGTH + 1 - line.length);
  };
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    await writeOut(output, text);
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (text === '') continue;
    if (afterCr && text.startsWith('\n')) text = text.slice(1);
    afterCr = text.endsWith('\r');
    let start = 0;
    lineBreak.lastIndex = 0;
    for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
      take(text.slice(start, match.index));
      endLine();
      start = lineBreak.lastIndex;
      if (pending.length >= OUTPUT_CHUNK) await flush();
    }
    take(text.slice(start));
    await flush();
  }
  take(decoder.end());
  if (length > 0) endLine();
  await flush();
  return { records, failed };
}

function handleLine(line: string, length: number, handle: Handler, sawUnreadableBytes: boolean): JsonRecord {
  if (length > MAX_LINE_LENGTH) {
    return errorLine(idBeforeBreak(line), 'line-too-long', `the line has ${length} characters; the limit is ${MAX_LINE_LENGTH}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return errorLine(idBeforeBreak(line), 'invalid-json', `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine(null, 'not-an-object', `expected a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const record = value as JsonRecord;
  const rawId = record['id'];
  if (rawId === undefined) return errorLine(null, 'missing-field', 'id: missing; give each record an id to match results to it');
  if (typeof rawId === 'number' && !exactNumber(rawId)) {
    return errorLine(null, 'invalid-field', `id: ${idToken(line) ?? rawId} is too large a number to pass through exactly; write the id as a string`);
  }
  if (typeof rawId !== 'string' && typeof rawId !== 'number') return errorLine(null, 'invalid-field', 'id: expected a string or a number');
  const id: RecordId = rawId;
  // Input in another encoding (Windows-1252) reaches us with U+FFFD for each byte UTF-8 cannot
  // read: checking it would report on broken text as if nothing were wrong. (A U+FFFD in input
  // with no unreadable byte was written so, and is checked like any character.)
  const unreadable = sawUnreadableBytes ? line.indexOf('\uFFFD') : -1;
  if (unreadable >= 0) {
    return errorLine(id, 'not-utf8', `column ${unreadable + 1}: a character that could not be read as UTF-8 (shown as \uFFFD); save the input as UTF-8`);
  }
  try {
    return handle(record, id);
  } catch (error) {
    if (error instanceof RuleInputError) return errorLine(id, error.code, error.message);
    // A bug must not cost the rest of a batch: report it against this record and go on.
    return errorLine(id, 'internal-error', `unexpected error while checking this record: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** False for numbers that JSON cannot carry unchanged: past 2^53 or not finite. */
function exactNumber(value: number): boolean {
  return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}

/** The id of a line that is broken or too long, when it can be read whole before the break. */
function idBeforeBreak(line: string): RecordId {
  const token = idToken(line);
  if (token === undefined) return null;
  if (!token.startsWith('"')) return exactNumber(Number(token)) ? Number(token) : null;
  try {
    return JSON.parse(token) as string;
  } catch {
    return null;
  }
}

const NUMBER_THEN_END = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=\s*[,}])/y;

/**
 * The text of the top-level `"id"` value (a string or a number) in a line of JSON that may
 * be broken, skipping strings and nested objects so that `{"x": {"id": 1}}` is not taken.
 */
function idToken(line: string): string | undefined {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') {
      const end = stringEnd(line, i);
      if (end === -1) return undefined;
      if (depth === 1 && expectKey && line.slice(i, end + 1) === '"id"') {
        let j = end + 1;
        while (/\s/.test(line[j] ?? '')) j++;
        if (line[j] !== ':') return undefined;
        j++;
        while (/\s/.test(line[j] ?? '')) j++;
        if (line[j] === '"') {
          const valueEnd = stringEnd(line, j);
          return valueEnd === -1 ? undefined : line.slice(j, valueEnd + 1);
        }
        NUMBER_THEN_END.lastIndex = j;
        return NUMBER_THEN_END.exec(line)?.[0];
      }
      expectKey = false;
      i = end;
    } else if (char === '{' || char === '[') {
      depth += 1;
      expectKey = depth === 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
    } else if (char === ',') {
      expectKey = depth === 1;
    }
  }
  return undefined;
}

/** Index of the quote closing the JSON string that opens at `start`, or -1. */
function stringEnd(line: string, start: number): number {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i;
  }
  return -1;
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
