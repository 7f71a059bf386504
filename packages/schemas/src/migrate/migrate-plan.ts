import { describeValue } from '../describe-value.js';
import { english } from '../messages/en.js';
import type { PlanError } from '../plan-error.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import type { MigrateOptions, Migration, MigrationResult, PlanObject } from './migration.js';
import { migrations as builtInMigrations } from './migrations.js';

const semver = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const field = 'Schema version';

/**
 * Brings a plan written for an older schema major up to this package's `SCHEMA_VERSION`,
 * applying each migration in turn and then setting `schemaVersion`. A plan already at the
 * current major comes back as it is (the same object) with nothing applied. Never throws:
 * a value that is not a plan, a missing or malformed `schemaVersion`, a newer major or an
 * old major with no migrations comes back as one `PlanError`.
 *
 * It does not validate: run `validate` on the result to check the plan itself.
 */
export function migratePlan(plan: unknown, options: MigrateOptions = {}): MigrationResult {
  return migratePlanTo(SCHEMA_VERSION, plan, options);
}

/**
 * `migratePlan` towards any version, so tests can prove a chain of several majors while
 * this package has only one. Not part of the public API.
 */
export function migratePlanTo(targetVersion: string, plan: unknown, options: MigrateOptions = {}): MigrationResult {
  const targetMajor = majorOf(targetVersion);
  if (targetMajor === undefined) throw new RangeError(`migratePlanTo: ${targetVersion} is not a semver version`);
  const messages = options.messages ?? english;
  const registry = options.migrations ?? builtInMigrations;
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    return failed({
      pointer: '',
      field: 'Plan',
      code: 'not-an-object',
      message: messages['not-an-object']({ field: 'Plan', kind: 'section', found: describeValue(plan) }),
    });
  }
  const start: PlanObject = plan as PlanObject;
  const version = start.schemaVersion;
  if (version === undefined) {
    return failed({ pointer: '/schemaVersion', field, code: 'required', message: messages.required({ field, kind: 'text' }) });
  }
  if (typeof version !== 'string') {
    return failed({
      pointer: '/schemaVersion',
      field,
      code: 'wrong-type',
      message: messages['wrong-type']({ field, kind: 'text', types: ['string'], found: describeValue(version) }),
    });
  }
  const major = majorOf(version);
  if (major === undefined) {
    return failed({
      pointer: '/schemaVersion',
      field,
      code: 'invalid-pattern',
      message: messages['invalid-pattern']({ field, kind: 'text', example: `"${targetVersion}"` }),
    });
  }
  if (major > targetMajor) {
    return failed({
      pointer: '/schemaVersion',
      field,
      code: 'unsupported-schema-version',
      message: messages['unsupported-schema-version']({ field, kind: 'text', version, supported: `${targetMajor}.x` }),
    });
  }
  if (major === targetMajor) return { plan: start, applied: [] };

  const template = start.template;
  let current = start;
  let at = major;
  const applied: string[] = [];
  while (at < targetMajor) {
    const step = stepFrom(registry, at, targetMajor, template);
    if (step === undefined) return failed(noMigrationPath(version, at, targetMajor));
    for (const migration of step.migrations) {
      current = migration.migrate(current);
      applied.push(migration.describe);
    }
    at = step.to;
    // Each step leaves a plan of its own major, so the next step's migrations (and any
    // `schemaVersion` check in them) see the version they were written for.
    current = { ...current, schemaVersion: at === targetMajor ? targetVersion : `${at}.0.0` };
  }
  return { plan: current, applied };
}

/**
 * Where plans of major `from` go next, and the migrations on the way that apply to
 * `template` (those for every template and those for this one, in registry order). A major
 * that changed other templates only is still a step for this one, with nothing to apply.
 * Steps that do not move forward, go past the target major or disagree with the first on
 * where they lead are left out, so the loop always ends; migrations.test.ts keeps the
 * registry free of them.
 */
function stepFrom(
  registry: readonly Migration[],
  from: number,
  last: number,
  template: unknown,
): { readonly to: number; readonly migrations: readonly Migration[] } | undefined {
  const to = registry.find(
    (migration) => migration.from === from && migration.to > from && migration.to <= last,
  )?.to;
  if (to === undefined) return undefined;
  const migrations = registry.filter(
    (migration) =>
      migration.from === from &&
      migration.to === to &&
      (migration.template === undefined || migration.template === 'all' || migration.template === template),
  );
  return { to, migrations };
}

function majorOf(version: string): number | undefined {
  const major = semver.exec(version)?.[1];
  return major === undefined ? undefined : Number(major);
}

function noMigrationPath(version: string, major: number, targetMajor: number): PlanError {
  return {
    pointer: '/schemaVersion',
    field,
    code: 'no-migration-path',
    message: `This plan uses schema version ${version}, and this version of ISP Kit has no way to bring ${major}.x plans up to ${targetMajor}.x`,
  };
}

function failed(error: PlanError): MigrationResult {
  return { error };
}
