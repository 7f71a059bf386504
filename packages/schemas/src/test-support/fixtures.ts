// Finds the schema files and fixtures on disk, so tests cover whatever templates exist.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { JsonSchemaObject } from '../json-schema.js';
import { templateIds, type TemplateId } from '../template-ids.js';

export const packageDir = fileURLToPath(new URL('../../', import.meta.url));
export const schemasDir = join(packageDir, 'schemas');
export const fixturesDir = join(packageDir, 'fixtures');

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export interface SchemaFile {
  readonly file: string;
  readonly schema: JsonSchemaObject;
}

export function schemaFiles(): SchemaFile[] {
  return readdirSync(schemasDir)
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: readJson(join(schemasDir, file)) as JsonSchemaObject }));
}

export interface Fixture {
  readonly template: TemplateId;
  readonly file: string;
  readonly path: string;
  readonly plan: unknown;
  /** Pointers `expected.json` lists for an invalid fixture; undefined for a valid one. */
  readonly expectedPointers?: readonly string[];
}

/** Every fixture of every template that has a fixture folder. */
export function fixtures(): Fixture[] {
  return templateIds.flatMap((template) => {
    const dir = join(fixturesDir, template);
    if (!existsSync(dir)) return [];
    const expectedPath = join(dir, 'expected.json');
    const expected = (existsSync(expectedPath) ? readJson(expectedPath) : {}) as Record<string, string[]>;
    return readdirSync(dir)
      .filter((file) => /^(valid|invalid)-.*\.json$/.test(file))
      .sort()
      .map((file): Fixture => ({
        template,
        file,
        path: join(dir, file),
        plan: readJson(join(dir, file)),
        ...(file.startsWith('invalid-') ? { expectedPointers: expected[file] ?? [] } : {}),
      }));
  });
}
