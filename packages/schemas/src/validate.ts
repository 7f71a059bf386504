import { validateAsTemplate, validateByTemplate } from './dispatch.js';
import { templateValidators } from './generated/template-validators.js';
import type { ValidateOptions, ValidationResult } from './plan-error.js';
import type { TemplateId } from './template-ids.js';

/**
 * Validates a plan of any template, chosen by its `template` field. Never throws: a value
 * that is not a plan, an unknown template or a newer schema version is reported as an error.
 */
export function validate(plan: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateByTemplate(precompiled, plan, options);
}

/** Validates a plan against one template, whatever its `template` field says. */
export function validateTemplate(id: TemplateId, plan: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateAsTemplate(precompiled, id, plan, options);
}

function precompiled(id: TemplateId) {
  return templateValidators[id];
}
