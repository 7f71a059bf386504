// The custom elements manifest is what editors, Storybook's docs and vendors read about each
// element: every public member says what it is, and every design token a host can set is
// listed with its GOV.UK default (theming without forking needs the names).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tokenDefaults } from '../../packages/components/src/styles/tokens.js';

const path = fileURLToPath(new URL('../../packages/components/custom-elements.json', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; static?: boolean; privacy?: string; description?: string }[];
  cssProperties?: { name: string; default?: string }[];
}

function elements(): Declaration[] {
  if (!existsSync(path)) throw new Error('packages/components/custom-elements.json does not exist: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
}

test('every public member of every element is described', () => {
  const undocumented = elements().flatMap((element) =>
    (element.members ?? []).filter((member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.description).map((member) => `${element.tagName}.${member.name}`),
  );
  assert.deepEqual(undocumented, []);
});

test('every element lists every design token with its default', () => {
  for (const element of elements()) {
    const listed = new Map((element.cssProperties ?? []).map((property) => [property.name, property.default]));
    for (const [name, value] of Object.entries(tokenDefaults)) assert.equal(listed.get(name), value, `${element.tagName}: ${name}`);
  }
});
