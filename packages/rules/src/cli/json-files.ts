// Finding the plans in a folder, for the commands that take one (`reviews`, and `check` given
// a folder instead of files).
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type FoundFile = { path: string; unreadable?: string };

/**
 * Every `*.json` file under `folder` (any case), in sub-folders too, following links (a shared
 * drive is often linked in) but never into a folder already walked. A broken link or a
 * sub-folder that cannot be read comes back with the reason, to be listed as a problem:
 * skipping it would leave plans out of the list without a word.
 */
export async function jsonFiles(folder: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      const real = await realpath(dir);
      if (walked.has(real)) return;
      walked.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === folder) throw error;
      found.push({ path: dir, unreadable: `cannot read this folder: ${reasonOf(error)}` });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let target: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          target = await stat(path);
        } catch (error) {
          found.push({ path, unreadable: `cannot read this file: ${reasonOf(error)} (the link leads nowhere)` });
          continue;
        }
      }
      if (target.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(path);
      else if (target.isFile() && /\.json$/i.test(entry.name)) found.push({ path });
    }
  };
  await walk(folder);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file or folder',
  ENOTDIR: 'it is a file, not a folder (or a path through a file)',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link loop?)',
};

/** Why a file or folder could not be read, in words, with the system's code to search for. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return (error as Error).message;
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}
