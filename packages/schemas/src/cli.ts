// Entry point of the isp-schemas command (bin/isp-schemas.js imports the built copy).
import { writeFileSync } from 'node:fs';
import { jsonFilesIn, readTextFile } from './cli-io.js';
import { runCli } from './cli-main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`isp-schemas validate … | head`) is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: readTextFile,
  writeFile: (path, text) => writeFileSync(path, text),
  listFolder: jsonFilesIn,
});
