import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** The streams and exit codes a command works with, so tests can run commands in-process. */
export type CliIo = { stdin: Readable; stdout: Writable; stderr: Writable };

/** 0: every record passed; 1: some record failed; 2: usage error or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_RECORD_FAILED = 1;
export const EXIT_USAGE = 2;

/** Thrown for bad arguments and unreadable files; `main` prints it and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes and waits when the pipe is full, so piping thousands of records keeps memory flat. */
export async function writeOut(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
  }
}

/** Reads a text file as UTF-8 without the byte-order mark that Windows editors often save. */
export async function readTextFile(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
