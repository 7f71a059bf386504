// Entry point of the isp-schemas command (bin/isp-schemas.js imports the built copy).
import { writeFileSync } from 'node:fs';
import { jsonFilesIn, readTextFile } from './cli-io.js';
import { runCli } from './cli-main.js';

function cannotWrite(error: NodeJS.ErrnoException): never {
  // A reader that stops early (`isp-schemas validate … | head`) is not a failure of ours; the exit code stands.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // A full disk, say: one line, not a stack trace, and not exit 1, which means "a plan has errors".
  process.stderr.write(`isp-schemas: cannot write the output: ${error.message}\n`);
  process.exit(2);
}

process.stdout.on('error', cannotWrite);
// Its messages too: `… 2>&1 | head` closes both, and an unreadable file must still make exit 2.
process.stderr.on('error', cannotWrite);

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: readTextFile,
    writeFile: (path, text) => writeFileSync(path, text),
    listFolder: jsonFilesIn,
  });
} catch (error) {
  // Output to a file is written synchronously, so its errors are thrown rather than emitted.
  if ((error as NodeJS.ErrnoException).syscall === 'write') cannotWrite(error as NodeJS.ErrnoException);
  throw error;
}
