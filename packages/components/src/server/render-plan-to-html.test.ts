// The server-rendered plan as a parent reads it and signs it on paper (people audit): what
// <isp-plan> shows in view and print mode, without a browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { renderPlanToHtml } from './render-plan-to-html.js';
import { mapAndGridSchema as schema } from '../test-helpers/map-and-grid-schema.js';

const fixture = (template: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../schemas/fixtures/${template}/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

it('print mode gives a list of signatures nobody has signed yet lines to sign, not "Not given"', () => {
  const plan = { ...fixture('inclusion-support-plan', 'valid-minimal'), agreement: { parentSignatures: [] } };
  const html = renderPlanToHtml(plan, { mode: 'print' });
  for (const title of ['Parent/carer signatures', 'School and professional signatures']) {
    const start = html.indexOf(`<dt>${title}</dt>`);
    assert.ok(start > 0, title);
    const answer = html.slice(start, html.indexOf('</dd>', html.indexOf('isp-sign-lines', start)) + 5);
    assert.ok(answer.includes('isp-sign-lines'), `${title}: lines to sign`);
    assert.ok(!html.slice(start, start + 80).includes('Not given'), `${title}: "Not given"`);
  }
});

it('names a reviewed target by its words, not its id', () => {
  const plan = fixture('sen-support-plan', 'valid-complete') as { targets: { id: string; target: string }[] };
  const html = renderPlanToHtml(plan, { mode: 'view' });
  const start = html.indexOf('Target reviewed 1');
  const row = html.slice(start, html.indexOf('Target reviewed 2'));
  assert.ok(row.includes('Kai will ask a friend'), 'the target\'s words');
  assert.ok(!row.includes(plan.targets[0]!.id), 'its id');
});

it('a host schema\'s map and list of lists read entry by entry, as <isp-plan> shows them, with x- fields unshown', () => {
  const html = renderPlanToHtml({ scores: { maths: 3, 'x-source': 'MIS' }, grid: [['Ann', 'Bo'], ['Cy']] }, { schema });
  for (const shown of ['Maths', '>3<', 'Table 1', 'Ann', 'Table 2', 'Cy']) assert.ok(html.includes(shown), shown);
  assert.ok(!html.includes('MIS'), 'the vendor field');
  assert.ok(!html.includes('[&quot;') && !html.includes('["'), 'raw JSON');
});

it('a nullable group written as anyOf with null (pydantic\'s Optional) reads field by field, not as JSON', () => {
  const nullable = {
    type: 'object',
    $defs: { Address: { title: 'Address', type: 'object', properties: { line1: { title: 'Line 1', type: 'string' }, postcode: { anyOf: [{ type: 'string' }, { type: 'null' }] } } } },
    properties: { address: { anyOf: [{ $ref: '#/$defs/Address' }, { type: 'null' }], default: null } },
  };
  const html = renderPlanToHtml({ address: { line1: '1 Road', postcode: null } }, { schema: nullable });
  assert.ok(html.includes('<dt>Line 1</dt><dd>1 Road</dd>'), 'the line');
  assert.ok(!html.includes('<code>'), 'raw JSON');
});

it('a class name as a title (pydantic\'s `$defs`) reads as words, for a field and for rows', () => {
  const pydantic = {
    type: 'object',
    $defs: { SenNeedType: { title: 'SenNeedType', enum: ['ASD'] }, TargetRecord: { title: 'TargetRecord', type: 'object', properties: { text: { type: 'string' } } } },
    properties: { need: { type: 'object', properties: { sen_need_type: { $ref: '#/$defs/SenNeedType' } } }, targets: { type: 'array', items: { $ref: '#/$defs/TargetRecord' } } },
  };
  const html = renderPlanToHtml({ need: { sen_need_type: 'ASD' }, targets: [{ text: 'Read' }] }, { schema: pydantic });
  assert.ok(html.includes('<dt>Sen need type</dt>'), 'the field');
  assert.ok(html.includes('>Target record 1</h'), 'the row');
});
