// Turns packages/components/custom-elements.json into the two files editors read for
// completion and hover docs of <isp-*> tags in plain HTML:
//   packages/components/vscode.html-custom-data.json  (VS Code "html.customData")
//   packages/components/web-types.json                (JetBrains IDEs, named by package.json "web-types")
// Both come from the one manifest, so an element's JSDoc is the only place its docs are written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every custom element declaration in a manifest, with the module path it is declared in. */
export function customElementsOf(manifest) {
  const elements = [];
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ ...declaration, modulePath: module.path });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `'edit' | 'view' | 'print'` → ['edit', 'view', 'print']; anything else (an alias, `string`) → []. */
export function literalValues(typeText) {
  if (typeof typeText !== 'string') return [];
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  const literals = parts.map((part) => /^(['"])(.*)\1$/.exec(part)?.[2]);
  return literals.every((value) => value !== undefined) ? literals : [];
}

function describe(element) {
  return [element.summary, element.description].filter(Boolean).join('\n\n').trim();
}

/** An attribute's name and description, and its allowed values when its type is a union of literals. */
function describeAttribute(attribute) {
  const base = { name: attribute.name, ...(attribute.description ? { description: attribute.description } : {}) };
  return { base, values: literalValues(attribute.type?.text) };
}

/** The VS Code custom data format (version 1.1). */
export function toVsCodeData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: customElementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: describe(element),
      attributes: (element.attributes ?? []).map((attribute) => {
        const { base, values } = describeAttribute(attribute);
        return { ...base, ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}) };
      }),
    })),
  };
}

/** The JetBrains web-types format (schema version 2). */
export function toWebTypes(manifest, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: customElementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: describe(element),
          attributes: (element.attributes ?? []).map((attribute) => {
            const { base, values } = describeAttribute(attribute);
            return {
              ...base,
              value: values.length > 0
                ? { type: 'enum', kind: 'plain' }
                : { type: attribute.type?.text ?? 'string', kind: 'expression' },
              ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
            };
          }),
          events: (element.events ?? []).filter((event) => event.name).map((event) => ({
            name: event.name,
            ...(event.description ? { description: event.description } : {}),
          })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
              .map((member) => ({ name: member.name, ...(member.description ? { description: member.description } : {}), type: member.type?.text ?? 'unknown' })),
            events: (element.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
        })),
      },
    },
  };
}

function main() {
  const packageDir = fileURLToPath(new URL('../packages/components/', import.meta.url));
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${packageDir}custom-elements.json`, 'utf8'));
  } catch (error) {
    console.error(`editor-data: cannot read packages/components/custom-elements.json (${error.message}). Run: npx cem analyze --litelement --config custom-elements-manifest.config.mjs`);
    process.exit(1);
  }
  const pkg = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8'));
  writeFileSync(`${packageDir}vscode.html-custom-data.json`, `${JSON.stringify(toVsCodeData(manifest), null, 2)}\n`);
  writeFileSync(`${packageDir}web-types.json`, `${JSON.stringify(toWebTypes(manifest, pkg), null, 2)}\n`);
  console.log(`editor-data: ${customElementsOf(manifest).length} elements → vscode.html-custom-data.json, web-types.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
