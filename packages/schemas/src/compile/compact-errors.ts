// ajv writes the same five statements at every place a check can fail (827 places for our
// eight templates): build the error object, then start or extend the error list. Calling
// one helper instead makes the validators about a fifth smaller and quicker to load, with
// exactly the same errors. Only ajv's exact pattern is rewritten; anything else is kept.

const helperName = '__ispAddError';

const string = String.raw`"(?:[^"\\]|\\.)*"`;
const errorSite = new RegExp(
  String.raw`const (err\d+) = \{instancePath(?::((?:[^;{}"]|${string})*?))?,schemaPath:(${string}),keyword:(${string}),` +
    String.raw`params:(\{(?:[^{}"]|${string})*\})\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;`,
  'g',
);

const helper = `
function ${helperName}(errors, instancePath, schemaPath, keyword, params) {
  const error = { instancePath, schemaPath, keyword, params };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
`;

// Without schema paths: the same error objects with an empty `schemaPath`.
const helperWithoutSchemaPath = `
function ${helperName}(errors, instancePath, keyword, params) {
  const error = { instancePath, schemaPath: "", keyword, params };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
`;

// ajv adds a referenced validator's errors by copying the whole list (`vErrors.concat(…)`),
// once per failing row: quadratic on a plan with thousands of bad rows (50,000 took 25 s).
// Appending in place gives the same list.
const appendSite = /vErrors = vErrors === null \? ([\w$]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const appendName = '__ispAppendErrors';
const appendHelper = `
function ${appendName}(errors, more) {
  if (errors === null) return more;
  for (const error of more) errors.push(error);
  return errors;
}
`;

export interface CompactErrorsOptions {
  /**
   * Keep each error's `schemaPath` (default). Our error translation reads it only to tell an
   * `anyOf`/`oneOf` branch's errors from its siblings, so a set of schemas without either can
   * leave it out: about 1 KB min+gzip for the built-in templates.
   */
  readonly schemaPaths?: boolean;
}

/** Rewrites ajv standalone source so that every error is added through one helper. */
export function compactErrors(source: string, options: CompactErrorsOptions = {}): string {
  if (source.includes(helperName)) return source;
  const schemaPaths = options.schemaPaths ?? true;
  let rewritten = 0;
  const code = source.replace(
    errorSite,
    (_site, _name: string, instancePath: string | undefined, schemaPath: string, keyword: string, params: string) => {
      rewritten++;
      const path = schemaPaths ? `${schemaPath},` : '';
      return `vErrors = ${helperName}(vErrors,${instancePath ?? 'instancePath'},${path}${keyword},${params});errors++;`;
    },
  );
  let appended = 0;
  const appending = code.replace(appendSite, (_site, validator: string) => {
    appended++;
    return `vErrors = ${appendName}(vErrors,${validator}.errors);`;
  });
  return `${appending}${rewritten === 0 ? '' : `\n${schemaPaths ? helper : helperWithoutSchemaPath}`}${appended === 0 ? '' : appendHelper}`;
}
