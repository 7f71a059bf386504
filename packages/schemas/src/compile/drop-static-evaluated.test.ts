import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropStaticEvaluated } from './drop-static-evaluated.js';

const fn = (n: number, record: string) =>
  `function validate${n}(data){let vErrors = null;let errors = 0;const evaluated0 = validate${n}.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}return errors === 0;}` +
  `validate${n}.evaluated = ${record};`;

describe('dropStaticEvaluated', () => {
  it('removes the records and their resets when none is dynamic', () => {
    const code = dropStaticEvaluated(fn(1, '{"props":{"a":true,"b":true},"dynamicProps":false,"dynamicItems":false}') + fn(2, '{"props":true,"dynamicProps":false,"dynamicItems":false}'));
    assert.equal(code, 'function validate1(data){let vErrors = null;let errors = 0;return errors === 0;}function validate2(data){let vErrors = null;let errors = 0;return errors === 0;}');
  });

  it('leaves the code alone when a record is dynamic or read elsewhere', () => {
    const dynamic = fn(1, '{"props":true,"dynamicProps":true,"dynamicItems":false}');
    assert.equal(dropStaticEvaluated(dynamic), dynamic);
    const read = `${fn(1, '{"props":true,"dynamicProps":false,"dynamicItems":false}')}const p = validate1.evaluated.props;`;
    assert.equal(dropStaticEvaluated(read), read);
  });
});
