// Where two JSON documents differ, as JSON pointers of the smallest differing values: the
// tool that proves an edit changed exactly the path it was made at and nothing else.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const escape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

export function differingPaths(before: unknown, after: unknown, at = ''): string[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => differingPaths(before[index], after[index], `${at}/${index}`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) =>
      Object.hasOwn(before, key) !== Object.hasOwn(after, key) ? [`${at}/${escape(key)}`] : differingPaths(before[key], after[key], `${at}/${escape(key)}`),
    );
  }
  return [at];
}
