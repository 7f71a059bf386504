/** The schema version this package writes and reads. Plans of a newer major are refused. */
export const SCHEMA_VERSION = '1.0.0';

const supportedMajor = Number(SCHEMA_VERSION.split('.')[0]);

/**
 * Whether `version` names a newer major than this package reads: a semver string ("2.0.0"),
 * or a shorter spelling of one ("2", "2.0", "v2.1.0", the number 2). A plan from a newer major
 * is refused untouched, not checked field by field against a schema it was not written for.
 * Anything else (missing, malformed, older) is left to the schema to report.
 */
export function isFutureVersion(version: unknown): version is string | number {
  if (typeof version !== 'string' && typeof version !== 'number') return false;
  const major = /^v?(0|[1-9][0-9]*)(?:\.[0-9]+){0,2}(?:[-+].*)?$/.exec(String(version))?.[1];
  return major !== undefined && Number(major) > supportedMajor;
}

export const supportedVersions = `${supportedMajor}.x`;
