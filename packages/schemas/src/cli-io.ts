import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lineAndColumn } from './parse-json.js';

/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a file as text (`-` is standard input; see `readTextFile`); throws a Node error when it cannot. */
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  /** The plans a folder stands for (see `jsonFilesIn`), or undefined when `path` is not a folder. */
  readonly listFolder?: (path: string) => readonly string[] | undefined;
}

/** A Node error explained for a person ("no such file"), never a stack trace. */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Reads a file (`-` is standard input) as UTF-8, or as UTF-16 when it opens with a UTF-16
 * byte-order mark, as Windows Notepad saves "Unicode" files. A UTF-8 byte-order mark is kept
 * (`parseJson` skips it). Bytes that are not text in that encoding (a file saved as
 * Windows-1252) throw, naming the first and where, instead of being read as U+FFFD.
 */
export function readTextFile(path: string): string {
  const bytes = readFileSync(path === '-' ? 0 : path);
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  // TextDecoder drops the byte-order mark of UTF-16, which it was told to expect.
  const decoder = () => new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' });
  try {
    return decoder().decode(bytes);
  } catch {
    // The shortest start that cannot be read ends with the bad bytes; the text before them
    // is the longest shorter start that reads as complete text.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (reads(() => decoder().decode(bytes.subarray(0, middle + 1), { stream: true }))) low = middle + 1;
      else high = middle;
    }
    let start = low;
    while (start > 0 && !reads(() => decoder().decode(bytes.subarray(0, start)))) start--;
    const before = decoder().decode(bytes.subarray(0, start)).replace(/^\uFEFF/, '');
    const { line, column } = lineAndColumn(before, before.length);
    const what = encoding === 'utf-8' ? `the byte 0x${(bytes[start] as number).toString(16).toUpperCase().padStart(2, '0')}` : 'the bytes';
    throw new Error(`not ${encoding.toUpperCase()} text: ${what} at line ${line}, column ${column} cannot be read; save the file as UTF-8`);
  }
}

function reads(decode: () => string): boolean {
  try {
    decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Every `*.json` file under `folder` and its sub-folders, sorted, or undefined when `folder` is
 * not a folder. Shells on Windows do not expand `plans\*.json`, so a folder is how a plan
 * folder is named there. Links are followed, never into a folder already walked; a sub-folder
 * that cannot be read is listed itself, so reading it reports it rather than leaving it out.
 */
export function jsonFilesIn(folder: string): string[] | undefined {
  if (folder === '-' || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const found: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string): void => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      if (walked.has(real)) return;
      walked.add(real);
      names = readdirSync(dir);
    } catch {
      found.push(dir);
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) walk(path);
      } else if (/\.json$/i.test(name)) found.push(path);
    }
  };
  walk(folder);
  return found.sort();
}
