/** The schema version this package writes and reads. Plans of a newer major are refused. */
export const SCHEMA_VERSION = '1.0.0';

const [supportedMajor, supportedMinor] = SCHEMA_VERSION.split('.').map(Number) as [number, number];

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

/**
 * Whether `version` is a later minor release of the major this package reads ("1.3.0" when it
 * reads 1.0): such a plan may hold optional fields added since, which are its data, not mistakes.
 */
export function isNewerMinor(version: unknown): boolean {
  const parts = typeof version === 'string' ? /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[-+].*)?$/.exec(version) : null;
  return parts !== null && Number(parts[1]) === supportedMajor && Number(parts[2]) > supportedMinor;
}
