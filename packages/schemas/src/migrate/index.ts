export { migratePlan } from './migrate-plan.js';
export { migrations } from './migrations.js';
export { renameField, updateAt, type PathStep } from './edit.js';
export type { Migration, MigrationResult, MigrateOptions, PlanObject } from './migration.js';
