// The "Show code" snippet under each story must give what the story shows when copied into a
// page (catalogue audit: the snippets had no properties, so a copied template story was a
// blank plan and a copied part story an empty element).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { argTypesFor } from '../../stories/.storybook/manifest-arg-types.js';
import { longestInlineValue, storySnippet } from '../../stories/.storybook/story-snippet.js';

const manifest: unknown = JSON.parse(readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8'));
const plan = JSON.parse(readFileSync(new URL('../../packages/schemas/fixtures/individual-provision-map/valid-complete.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Runs the snippet's module script against a stand-in element; returns what it set. */
async function runScript(snippet: string, tagName: string): Promise<Record<string, unknown>> {
  const script = /<script type="module">\n([\s\S]*?)<\/script>/.exec(snippet)?.[1] ?? '';
  const element: Record<string, unknown> = {};
  const document = { querySelector: (selector: string) => (selector === tagName ? element : null) };
  // The snippet's script is the code under test; a `</script>` in a value would cut it short here too.
  await new Function('document', `return (async () => {\n${script}\n})();`)(document);
  return element;
}

test('a template story\'s snippet sets the plan it shows, and its attributes as attributes', async () => {
  const snippet = storySnippet('isp-plan', { template: 'individual-provision-map', mode: 'view', plan, schema: undefined }, argTypesFor(manifest, 'isp-plan')!);
  assert.match(snippet, /<script type="module" src="[^"]*isp-kit\.js"><\/script>/);
  assert.match(snippet, /<isp-plan template="individual-provision-map" mode="view"><\/isp-plan>/);
  const element = await runScript(snippet, 'isp-plan');
  assert.deepEqual(element.plan, plan);
  assert.ok(!('schema' in element));
});

test('a part\'s snippet names attributes as HTML spells them and sets objects as properties', async () => {
  const value = { id: 't1', target: 'Amara will say "more" </script> at snack time.' };
  const snippet = storySnippet('isp-smart-target', { label: 'SMART target 1', mode: 'edit', pupilName: 'Amara', required: true, hint: '', value }, argTypesFor(manifest, 'isp-smart-target')!);
  assert.match(snippet, /<isp-smart-target label="SMART target 1" mode="edit" pupil-name="Amara" required><\/isp-smart-target>/);
  const element = await runScript(snippet, 'isp-smart-target');
  assert.deepEqual(element.value, value);
});

test('a value too long to show is fetched, not cut short', () => {
  const long = { targets: Array.from({ length: 2000 }, (_, index) => ({ id: `t${index}`, target: 'x'.repeat(40) })) };
  const snippet = storySnippet('isp-plan', { template: 'individual-provision-map', plan: long }, argTypesFor(manifest, 'isp-plan')!);
  assert.ok(snippet.length < longestInlineValue);
  assert.match(snippet, /element\.plan = await \(await fetch\('[^']+\.json'\)\)\.json\(\);/);
});
