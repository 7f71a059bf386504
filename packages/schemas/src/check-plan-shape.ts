import { describeValue } from './describe-value.js';
import type { MessageCatalogue } from './messages/catalogue.js';
import type { PlanError } from './plan-error.js';
import { isFutureVersion, supportedVersions } from './schema-version.js';

/**
 * Problems that stop a plan from being validated field by field: it is not a JSON object,
 * or it was written for a newer major schema version than this package knows.
 */
export function checkPlanShape(plan: unknown, messages: MessageCatalogue): PlanError | undefined {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    return {
      pointer: '',
      field: 'Plan',
      code: 'not-an-object',
      message: messages['not-an-object']({ field: 'Plan', kind: 'section', found: describeValue(plan) }),
    };
  }
  const version = (plan as { schemaVersion?: unknown }).schemaVersion;
  if (isFutureVersion(version)) {
    return {
      pointer: '/schemaVersion',
      field: 'Schema version',
      code: 'unsupported-schema-version',
      message: messages['unsupported-schema-version']({
        field: 'Schema version',
        kind: 'text',
        version: String(version),
        supported: supportedVersions,
      }),
    };
  }
  return undefined;
}
