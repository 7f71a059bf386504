// The executable entry: wires the real process streams to `main` and sets the exit code.
import { main } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`isp-rules … | head`) is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
