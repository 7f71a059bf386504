// Entry point of the isp-schemas command (bin/isp-schemas.js imports the built copy).
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './cli-main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
});
