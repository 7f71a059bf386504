// ajv's draft 2020-12 code gives every validator function an `evaluated` record (which
// properties and items it checked, for `unevaluatedProperties`/`unevaluatedItems` in a schema
// that `$ref`s it) and starts each call by resetting the parts of that record that are
// computed at runtime. When no record is computed at runtime (`dynamicProps` and
// `dynamicItems` false) and nothing else reads them, the records and the resets do nothing:
// this removes both. Besides the bytes, the top-level `validateN.evaluated = …` assignments
// were what kept bundlers from dropping the validators a page does not import.
// Anything that does not match exactly is left as it is.

const prologue =
  /const (evaluated\d+) = (validate\d+)\.evaluated;if\(\1\.dynamicProps\)\{\1\.props = undefined;\}if\(\1\.dynamicItems\)\{\1\.items = undefined;\}/g;
const record = String.raw`\{(?:[^{}"]|"(?:[^"\\]|\\.)*"|\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})*\}`;
const assignment = new RegExp(String.raw`(validate\d+)\.evaluated = (${record});`, 'g');

/** Removes ajv's `evaluated` records and their resets when none is computed or read. */
export function dropStaticEvaluated(source: string): string {
  const prologues = [...source.matchAll(prologue)];
  const assignments = [...source.matchAll(assignment)];
  const uses = source.match(/\.evaluated\b/g)?.length ?? 0;
  if (assignments.length === 0 || uses !== prologues.length + assignments.length) return source;
  const allStatic = assignments.every(([, , value]) => /"dynamicProps":false,"dynamicItems":false\}$/.test(value as string));
  if (!allStatic) return source;
  return source.replace(prologue, '').replace(assignment, '');
}
