// Server-side rendering: renderPlanToHtml turns a plan into static HTML in Node (no DOM), for
// archives, emails and PDFs. Every fixture renders in both modes, every string is escaped, and
// bad input is a clear PlanRenderError, never a crash or silent output.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { escapeHtml, PlanRenderError, renderPlanToHtml } from '../../packages/components/src/server/index.js';

const fixturesDir = new URL('../../packages/schemas/fixtures/', import.meta.url);
const templates = readdirSync(fixturesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

function fixture(template: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${template}/${file}`, fixturesDir), 'utf8')) as Record<string, unknown>;
}

/** A copy of `value` with every string (except the bookkeeping that picks the schema) replaced. */
function replaceStrings(value: unknown, replace: (text: string, path: string) => string, path = ''): unknown {
  if (typeof value === 'string') return replace(value, path);
  if (Array.isArray(value)) return value.map((item, index) => replaceStrings(item, replace, `${path}/${index}`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [
      key,
      path === '' && (key === 'template' || key === 'schemaVersion') ? item : replaceStrings(item, replace, `${path}/${key}`),
    ]));
  }
  return value;
}

const payload = `<script>window.pwned=1</script><img src=x onerror="window.pwned=2">' " & </p><svg onload=alert(1)>`;

test('the fixture folders hold templates to render', () => {
  assert.ok(templates.length >= 8, `expected the 8 templates' fixtures, found ${templates.join(', ')}`);
});

for (const template of templates) {
  test(`${template}: every valid fixture renders in view and print mode`, () => {
    const files = readdirSync(new URL(`${template}/`, fixturesDir)).filter((file) => file.startsWith('valid-'));
    assert.ok(files.length >= 2, `${template} should have valid-minimal.json and valid-complete.json`);
    for (const file of files) {
      const plan = fixture(template, file);
      for (const mode of ['view', 'print'] as const) {
        const html = renderPlanToHtml(plan, { mode });
        assert.match(html, new RegExp(`^<article class="isp-plan isp-plan--${mode}" lang="en-GB">`), `${template}/${file} in ${mode}`);
        assert.match(html, /<h1>[^<]+<\/h1>/, `${template}/${file} in ${mode} has a title`);
        assert.doesNotMatch(html, /undefined|\[object Object\]/, `${template}/${file} in ${mode} leaks a JavaScript value`);
      }
    }
  });

  test(`${template}: every string of the complete plan is escaped`, () => {
    let replaced = 0;
    const hostile = replaceStrings(fixture(template, 'valid-complete.json'), (_, path) => {
      replaced += 1;
      return `${payload} at ${path}`;
    });
    for (const mode of ['view', 'print'] as const) {
      const html = renderPlanToHtml(hostile, { mode });
      assert.ok(!html.includes('<script'), `${template} in ${mode}: a <script> tag came through`);
      assert.ok(!html.includes('<img'), `${template} in ${mode}: an <img> tag came through`);
      assert.ok(!html.includes('<svg'), `${template} in ${mode}: an <svg> tag came through`);
      for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
        assert.ok(!/\son\w+\s*=/i.test(tag), `${template} in ${mode}: a tag with an event handler came through: ${tag}`);
      }
      const tagNames = new Set((html.match(/<\/?([a-z][a-z0-9]*)/g) ?? []).map((tag) => tag.replace(/^<\/?/, '')));
      const allowed = ['article', 'header', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'div', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'span', 'br', 'ins', 'del', 'code'];
      assert.deepEqual([...tagNames].filter((name) => !allowed.includes(name)), [], `${template} in ${mode}: unexpected tags`);
      assert.ok(html.includes(escapeHtml(payload)), `${template} in ${mode}: the payload is not shown as text`);
    }
    assert.ok(replaced > 5, `${template}: expected many strings in valid-complete.json, replaced ${replaced}`);
  });
}

test('the status text and the title come out as text', () => {
  const plan = { ...fixture('individual-provision-map', 'valid-complete.json'), status: '<b>agreed</b>' };
  const html = renderPlanToHtml(plan);
  assert.ok(html.includes('&lt;b&gt;agreed&lt;/b&gt;'));
});

test('titles and choices from a hostile variant schema are escaped too', () => {
  const schema = {
    $id: 'https://example.org/la/hostile.schema.json',
    title: '<script>alert("title")</script>',
    type: 'object',
    properties: {
      level: { title: '<img src=x onerror=alert(1)>', enum: ['a'], enumTitles: ['<b>Level A</b>'] },
      note: { title: 'Note " onmouseover="x', type: 'string' },
    },
  };
  const html = renderPlanToHtml({ level: 'a', note: 'fine' }, { schema });
  assert.ok(!html.includes('<script') && !html.includes('<img') && !html.includes('<b>'), html);
  assert.ok(html.includes('&lt;b&gt;Level A&lt;/b&gt;'));
  assert.ok(html.includes('Note &quot; onmouseover=&quot;x'));
});

test('escapeHtml gives back exactly the text it was given, and nothing that opens markup', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
    const escaped = escapeHtml(text);
    assert.ok(!/[<>"']/.test(escaped));
    const decoded = escaped.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (entity) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[entity]!);
    assert.equal(decoded, text);
  }));
});

