import { isFutureVersion } from '@isp-kit/schemas';
import type { IspPlanErrorCode } from '../events/plan-error-event.js';
import { isPlainObject } from './plan-document.js';

/** The refusals a plan document itself can cause (the element adds its own, e.g. unknown template). */
export type PlanInputProblemCode = Extract<IspPlanErrorCode, 'plan-not-object' | 'template-mismatch' | 'unsupported-schema-version'>;

export interface PlanInputProblem {
  readonly code: PlanInputProblemCode;
  readonly reason: string;
}

/** A version this form can compare with its own: "1.0.0", "1", "v2.1", 2. */
const READABLE_VERSION = /^v?(?:0|[1-9][0-9]*)(?:\.[0-9]+){0,2}(?:[-+].*)?$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (array)';
  return `a ${typeof value}`;
}

/**
 * Why a plan cannot be shown for editing, or `undefined` when it can. Only problems that make
 * editing unsafe are refused here; wrong field values are left to validation, which shows them
 * next to their fields.
 */
export function checkPlanInput(
  plan: unknown,
  expectedTemplate: string | undefined,
  supportedVersion: string,
): PlanInputProblem | undefined {
  if (!isPlainObject(plan)) {
    return { code: 'plan-not-object', reason: `This plan cannot be shown: a plan must be a JSON object, but it is ${describe(plan)}.` };
  }
  try {
    JSON.stringify(plan);
  } catch (error) {
    // A cycle or a BigInt: it could be neither submitted nor saved, so it is not shown as a plan.
    return { code: 'plan-not-object', reason: `This plan cannot be shown: it is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const template = plan['template'];
  if (expectedTemplate !== undefined && template !== undefined && template !== expectedTemplate) {
    return {
      code: 'template-mismatch',
      reason: `This plan cannot be shown: it is a plan of the "${String(template)}" template, but this form is for "${expectedTemplate}".`,
    };
  }
  const version = plan['schemaVersion'];
  if (version !== undefined && !READABLE_VERSION.test(typeof version === 'string' || typeof version === 'number' ? String(version) : '')) {
    return {
      code: 'unsupported-schema-version',
      reason: `This plan cannot be shown: its schema version ${JSON.stringify(version)} is not a version number (such as ${supportedVersion}), so this form cannot tell whether it can read it.`,
    };
  }
  if (isFutureVersion(version)) {
    return {
      code: 'unsupported-schema-version',
      reason: `This plan cannot be shown: it was written for schema version ${String(version)}, newer than this form supports (${supportedVersion}). Update ISP Kit to open it.`,
    };
  }
  return undefined;
}
