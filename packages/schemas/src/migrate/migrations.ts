import type { Migration } from './migration.js';

/**
 * Every migration between schema majors, oldest first. The schemas are at 1.x and there has
 * been no earlier major, so there is nothing to migrate yet.
 *
 * A schema change that removes or renames a field, or makes one required, is a major change:
 * bump `SCHEMA_VERSION` (src/schema-version.ts) and the schemas' `$id`s and `schemaVersion`
 * pattern, then add one entry here taking plans from the old major to the new one, e.g.
 *
 *   {
 *     from: 1,
 *     to: 2,
 *     template: 'individual-provision-map',
 *     describe: 'Rename planDetails.keyPerson to planDetails.keyWorker',
 *     migrate: (plan) => renameField(plan, ['planDetails', 'keyPerson'], 'keyWorker'),
 *   },
 *
 * and regenerate the shape snapshot for the new major (see breaking-change.test.ts).
 */
export const migrations: readonly Migration[] = [];
