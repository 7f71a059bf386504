// The pieces the catalogue is built from: which stories a fixture folder yields, the derived
// plans (long, signed and amended), and the editor data made from the elements' manifest.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { blankPlanMissesRequired, pascal, templateHasTargetRows, templateStoriesSource, templateStoryList } from '../../stories/.storybook/generate-template-stories.js';
import { findTargetRows, longPlan, signedAndAmendedPlan, type Schema } from '../../stories/templates/plan-variants.js';
import { localAuthorityPlan, localAuthorityVariant, northshireLevels } from '../../stories/templates/local-authority-variant.js';
import { literalValues, toVsCodeData, toWebTypes } from '../../scripts/editor-data.js';
import { SchemaResolver } from '../../packages/components/src/plan/schema-resolver.js';
import { validate } from '../../packages/schemas/src/index.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../packages/schemas/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const common = read('schemas/common.schema.json');

function resolverFor(schema: Schema) {
  const resolver = new SchemaResolver(schema, [common]);
  const base = resolver.root().base;
  return (node: unknown) => resolver.resolve(node, base).node;
}

test('a fixture folder yields every mode and state, errors in edit mode only', () => {
  const stories = templateStoryList(['expected.json', 'valid-minimal.json', 'valid-complete.json', 'valid-with-review.json', 'invalid-missing-child-name.json'], { hasTargets: true });
  const names = stories.map((story) => story.exportName);
  for (const mode of ['Edit', 'View', 'Print']) {
    for (const state of ['Empty', 'Complete', 'ValidWithReview', 'SignedAndAmended', 'Long']) assert.ok(names.includes(`${mode}${state}`), `${mode}${state} is missing`);
  }
  assert.ok(names.includes('EditErrorsShown') && names.includes('EditInvalidMissingChildName'));
  assert.ok(!names.some((name) => /^(View|Print)(Invalid|Errors)/.test(name)), 'errors are shown in edit mode only');
  assert.ok(!names.some((name) => /Expected/.test(name)), 'expected.json is not a plan');
  assert.equal(new Set(names).size, names.length, 'export names must be unique');
  const withoutTargets = templateStoryList(['valid-minimal.json', 'valid-complete.json'], { hasTargets: false }).map((story) => story.exportName);
  assert.ok(!withoutTargets.some((name) => name.endsWith('Long')));
});

