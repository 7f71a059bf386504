// The executable entry: wires the real process streams to `main` and sets the exit code.
import { fstatSync } from 'node:fs';
import { EXIT_OK, EXIT_RECORD_FAILED, EXIT_USAGE } from './cli-io.js';
import { main } from './main.js';

/** Set when a record or plan has failed, so a reader that stops early still sees it in the exit code. */
let failedWith = EXIT_OK;

function cannotWrite(error: NodeJS.ErrnoException): never {
  // A closed pipe (`isp-rules … | head`) is not a failure of ours; a record that failed before it is.
  if (error.code === 'EPIPE') process.exit(Math.max(failedWith, Number(process.exitCode ?? EXIT_OK)));
  // A full disk, say: one line, not a stack trace, and not exit 1, which means "a record failed".
  process.stderr.write(`isp-rules: cannot write the output: ${error.message}\n`);
  process.exit(EXIT_USAGE);
}

process.stdout.on('error', cannotWrite);
// Its messages too: `… 2>&1 | head` closes both, and an unreadable file must still make exit 2.
process.stderr.on('error', cannotWrite);

function stdinIsFolder(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false; // no stdin at all: the commands that read it see it end
  }
}

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdinIsFolder: stdinIsFolder(),
    stdout: process.stdout,
    stderr: process.stderr,
    onRecordFailed: (code = EXIT_RECORD_FAILED) => (failedWith = Math.max(failedWith, code)),
  });
} catch (error) {
  // Output to a file is written synchronously, so its errors are thrown rather than emitted.
  if ((error as NodeJS.ErrnoException).syscall === 'write') cannotWrite(error as NodeJS.ErrnoException);
  throw error;
}
