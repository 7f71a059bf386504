/** The schema version this package writes and reads. Plans of a newer major are refused. */
export const SCHEMA_VERSION = '1.0.0';

const supportedMajor = Number(SCHEMA_VERSION.split('.')[0]);

/**
 * Whether `version` is a semver string whose major is newer than this package reads.
 * Anything else (missing, malformed, older) is left to the schema to report.
 */
export function isFutureVersion(version: unknown): version is string {
  if (typeof version !== 'string') return false;
  const major = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:[-+].*)?$/.exec(version)?.[1];
  return major !== undefined && Number(major) > supportedMajor;
}

export const supportedVersions = `${supportedMajor}.x`;
