import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from './decode-text.js';

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

/** Reads a file (`-` is standard input) as text; see `decodeText` for the encodings read. */
export function readTextFile(path: string): string {
  return decodeText(readFileSync(path === '-' ? 0 : path));
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
