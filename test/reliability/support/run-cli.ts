// Runs the isp-rules and isp-schemas commands from their TypeScript sources (through tsx, with
// the `source` condition), so the CLI tests need no build and test what is in the tree.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const rulesEntry = `${root}packages/rules/src/cli/run.ts`;
export const schemasEntry = `${root}packages/schemas/src/cli.ts`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the command was stopped for running past `deadlineMs` (a hang). */
  killed: boolean;
}

/** Runs `entry` with `args`, feeding `input` on stdin; stops it after `deadlineMs`. */
export function runCli(entry: string, args: readonly string[], input = '', deadlineMs = 60_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
    child.stdin.on('error', () => {}); // a command that exits early closes its stdin
    child.stdin.end(input);
  });
}

/** The output lines parsed as JSON (a line that is not JSON fails the test that reads it). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}
