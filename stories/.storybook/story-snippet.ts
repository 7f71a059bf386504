// The code a docs page shows under each story ("Show code"): markup a vendor can copy into a
// page and get what the story shows. Storybook's own snippet is the rendered element's outer
// HTML, which has no properties: a part's `value` or a plan's `plan` was missing, so the copied
// `<isp-smart-target></isp-smart-target>` showed an empty row and every template story read
// `<isp-plan template="…" mode="edit"></isp-plan>`, a blank plan.
export interface SnippetArgType {
  name?: string;
  table?: { category?: string };
}

/** Past this many characters a value is not written out (a plan with 200 targets is ~200 KB). */
export const longestInlineValue = 50_000;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `JSON.stringify` for a `<script>`: `</script>` inside a string must not end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/<\//g, '<\\/');
}

function assignment(key: string, value: unknown): string {
  const target = identifier.test(key) ? `element.${key}` : `element[${JSON.stringify(key)}]`;
  const json = scriptJson(value);
  if (json.length <= longestInlineValue) return `${target} = ${json.replace(/\n/g, '\n  ')};`;
  return `${target} = await (await fetch('/your-plans/${key}.json')).json(); // ${Math.round(json.length / 1000)} KB of JSON in this story: too long to show here`;
}

/**
 * The snippet for a story of `<tagName>` with `args`: simple values of attributes as attributes
 * (under their attribute names), everything else as properties set from a module script.
 */
export function storySnippet(tagName: string, args: Record<string, unknown>, argTypes: Record<string, SnippetArgType>): string {
  const attributes: string[] = [];
  const properties: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || typeof value === 'function') continue;
    const argType = argTypes[key];
    const simple = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (simple && argType?.table?.category === 'attributes') {
      const name = argType.name ?? key;
      if (value === true) attributes.push(name);
      else if (value !== false && value !== '') attributes.push(`${name}="${escapeAttribute(String(value))}"`);
    } else {
      properties.push(assignment(key, value));
    }
  }
  const lines = [
    '<script type="module" src="/assets/isp-kit.js"></script>',
    '',
    `<${tagName}${attributes.map((attribute) => ` ${attribute}`).join('')}></${tagName}>`,
  ];
  if (properties.length > 0) {
    lines.push(
      '',
      '<!-- Objects are properties, not attributes. Under a strict Content-Security-Policy, move this script to a file of your own. -->',
      '<script type="module">',
      `  const element = document.querySelector(${JSON.stringify(tagName)});`,
      ...properties.map((line) => `  ${line}`),
      '</script>',
    );
  }
  return lines.join('\n');
}
