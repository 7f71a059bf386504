import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildStandaloneModule } from './standalone-module.js';

const plain = { $id: 'https://x.org/plain.schema.json', type: 'object', properties: { a: { type: 'string' } } };
const branching = { $id: 'https://x.org/branching.schema.json', type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'number' }] } } };

describe('buildStandaloneModule schemaPaths: false', () => {
  it('leaves schema paths out only when no schema has anyOf or oneOf', async () => {
    const without = await buildStandaloneModule({ schemas: [plain], exports: { v: plain.$id }, schemaPaths: false });
    assert.doesNotMatch(without, /#\/properties\/a\/type/);
    const kept = await buildStandaloneModule({ schemas: [plain, branching], exports: { v: plain.$id, w: branching.$id }, schemaPaths: false });
    assert.match(kept, /#\/properties\/a\/type/);
    const byDefault = await buildStandaloneModule({ schemas: [plain], exports: { v: plain.$id } });
    assert.match(byDefault, /#\/properties\/a\/type/);
  });
});
