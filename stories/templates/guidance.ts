// The documentation page text of a template: what it is, and the seed guidance each section
// carries as a `guidance` annotation in its schema, in reading order.
import { propertiesOf, resolve, type JsonSchema } from './schemas.js';

/** Seed text is shown as text: `<`, `>` and `&` must never become markup in the docs page. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((line) => typeof line === 'string').join('\n\n');
  return '';
}

interface Guidance {
  section: string;
  seed: string;
  text: string;
}

function collect(node: JsonSchema | undefined, base: JsonSchema | undefined, trail: string[], out: Guidance[], depth: number): void {
  if (!node || depth > 4) return;
  for (const [key, child] of propertiesOf(node)) {
    const raw = child as JsonSchema;
    const resolved = resolve(child, base);
    const title = asText(raw.title) || asText(resolved?.title) || key;
    const text = asText(raw.guidance) || asText(resolved?.guidance);
    const seed = asText(raw.seed) || asText(resolved?.seed);
    if (text) out.push({ section: [...trail, title].join(' › '), seed, text });
    collect(resolved, base, [...trail, title], out, depth + 1);
  }
}

export function guidanceList(schema: JsonSchema | undefined): Guidance[] {
  const out: Guidance[] = [];
  collect(schema, schema, [], out, 0);
  return out;
}

export function guidanceMarkdown(template: string, schema: JsonSchema | undefined): string {
  if (!schema) return `No schema named \`${template}\` was found in packages/schemas/schemas.`;
  const title = asText(schema.title) || template;
  const lines = [
    `**${escapeText(title)}**: rendered by \`<isp-plan template="${template}">\` from \`packages/schemas/schemas/${template}.schema.json\`${schema.seed ? ` (seed ${escapeText(asText(schema.seed))})` : ''}.`,
  ];
  if (asText(schema.description)) lines.push('', escapeText(asText(schema.description)));
  const guidance = guidanceList(schema);
  if (asText(schema.guidance)) guidance.unshift({ section: 'The whole plan', seed: asText(schema.seed), text: asText(schema.guidance) });
  lines.push('', '### Seed guidance this template implements', '');
  if (guidance.length === 0) lines.push('_This schema carries no `guidance` annotations._');
  for (const item of guidance) {
    lines.push(`#### ${escapeText(item.section)}${item.seed ? ` (seed ${escapeText(item.seed)})` : ''}`, '', escapeText(item.text), '');
  }
  return lines.join('\n');
}
