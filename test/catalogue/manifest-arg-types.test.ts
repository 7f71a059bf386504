// The Controls panel and the docs pages' tables, as the catalogue builds them from the real
// packages/components/custom-elements.json (catalogue audit: Storybook's own reading listed
// about fifty private fields of <isp-plan>, let a CSS part named `label` replace the `label`
// property, offered controls that did nothing or threw, and dropped each part's summary).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { argTypesFor, componentDescription } from '../../stories/.storybook/manifest-arg-types.js';

interface Member { kind: string; name: string; description?: string; privacy?: string; static?: boolean; readonly?: boolean; attribute?: string }
interface Named { name: string; description?: string; fieldName?: string }
interface Declaration {
  tagName?: string; summary?: string; description?: string; members?: Member[]; attributes?: Named[];
  events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[];
}

const manifest = JSON.parse(readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

interface Row { name?: string; description?: string; control?: unknown; table?: { category?: string } }

function rows(tag: string): Row[] {
  return Object.values(argTypesFor(manifest, tag) ?? {}) as Row[];
}

function rowIn(tag: string, category: string, name: string): Row | undefined {
  return rows(tag).find((row) => row.table?.category === category && row.name === name);
}

/** Storybook shows no control for `{ disable: true }` (a bare `false` here would show a "Setup controls" link). */
const hasNoControl = (row: Row | undefined) => (row?.control as { disable?: boolean } | undefined)?.disable === true;

/** formResetCallback, formAssociatedCallback…: the browser calls them, a host page never does. */
const isLifecycleCallback = (member: Member) => /Callback$/.test(member.name);

const isPublicField = (member: Member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';

test('the manifest has the eight elements the catalogue documents', () => {
  assert.equal(elements.length, 8);
});

test('every public property, attribute, method, event, CSS part and custom property has its own row with its description', () => {
  for (const element of elements) {
    const tag = element.tagName!;
    const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
    for (const member of (element.members ?? []).filter(isPublicField)) {
      const attribute = attributeOf.get(member.name);
      const row = attribute ? rowIn(tag, 'attributes', attribute) : rowIn(tag, 'properties', member.name);
      assert.ok(row, `<${tag}>: ${member.name} has no row`);
      if (member.description) assert.ok(row.description?.includes(member.description), `<${tag}>: ${member.name} lost its description`);
    }
    for (const method of (element.members ?? []).filter((member) => member.kind === 'method' && !member.static && (member.privacy ?? 'public') === 'public' && !isLifecycleCallback(member))) {
      assert.ok(rows(tag).some((row) => row.table?.category === 'methods' && row.name?.startsWith(`${method.name}(`)), `<${tag}>: method ${method.name} has no row`);
    }
    for (const [category, list] of [['events', element.events], ['slots', element.slots], ['css shadow parts', element.cssParts], ['css custom properties', element.cssProperties]] as const) {
      for (const item of list ?? []) {
        const row = rowIn(tag, category, item.name);
        assert.ok(row, `<${tag}>: ${category} ${item.name} has no row`);
        assert.equal(row.description ?? '', item.description ?? '', `<${tag}>: ${category} ${item.name} lost its description`);
      }
    }
  }
});

test('custom element lifecycle callbacks are not listed as methods a host calls', () => {
  const methods = rows('isp-plan').filter((row) => row.table?.category === 'methods').map((row) => row.name ?? '');
  assert.ok(methods.some((name) => name.startsWith('reportValidity(')));
  assert.deepEqual(methods.filter((name) => /Callback\(/.test(name)), []);
});

test('private, protected and static members are not offered', () => {
  for (const element of elements) {
    const shown = new Set(rows(element.tagName!).filter((row) => row.table?.category === 'properties' || row.table?.category === 'attributes').map((row) => row.name));
    for (const member of (element.members ?? []).filter((candidate) => candidate.kind === 'field' && !isPublicField(candidate))) {
      assert.ok(!shown.has(member.name), `<${element.tagName}>: ${member.privacy ?? 'static'} ${member.name} is offered`);
    }
  }
});

test('a property and a CSS part of the same name are both there, and the control edits the property', () => {
  const arg = argTypesFor(manifest, 'isp-smart-target')!.label as Row;
  assert.equal(arg.table?.category, 'attributes');
  assert.deepEqual(arg.control, { type: 'text' });
  assert.ok(rowIn('isp-smart-target', 'css shadow parts', 'label'));
});

test('only what a story can set has a control: not read-only properties (setting them throws), methods, events, parts or custom properties', () => {
  for (const element of elements) {
    const tag = element.tagName!;
    for (const member of (element.members ?? []).filter((candidate) => isPublicField(candidate) && candidate.readonly)) {
      const row = rowIn(tag, 'properties', member.name);
      assert.ok(hasNoControl(row), `<${tag}>: read-only ${member.name} has a control`);
    }
    for (const row of rows(tag).filter((candidate) => !['properties', 'attributes'].includes(candidate.table?.category ?? ''))) {
      assert.ok(hasNoControl(row), `<${tag}>: ${row.table?.category} ${row.name} has a control`);
    }
  }
});

test('an attribute spelt differently from its property is one row, keyed by the property a story sets', () => {
  const args = argTypesFor(manifest, 'isp-smart-target')!;
  assert.equal((args.pupilName as Row).name, 'pupil-name');
  assert.match((args.pupilName as Row).description ?? '', /`pupilName`/);
  assert.equal(args['pupil-name'], undefined, 'a second control for the same value would set nothing');
});

test('each element\'s docs page opens with its summary and description', () => {
  for (const element of elements) {
    const text = componentDescription(manifest, element.tagName!) ?? '';
    for (const part of [element.summary, element.description]) if (part) assert.ok(text.includes(part), `<${element.tagName}>: "${part}" is not shown`);
    assert.ok(text.length > 0, `<${element.tagName}> has no description`);
  }
});
