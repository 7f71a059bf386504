// Seeded random changes to valid plans, for tests that compare two validators: each change
// is the kind of mistake a person, an old export or a careless vendor makes (a field deleted,
// a wrong type, a date that does not exist, a value outside a list, an unknown field), placed
// anywhere in the plan, including fields the plan does not have yet (found from the schema).
import { isSchemaObject, type JsonSchemaObject } from '../json-schema.js';
import { schemasAt } from '../schema-at-pointer.js';
import { SchemaRegistry } from '../schema-registry.js';
import { templateIds } from '../template-ids.js';

/** A small fast PRNG (mulberry32): the same seed gives the same mutations on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Tokens = readonly (string | number)[];

const wrongTypes: readonly Json[] = [null, true, false, 0, 1, 2, -1, 1.5, '', 'text', [], {}, ['a'], [1, 'a'], { a: 1 }, [[]], [{}]];
const badStrings: readonly string[] = [
  // dates: impossible, malformed, with a time, a real leap day and an unreal one
  '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2023-02-29', '2024-02-29', '2026-1-1', '26-01-01',
  '2026-01-01T00:00:00Z', '2026/01/01', ' 2026-01-01',
  // values from lists, in the wrong place or the wrong case
  'maybe', 'Draft', 'draft', 'agreed', 'closed', 'yes', 'no', 'partly', 'parent', 'pupil', 'setting', 'professional',
  // patterns and lengths: empty, blank, versions, pointers, astral characters
  '', ' ', 'x', '1', '1.0', '1.0.0', '1.2.3', '2.0.0', '01.0.0', '1.0.0-beta', 'v1.0.0',
  '/', '/a/b', 'a/b', '/~2', '/~0/~1', '😀', '\u{d800}',
  ...templateIds, 'individual-provision-plan',
];
const extraKeys: readonly string[] = ['unknownField', 'keyWorker', 'Name', '', 'a/b', 'til~de', 'x-vendor', 'x-', 'X-upper', 'xvendor'];

/** A changed copy of `plan` (1 to 4 changes), and what was done, for a failure message. */
export function mutatePlan(plan: unknown, schema: JsonSchemaObject, related: readonly JsonSchemaObject[], random: () => number): { plan: unknown; changes: string[] } {
  const copy = structuredClone(plan) as Json;
  const registry = new SchemaRegistry([...related, schema]);
  const root = { schema, base: typeof schema.$id === 'string' ? schema.$id : 'urn:isp-kit:schema' };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const changes: string[] = [];
  let document: Json = copy;
  const count = 1 + Math.floor(random() * random() * 4);
  for (let done = 0; done < count; done++) {
    const places = nodes(document);
    const [tokens, value] = pick(places);
    const kind = pick(['delete', 'type', 'string', 'string', 'number', 'extra', 'schemaField', 'schemaField', 'rows', 'top'] as const);
    const say = (what: string) => changes.push(`${kind} at /${tokens.join('/')}: ${what}`);
    switch (kind) {
      case 'delete': {
        if (tokens.length === 0) break;
        const parent = at(document, tokens.slice(0, -1));
        const key = tokens.at(-1) as string | number;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (isObject(parent)) delete parent[key as string];
        say('removed');
        break;
      }
      case 'type': {
        const next = pick(wrongTypes);
        document = replace(document, tokens, structuredClone(next));
        say(JSON.stringify(next));
        break;
      }
      case 'string': {
        const strings = places.filter(([, each]) => typeof each === 'string');
        const leaf = strings.length === 0 ? ([tokens, value] as const) : pick(strings);
        const next = pick(badStrings);
        document = replace(document, leaf[0], next);
        say(`${JSON.stringify(next)} at /${leaf[0].join('/')}`);
        break;
      }
      case 'number': {
        const numbers = places.filter(([, each]) => typeof each === 'number');
        if (numbers.length === 0) break;
        const [numberTokens] = pick(numbers);
        const next = pick([0, -1, 1, 0.5, 1.5, -0, 1e21, 2 ** 53]);
        document = replace(document, numberTokens, next);
        say(`${next} at /${numberTokens.join('/')}`);
        break;
      }
      case 'extra': {
        const objects = places.filter(([, each]) => isObject(each));
        if (objects.length === 0) break;
        const [objectTokens, object] = pick(objects);
        const key = pick(extraKeys);
        (object as Record<string, Json>)[key] = structuredClone(pick(wrongTypes));
        say(`added ${JSON.stringify(key)} to /${objectTokens.join('/')}`);
        break;
      }
      case 'schemaField': {
        // A field the schema has at an object of the plan, set to a likely-wrong value.
        const objects = places.filter(([, each]) => isObject(each));
        if (objects.length === 0) break;
        const [objectTokens, object] = pick(objects);
        const names = schemasAt(registry, root, objectTokens.map(String)).flatMap((each) => (isSchemaObject(each.properties) ? Object.keys(each.properties) : []));
        if (names.length === 0) break;
        const name = pick(names);
        const next = random() < 0.5 ? pick(badStrings) : structuredClone(pick(wrongTypes));
        (object as Record<string, Json>)[name] = next;
        say(`${name} = ${JSON.stringify(next)} at /${objectTokens.join('/')}`);
        break;
      }
      case 'rows': {
        // Lists: a copy of a row with a change inside, a list of lists, a wrong item.
        const lists = places.filter(([, each]) => Array.isArray(each));
        if (lists.length === 0) break;
        const [listTokens, list] = pick(lists);
        const rows = list as Json[];
        const choice = random();
        if (choice < 0.4 && rows.length > 0) {
          const row = structuredClone(pick(rows));
          const inner = nodes(row);
          const [innerTokens] = pick(inner);
          rows.push(innerTokens.length === 0 ? row : replace(row, innerTokens, structuredClone(pick([...wrongTypes, ...badStrings]))));
          say(`copied a row into /${listTokens.join('/')} and changed /${innerTokens.join('/')}`);
        } else if (choice < 0.7) {
          rows.push([structuredClone(rows[0] ?? null), []] as Json);
          say(`pushed a nested list into /${listTokens.join('/')}`);
        } else {
          rows.unshift(structuredClone(pick(wrongTypes)));
          say(`put a wrong item first in /${listTokens.join('/')}`);
        }
        break;
      }
      case 'top': {
        if (!isObject(document)) break;
        const field = pick(['template', 'schemaVersion', 'status'] as const);
        const next = random() < 0.2 ? undefined : random() < 0.7 ? pick(badStrings) : structuredClone(pick(wrongTypes));
        if (next === undefined) delete document[field];
        else document[field] = next;
        say(`${field} = ${JSON.stringify(next)}`);
        break;
      }
    }
  }
  return { plan: document, changes };
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every node of the document with its tokens, the root first. */
function nodes(document: Json): [Tokens, Json][] {
  const found: [Tokens, Json][] = [];
  const walk = (value: Json, tokens: Tokens) => {
    found.push([tokens, value]);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...tokens, index]));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) walk(item, [...tokens, key]);
  };
  walk(document, []);
  return found;
}

function at(document: Json, tokens: Tokens): Json | undefined {
  let node: Json | undefined = document;
  for (const token of tokens) node = (node as Record<string | number, Json> | undefined)?.[token];
  return node;
}

function replace(document: Json, tokens: Tokens, value: Json): Json {
  if (tokens.length === 0) return value;
  const parent = at(document, tokens.slice(0, -1)) as Record<string | number, Json>;
  parent[tokens.at(-1) as string | number] = value;
  return document;
}