test('the generated CSF source names the template and every story', () => {
  const source = templateStoriesSource('sen-support-plan', templateStoryList(['valid-minimal.json'], { hasTargets: false }));
  assert.match(source, /export default \{ title: 'Templates\/sen-support-plan', component: 'isp-plan'/);
  assert.match(source, /export const EditEmpty = \{ \.\.\.templateStory\(\{"template":"sen-support-plan","mode":"edit","state":"empty","fixture":"valid-minimal.json"\}\), name: "Edit: empty \(valid-minimal\)" \};/);
  assert.equal(pascal('invalid-bad-review-date'), 'InvalidBadReviewDate');
});

test('the long plan has exactly 200 target rows with unique ids, found through the schema', () => {
  const schema = read('schemas/individual-provision-map.schema.json');
  const resolve = resolverFor(schema);
  assert.equal(findTargetRows(schema, resolve), '/targets');
  const plan = read('fixtures/individual-provision-map/valid-complete.json');
  const long = longPlan(plan, schema, resolve, 200) as { targets: { id: string; target: string }[] };
  assert.equal(long.targets.length, 200);
  assert.equal(new Set(long.targets.map((row) => row.id)).size, 200);
  assert.ok(long.targets.every((row) => typeof row.target === 'string' && row.target.length > 0));
  assert.deepEqual(plan, read('fixtures/individual-provision-map/valid-complete.json'), 'the fixture itself is left untouched');
});

test('the signed and amended plan keeps the original wording in an amendment', () => {
  const schema = read('schemas/individual-provision-map.schema.json');
  const plan = read('fixtures/individual-provision-map/valid-complete.json');
  const before = (plan.targets as { target: string }[])[0]!.target;
  const amended = signedAndAmendedPlan(plan, schema, resolverFor(schema)) as { status: string; targets: { target: string }[]; amendments: Record<string, unknown>[] };
  assert.equal(amended.status, 'agreed');
  const last = amended.amendments.at(-1)!;
  assert.equal(last.path, '/targets/0/target');
  assert.equal(last.previous, before);
  assert.equal(last.value, amended.targets[0]!.target);
  assert.notEqual(amended.targets[0]!.target, before);
});

test('the local-authority variant replaces the levels, adds a field and still resolves the common parts', () => {
  const schema = localAuthorityVariant(read('schemas/individual-provision-map.schema.json'));
  const resolver = new SchemaResolver(schema, [common]);
  const root = resolver.root();
  const planDetails = resolver.resolve((root.node.properties as Record<string, unknown>).planDetails, root.base).node;
  const properties = planDetails.properties as Record<string, Record<string, unknown>>;
  assert.deepEqual(properties.graduatedResponseLevel!.enum, northshireLevels);
  assert.equal(properties.earlyHelpReference!.type, 'string');
  const date = resolver.resolve(properties.dateOfPlan, root.base);
  assert.equal(date.defName, 'date', 'common.schema.json refs must still resolve after the $id changed');
  const plan = localAuthorityPlan(read('fixtures/individual-provision-map/valid-complete.json')) as { planDetails: Record<string, unknown> };
  assert.equal(plan.planDetails.graduatedResponseLevel, 'SEN Support plus');
});

const manifest = {
  schemaVersion: '2.1.0',
  modules: [{
    kind: 'javascript-module',
    path: 'src/plan/isp-plan.ts',
    declarations: [{
      kind: 'class', name: 'IspPlan', customElement: true, tagName: 'isp-plan', summary: 'A plan.',
      attributes: [{ name: 'mode', type: { text: "'edit' | 'view' | 'print'" }, description: 'How it shows.' }, { name: 'template', type: { text: 'string | undefined' } }],
      members: [{ kind: 'field', name: 'plan', type: { text: 'unknown' }, description: 'The plan.' }, { kind: 'field', name: 'current', privacy: 'private' }],
      events: [{ name: 'isp-plan-change', description: 'After every edit.' }],
      cssParts: [{ name: 'base', description: 'The wrapper.' }],
    }],
  }],
};

test('editor data lists each element with its attributes, enum values, events and parts', () => {
  assert.deepEqual(literalValues("'edit' | 'view' | 'print'"), ['edit', 'view', 'print']);
  assert.deepEqual(literalValues('Mode'), []);
  const vscode = toVsCodeData(manifest);
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags[0]!.attributes[0], { name: 'mode', description: 'How it shows.', values: [{ name: 'edit' }, { name: 'view' }, { name: 'print' }] });
  const webTypes = toWebTypes(manifest, { name: '@isp-kit/components', version: '0.1.0' });
  const element = webTypes.contributions.html.elements[0]!;
  assert.equal(element.name, 'isp-plan');
  assert.deepEqual(element.events, [{ name: 'isp-plan-change', description: 'After every edit.' }]);
  assert.deepEqual(element.js.properties.map((property: { name: string }) => property.name), ['plan'], 'private members are not offered');
  assert.deepEqual(element.css.parts, [{ name: 'base', description: 'The wrapper.' }]);
});