test('an amended plan marks the amended text and lists the amendment apart from the original', () => {
  const plan = fixture('individual-provision-map', 'valid-complete.json');
  const targets = plan.targets as Record<string, unknown>[];
  const previous = String(targets[0]!.target);
  targets[0]!.target = 'Amara will say "more" at snack time, 4 out of 5 days, by the review.';
  plan.status = 'agreed';
  plan.amendments = [{
    id: 'amendment-1', date: '2026-10-05', by: { name: 'Jo Brennan', role: 'Key person' },
    path: '/targets/0/target', previous, value: targets[0]!.target, reason: 'Agreed at the review meeting.',
  }];
  const html = renderPlanToHtml(plan);
  assert.match(html, /<ins class="isp-amended">Amara will say &quot;more&quot;/);
  assert.match(html, /\(amended 5 October 2026\)/);
  assert.match(html, /<h2>Amendments<\/h2>/);
  assert.ok(html.includes(`<del>${escapeHtml(previous)}</del>`), 'the original wording is kept, struck through');
  assert.match(html, /Jo Brennan, Key person/);
});

test('print mode gives every signature lines to sign and date by hand', () => {
  const html = renderPlanToHtml(fixture('individual-provision-map', 'valid-minimal.json'), { mode: 'print' });
  assert.match(html, /class="isp-sign-lines"><p>(Signature|[^<]+: name)/);
  assert.match(html, /Date <span class="isp-line"><\/span>/);
  const view = renderPlanToHtml(fixture('individual-provision-map', 'valid-minimal.json'), { mode: 'view' });
  assert.doesNotMatch(view, /isp-sign-lines/);
});

test('a whole document carries the stylesheet and the plan title', () => {
  const html = renderPlanToHtml(fixture('sen-support-plan', 'valid-complete.json'), { mode: 'print', document: true });
  assert.match(html, /^<!doctype html>\n<html lang="en-GB">/);
  assert.match(html, /<style>[^<]*@page \{ size: A4;/);
  assert.match(html, /<title>[^<]+<\/title>/);
});

test('bad input is a PlanRenderError that says what is wrong', () => {
  const ipm = fixture('individual-provision-map', 'valid-minimal.json');
  const cases: [unknown, object, string, RegExp][] = [
    ['a string', {}, 'plan-not-object', /must be a JSON object, but it is a string/],
    [null, {}, 'plan-not-object', /but it is null/],
    [[ipm], {}, 'plan-not-object', /a list/],
    [{ ...ipm, template: 'no-such-template' }, {}, 'unknown-template', /"no-such-template" is not one of/],
    [{ ...ipm, template: undefined }, {}, 'unknown-template', /\(missing\)/],
    [{ ...ipm, schemaVersion: '2.0.0' }, {}, 'unsupported-schema-version', /schema version 2\.0\.0/],
    [ipm, { mode: 'edit' }, 'invalid-option', /mode must be "view" or "print"/],
    [ipm, { schema: 'not a schema' }, 'invalid-schema', /must be a JSON Schema object/],
    [ipm, { schema: { properties: { template: { const: 'sen-support-plan' } } } }, 'template-mismatch', /a plan of the "individual-provision-map" template, but the schema is for "sen-support-plan"/],
    [{ ...ipm, schemaVersion: 'banana' }, {}, 'unsupported-schema-version', /"banana" is not a version number/],
  ];
  for (const [plan, options, code, message] of cases) {
    assert.throws(() => renderPlanToHtml(plan, options), (error: unknown) => {
      assert.ok(error instanceof PlanRenderError, `expected a PlanRenderError for ${code}, got ${String(error)}`);
      assert.equal(error.code, code);
      assert.match(error.message, message);
      return true;
    });
  }
});

test('a local-authority variant schema renders its own fields and choices', () => {
  const plan = { ...fixture('individual-provision-map', 'valid-minimal.json'), localOfferReference: 'WS-LO-2291' };
  const schema = {
    $id: 'https://la.example.org/schemas/ipm-variant.schema.json',
    allOf: [{ $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json' }],
    properties: { localOfferReference: { type: 'string', title: 'Local Offer reference' } },
  };
  const html = renderPlanToHtml(plan, { schema });
  assert.match(html, /<h2>Local Offer reference<\/h2><div class="isp-answer">WS-LO-2291/);
});

test("a variant's replacement list (its own graduatedResponseLevel) is laid over the template, as <isp-plan> does", () => {
  const ipm = fixture('individual-provision-map', 'valid-complete.json') as { planDetails: Record<string, unknown> };
  const plan = { ...ipm, planDetails: { ...ipm.planDetails, graduatedResponseLevel: 'B' } };
  const schema = {
    $id: 'https://schemas.example-la.gov.uk/isp/ipm.schema.json',
    $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json',
    $defs: { graduatedResponseLevel: { type: 'string', title: 'Band', enum: ['A', 'B', 'C', 'D'], enumTitles: ['Band A', 'Band B', 'Band C', 'Band D'] } },
  };
  // The template's own label stays; the answer is shown by the variant's title for it.
  assert.match(renderPlanToHtml(plan, { schema }), /<dt>Graduated Response Level:<\/dt><dd>Band B<\/dd>/);
});
