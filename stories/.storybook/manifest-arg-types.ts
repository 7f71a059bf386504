// The Controls panel and the docs tables of an element, read from the custom elements manifest.
// Replaces Storybook's own reading (@storybook/web-components `extractArgTypes`), which lists
// every private and static field, keys every kind of entry by its bare name so that a CSS part
// called `label` overwrites the `label` property, gives each entry a control (a CSS part, an
// event or a read-only getter too: setting one throws), lists no methods, and takes a page's
// introduction from `description` only, where most elements document themselves in `summary`.
type Json = Record<string, unknown>;

interface Entry { name: string; description?: string; type?: { text?: string }; default?: string }
interface Member extends Entry { kind?: string; privacy?: string; static?: boolean; readonly?: boolean; parameters?: Entry[]; return?: { type?: { text?: string } } }
interface Attribute extends Entry { fieldName?: string }
interface Declaration {
  tagName?: string; summary?: string; description?: string; members?: Member[]; attributes?: Attribute[];
  events?: Entry[]; slots?: Entry[]; cssParts?: Entry[]; cssProperties?: Entry[];
}

export interface ArgType {
  name: string;
  description?: string;
  control: { type: string } | { disable: true };
  table: { category: string; type?: { summary: string }; defaultValue?: { summary: string } };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function declarationOf(manifest: unknown, tagName: string): Declaration | undefined {
  const modules = isRecord(manifest) && Array.isArray(manifest.modules) ? manifest.modules : [];
  for (const module of modules) {
    const declarations = isRecord(module) && Array.isArray(module.declarations) ? (module.declarations as Declaration[]) : [];
    const found = declarations.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

const isPublic = (member: Member) => !member.static && (member.privacy ?? 'public') === 'public' && !/^[#_]/.test(member.name);

// `{ disable: true }`, not `false`: Storybook normalises `false` only in a story's own argTypes,
// and an un-normalised `false` shows a "Setup controls" link to storybook.js.org in its place.
const noControl = { disable: true } as const;

/** The control a story can use for a property of this type; an object editor for anything else. */
function controlFor(typeText: string | undefined): { type: string } {
  const types = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (types.length === 1 && ['string', 'boolean', 'number'].includes(types[0]!)) return { type: types[0] === 'string' ? 'text' : types[0]! };
  return { type: 'object' };
}

function row(entry: Entry, category: string, control: ArgType['control'], extra = ''): ArgType {
  const description = [entry.description, extra].filter(Boolean).join(' ');
  return {
    name: entry.name,
    ...(description ? { description } : {}),
    control,
    table: {
      category,
      ...(entry.type?.text ? { type: { summary: entry.type.text } } : {}),
      ...(entry.default !== undefined ? { defaultValue: { summary: entry.default } } : {}),
    },
  };
}

/** The argTypes of one element: keyed by what a story sets (the property), named as a page writes it. */
export function argTypesFor(manifest: unknown, tagName: string): Record<string, ArgType> | undefined {
  const element = declarationOf(manifest, tagName);
  if (!element) return undefined;
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute]));
  const members = (element.members ?? []).filter(isPublic);
  const args: Record<string, ArgType> = {};
  for (const field of members.filter((member) => (member.kind ?? 'field') === 'field')) {
    const attribute = attributeOf.get(field.name);
    const control = field.readonly ? noControl : controlFor(field.type?.text);
    args[field.name] = attribute
      ? row({ ...field, name: attribute.name }, 'attributes', control, attribute.name === field.name ? '' : `Property: \`${field.name}\`.`)
      : row(field, 'properties', control, field.readonly ? '(Read only.)' : '');
  }
  // Attributes with no public field of their own (rare): shown, and set as attributes by no story.
  for (const attribute of element.attributes ?? []) {
    if (!(attribute.fieldName ?? attribute.name) || members.some((member) => member.name === (attribute.fieldName ?? attribute.name))) continue;
    args[`attribute:${attribute.name}`] = row(attribute, 'attributes', noControl);
  }
  // Lifecycle callbacks (formResetCallback…) are public only so the browser can call them.
  for (const method of members.filter((member) => member.kind === 'method' && !/Callback$/.test(member.name))) {
    const parameters = (method.parameters ?? []).map((parameter) => parameter.name).join(', ');
    args[`method:${method.name}`] = row({ ...method, name: `${method.name}(${parameters})`, type: method.return?.type }, 'methods', noControl);
  }
  const lists: [string, string, Entry[] | undefined][] = [
    ['event', 'events', element.events],
    ['slot', 'slots', element.slots],
    ['part', 'css shadow parts', element.cssParts],
    ['css', 'css custom properties', element.cssProperties],
  ];
  for (const [prefix, category, entries] of lists) {
    for (const entry of entries ?? []) if (typeof entry.name === 'string') args[`${prefix}:${entry.name}`] = row(entry, category, noControl);
  }
  return args;
}

/** The introduction of an element's docs page: its summary, then its description. */
export function componentDescription(manifest: unknown, tagName: string): string | undefined {
  const element = declarationOf(manifest, tagName);
  if (!element) return undefined;
  return [element.summary, element.description].filter(Boolean).join('\n\n');
}
