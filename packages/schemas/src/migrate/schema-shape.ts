import { isSchemaObject, type JsonSchemaObject } from '../json-schema.js';
import { SchemaRegistry } from '../schema-registry.js';

/**
 * The parts of a template that decide whether old plans still fit: every property path a
 * plan may fill and every path it must fill. `[]` stands for the items of a list, so
 * `targets[]/id` is the `id` of every target. Vendor `x-` fields are not listed: they are
 * always allowed.
 */
export interface TemplateShape {
  readonly properties: readonly string[];
  readonly required: readonly string[];
}

/** The shape of each template, by template id, with `$ref`s into shared schemas followed. */
export function schemaShapes(
  templates: Readonly<Record<string, JsonSchemaObject>>,
  shared: readonly JsonSchemaObject[],
): Record<string, TemplateShape> {
  const registry = new SchemaRegistry([...shared, ...Object.values(templates)]);
  const shapes: Record<string, TemplateShape> = {};
  for (const id of Object.keys(templates).sort()) {
    const template = templates[id];
    if (!template) continue;
    const properties = new Set<string>();
    const required = new Set<string>();
    walk(template, String(template.$id ?? ''), '', { registry, properties, required, seen: new Set() });
    shapes[id] = { properties: [...properties].sort(), required: [...required].sort() };
  }
  return shapes;
}

interface Walk {
  readonly registry: SchemaRegistry;
  readonly properties: Set<string>;
  readonly required: Set<string>;
  /** `$ref`s being followed on this path, so a recursive definition ends. */
  readonly seen: ReadonlySet<string>;
}

function walk(schema: unknown, base: string, path: string, state: Walk): void {
  if (!isSchemaObject(schema)) return;
  const join = (name: string) => (path === '' ? name : `${path}/${name}`);
  if (typeof schema.$ref === 'string') {
    const target = state.registry.resolve(schema.$ref, base);
    const key = target ? `${target.base} ${schema.$ref}` : '';
    if (target && !state.seen.has(key)) {
      walk(target.schema, target.base, path, { ...state, seen: new Set([...state.seen, key]) });
    }
  }
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) if (typeof name === 'string') state.required.add(join(name));
  }
  if (isSchemaObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      state.properties.add(join(name));
      walk(sub, base, join(name), state);
    }
  }
  walk(schema.items, base, `${path}[]`, state);
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[keyword];
    if (Array.isArray(list)) for (const sub of list) walk(sub, base, path, state);
  }
}
