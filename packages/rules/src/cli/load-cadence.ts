import { RuleInputError } from '../dates/rule-input-error.js';
import { type CadenceOverride, cadenceFor, defaultCadence } from '../review/cadence.js';
import type { TemplateId } from '../review/template-id.js';
import { UsageError, readTextFile } from './cli-io.js';
import { reasonOf } from './json-files.js';

/**
 * Loads `--cadence file.json`: an authority's own table, e.g.
 * `{ "sen-support-plan": { "min": 4, "max": 6 } }`. Checked for every template up front, so a
 * bad table is one usage error rather than the same error on every record.
 */
export async function loadCadence(path: string): Promise<CadenceOverride> {
  let table: unknown;
  try {
    table = JSON.parse(await readTextFile(path));
  } catch (error) {
    throw new UsageError(`cannot read the cadence table ${path}: ${reasonOf(error)}`);
  }
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new UsageError(`cadence table ${path}: expected an object keyed by template id`);
  }
  const override = table as CadenceOverride;
  try {
    for (const template of Object.keys(defaultCadence) as TemplateId[]) cadenceFor(template, override);
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`cadence table ${path}: ${error.message}`);
    throw error;
  }
  return override;
}
