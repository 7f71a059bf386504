import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactErrors } from './compact-errors.js';

const site = (name: string, path: string) =>
  `const ${name} = {instancePath${path},schemaPath:"#/properties/a/type",keyword:"type",params:{type: "string"}};` +
  `if(vErrors === null){vErrors = [${name}];}else {vErrors.push(${name});}errors++;`;

describe('compactErrors', () => {
  it("rewrites ajv's error sites to one helper call and adds the helper once", () => {
    const code = compactErrors(`${site('err0', '')}${site('err1', ':instancePath+"/a;{b}"')}`);
    assert.equal((code.match(/vErrors = __ispAddError\(vErrors,/g) ?? []).length, 2);
    assert.match(code, /__ispAddError\(vErrors,instancePath,"#\/properties\/a\/type","type",\{type: "string"\}\);errors\+\+;/);
    assert.match(code, /__ispAddError\(vErrors,instancePath\+"\/a;\{b\}",/);
    assert.equal((code.match(/function __ispAddError/g) ?? []).length, 1);
  });

  it('leaves anything else as it is', () => {
    const other = 'const err0 = {instancePath,schemaPath:"#/x",keyword:"x",params:{a:{b:1}}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;';
    assert.equal(compactErrors(other), other);
    assert.equal(compactErrors('function validate(data) { return true; }'), 'function validate(data) { return true; }');
  });

  it('the helper builds the same errors as the code it replaces', () => {
    const run = (source: string) => new Function('instancePath', `let vErrors = null; let errors = 0; ${source} return [vErrors, errors];`)('/x');
    const original = site('err0', '') + site('err1', ':instancePath+"/b"');
    assert.deepEqual(run(compactErrors(original)), run(original));
  });
});

describe('compactErrors: errors of a referenced validator', () => {
  // ajv copies the whole list to add each referenced validator's errors: quadratic on a plan
  // with thousands of bad rows (50,000 took 25 s). They are appended in place instead.
  const call = 'if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}';
  const run = (source: string, inner: unknown[][]) => {
    const validate11 = Object.assign(() => false, { errors: null as unknown });
    const calls = inner.map((errors) => `validate11.errors = ${JSON.stringify(errors)};${source}`).join('');
    return new Function('validate11', `let vErrors = null; let errors = 0; const data = 1, instancePath = '', parentData = undefined, parentDataProperty = undefined, rootData = 1, dynamicAnchors = {}; ${calls} return [vErrors, errors];`)(validate11);
  };

  it('appends them to the list instead of copying it', () => {
    const code = compactErrors(call);
    assert.doesNotMatch(code, /\.concat\(/);
    const lists = [[{ a: 1 }], [{ b: 2 }, { c: 3 }], [], [{ d: 4 }]];
    assert.deepEqual(run(code, lists), run(call, lists));
  });
});

describe('compactErrors without schema paths', () => {
  it('builds the same errors with an empty schemaPath', () => {
    const run = (source: string) => new Function('instancePath', `let vErrors = null; let errors = 0; ${source} return [vErrors, errors];`)('/x');
    const original = site('err0', '') + site('err1', ':instancePath+"/b"');
    const [expected, count] = run(original) as [{ schemaPath: string }[], number];
    const [actual, actualCount] = run(compactErrors(original, { schemaPaths: false })) as [{ schemaPath: string }[], number];
    assert.equal(actualCount, count);
    assert.deepEqual(actual, expected.map((error) => ({ ...error, schemaPath: '' })));
    assert.doesNotMatch(compactErrors(original, { schemaPaths: false }), /#\/properties/);
  });
});
