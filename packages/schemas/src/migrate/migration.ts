import type { PlanError } from '../plan-error.js';
import type { MessageCatalogue } from '../messages/catalogue.js';
import type { TemplateId } from '../template-ids.js';

/** A plan as migrations see it: a JSON object whose fields are not known in advance. */
export type PlanObject = { readonly [field: string]: unknown };

/**
 * One step from plans of schema major `from` to major `to`. `migrate` must be pure: it
 * returns a new plan and never changes the one it is given, and it keeps every field it
 * does not rename or move (vendor `x-` fields and fields it does not know included), so a
 * vendor's data survives an upgrade. `migratePlan` sets `schemaVersion` itself.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Only plans of this template; `'all'` (the default) for every template. */
  readonly template?: TemplateId | 'all';
  /** What changed, in a sentence for a changelog or an upgrade log ("Rename child.fullName to child.name"). */
  readonly describe: string;
  readonly migrate: (plan: PlanObject) => PlanObject;
}

export type MigrationResult =
  | {
      /** The plan at the current schema version; the input itself when it already was. */
      readonly plan: PlanObject;
      /** `describe` of each migration applied, in order; empty when nothing changed. */
      readonly applied: readonly string[];
    }
  | { readonly error: PlanError };

export interface MigrateOptions {
  /** The migrations to use; this package's own by default (tests pass their own). */
  readonly migrations?: readonly Migration[];
  /** Messages in another language; English by default. */
  readonly messages?: MessageCatalogue;
}
