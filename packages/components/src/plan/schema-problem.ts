import { toPointer } from './json-pointer.js';
import { propertiesOf } from './schema-keywords.js';
import type { ResolvedSchema, SchemaResolver } from './schema-resolver.js';

const jsonTypes = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

/**
 * Why a host's schema cannot be drawn, or `undefined`: a `type` that names no JSON type, or a
 * `$ref` that points at nothing or only back to itself, with where it is in the schema. Walks
 * the fields the form draws (properties and items), each schema once, so a tree comes to an end.
 */
export function schemaProblem(resolver: SchemaResolver): string | undefined {
  const seen = new Set<object>();
  const visit = ({ node, base, problem }: ResolvedSchema, at: string): string | undefined => {
    const where = at === '' ? '' : ` at ${at}`;
    if (problem) return `${where}: ${problem}`;
    if (seen.has(node)) return undefined;
    seen.add(node);
    const wrong = [node['type'] ?? []].flat().find((type) => !jsonTypes.has(type as string));
    if (wrong !== undefined) return `${where}: "type" ${JSON.stringify(wrong)} is not a JSON type`;
    for (const [name, child] of propertiesOf(node)) {
      const found = visit(resolver.resolve(child, base), `${at}/properties${toPointer([name])}`);
      if (found) return found;
    }
    return node['items'] === undefined ? undefined : visit(resolver.resolve(node['items'], base), `${at}/items`);
  };
  return visit(resolver.root(), '');
}
