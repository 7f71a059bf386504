/** Runs `run` with `console.warn` collected rather than printed; gives back its result and what was said. */
export async function collectWarnings<T>(run: () => Promise<T>): Promise<[T, unknown[]]> {
  const warnings: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return [await run(), warnings];
  } finally {
    console.warn = warn;
  }
}