// Catalogue audit: templates without SMART target rows had their record `id` "amended", a
// field nobody reads, and the amendment was dated before the plan's own earlier amendments.
test('every template\'s signed and amended plan changes prose a person reads, dated after its last amendment', () => {
  const templates = readdirSync(new URL('../../packages/schemas/fixtures/', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  assert.ok(templates.length >= 8);
  for (const template of templates) {
    const schema = read(`schemas/${template}.schema.json`);
    const plan = read(`fixtures/${template}/valid-complete.json`);
    const amended = signedAndAmendedPlan(plan, schema, resolverFor(schema)) as { amendments: { path: string; previous: string; value: string; date: string }[] };
    const last = amended.amendments.at(-1)!;
    const earlier = (plan.amendments as { date: string }[] | undefined) ?? [];
    assert.ok(!/(^|\/)(id|template|schemaVersion|status)$/.test(last.path), `${template}: amends bookkeeping field ${last.path}`);
    assert.ok(last.previous.split(/\s+/).length >= 5 && /[.!?]["”’')]?$/.test(last.previous), `${template}: amends ${last.path} ("${last.previous}"), not a sentence a person wrote`);
    for (const before of earlier) assert.ok(last.date > before.date, `${template}: the new amendment (${last.date}) is dated before an earlier one (${before.date})`);
  }
});

// Catalogue audit: "Edit: errors shown (blank plan)" of the inclusion action plan showed no
// error at all, because that template requires nothing a blank plan lacks.
test('"errors shown" is only listed for a template whose blank plan misses something required', () => {
  const files = ['valid-minimal.json', 'valid-complete.json', 'invalid-bad-date.json'];
  const names = (blankHasErrors: boolean) => templateStoryList(files, { hasTargets: false, blankHasErrors }).map((story) => story.exportName);
  assert.ok(names(true).includes('EditErrorsShown'));
  assert.ok(!names(false).includes('EditErrorsShown'));
  assert.ok(names(false).includes('EditInvalidBadDate'), 'the invalid fixtures still show errors');
  const required = (template: string) => blankPlanMissesRequired(read(`schemas/${template}.schema.json`));
  assert.equal(required('individual-provision-map'), true);
  assert.equal(required('inclusion-action-plan'), false);
});

// Catalogue audit: the sidebar and docs pages read "Edit Long", "Edit Errors Shown", "Edit
// Empty": Storybook's indexer takes a story's name only from a literal `name` in its export, and
// the names templateStory() set at run time never reached the index.
test('each generated story names its mode and state in a literal the indexer reads', () => {
  const stories = templateStoryList(['valid-minimal.json', 'valid-complete.json', 'valid-with-review.json', 'invalid-bad-date.json'], { hasTargets: true });
  const source = templateStoriesSource('individual-provision-map', stories);
  for (const name of ['Edit: empty (valid-minimal)', 'View: complete (valid-complete)', 'Print: signed and amended', 'Print: long (200 targets)',
    'Edit: errors shown (blank plan)', 'Edit: invalid-bad-date', 'View: valid-with-review']) {
    assert.ok(source.includes(`, name: ${JSON.stringify(name)} };`), `no story named "${name}"`);
  }
  assert.equal(source.match(/^export const \w+ = \{ \.\.\.templateStory\(/gm)?.length, stories.length, 'every story is an object literal (an "args story")');
});

// Catalogue audit: a JSDoc comment on an element's `meta` replaced the element's summary and
// description from the manifest at the top of its docs page (<isp-plan>'s page opened with a
// pointer to Templates/ and never said what the element is).
test('no element story file hides its manifest description behind a JSDoc comment on meta', () => {
  const folder = new URL('../../stories/elements/', import.meta.url);
  const files = readdirSync(folder).filter((file) => file.endsWith('.stories.ts'));
  assert.ok(files.length >= 8);
  for (const file of files) {
    assert.doesNotMatch(readFileSync(new URL(file, folder), 'utf8'), /\*\/\s*(export\s+)?const meta\b/, `${file}: a JSDoc comment on meta`);
  }
});

// Catalogue audit: <isp-review-status> had edit and print stories but none in view mode.
test('every part has stories in edit, view and print mode (<isp-plan>\'s are under Templates/)', () => {
  const folder = new URL('../../stories/elements/', import.meta.url);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.stories.ts') && name !== 'isp-plan.stories.ts')) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    for (const mode of ['edit', 'view', 'print']) assert.match(source, new RegExp(`mode: '${mode}'`), `${file} has no story in ${mode} mode`);
  }
});

// Catalogue audit: the record of intervention lists target rows too ("Targets recorded", keyed
// by targetId, not SMART targets), yet had no long story; and nothing checked that the derived
// plans are plans the schema accepts.
test('the long and the signed and amended plans of every template are valid plans; long has 200 target rows wherever a template has target rows', () => {
  const templates = readdirSync(new URL('../../packages/schemas/fixtures/', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const template of templates) {
    const schema = read(`schemas/${template}.schema.json`);
    const plan = read(`fixtures/${template}/valid-complete.json`);
    const resolve = resolverFor(schema);
    const amended = signedAndAmendedPlan(plan, schema, resolve);
    assert.deepEqual(validate(amended).errors, [], `${template}: the signed and amended plan is invalid`);
    const pointer = findTargetRows(schema, resolve);
    const hasTargets = JSON.stringify(schema).includes('"targets"');
    assert.equal(pointer !== null, hasTargets, `${template}: target rows ${pointer === null ? 'not found' : `found at ${pointer}`}`);
    assert.equal(templateHasTargetRows(JSON.stringify(schema)), hasTargets, `${template}: the story generator disagrees about target rows`);
    if (pointer === null) continue;
    const long = longPlan(plan, schema, resolve, 200);
    assert.deepEqual(validate(long).errors, [], `${template}: the long plan is invalid`);
    const rows = pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], long) as Record<string, unknown>[];
    assert.equal(rows.length, 200, `${template}: ${rows.length} target rows`);
  }
});
