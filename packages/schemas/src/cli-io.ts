/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a file as UTF-8 (`-` is standard input); throws a Node error when it cannot. */
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
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
