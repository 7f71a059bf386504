import { describeValue } from './describe-value.js';
import type { MessageCatalogue } from './messages/catalogue.js';
import { english } from './messages/en.js';
import type { PlanError, ValidateOptions, ValidationResult } from './plan-error.js';
import { checkPlanShape } from './check-plan-shape.js';
import { isTemplateId, templateIds, type TemplateId } from './template-ids.js';

/** Validates a plan against one template. */
export type TemplateValidator = (plan: unknown, options?: ValidateOptions) => ValidationResult;

/** The validator of a template, or undefined when this build has none for it. */
export type TemplateValidatorLookup = (id: TemplateId) => TemplateValidator | undefined;

// The dispatch on `template` shared by `validate` (precompiled validators) and
// `validateInterpreted` (the schema interpreter), so both refuse the same inputs in the same
// words whatever validates the fields.

/** `validate` with the template validators `lookup` gives. */
export function validateByTemplate(lookup: TemplateValidatorLookup, plan: unknown, options: ValidateOptions = {}): ValidationResult {
  const messages = options.messages ?? english;
  const shapeError = checkPlanShape(plan, messages);
  if (shapeError) return failed(shapeError);
  const template = (plan as { template?: unknown }).template;
  if (template === undefined) {
    return failed({
      pointer: '/template',
      field: 'Template',
      code: 'missing-template',
      message: messages['missing-template']({ field: 'Template', kind: 'choice', allowed: templateIds }),
    });
  }
  if (!isTemplateId(template)) return failed(unknownTemplate(template, messages));
  return validateAsTemplate(lookup, template, plan, options);
}

/** `validateTemplate` with the template validators `lookup` gives. */
export function validateAsTemplate(lookup: TemplateValidatorLookup, id: TemplateId, plan: unknown, options: ValidateOptions = {}): ValidationResult {
  const messages = options.messages ?? english;
  if (!isTemplateId(id)) return failed({ ...unknownTemplate(id, messages), pointer: '' });
  const validator = lookup(id);
  if (!validator) {
    return failed({
      pointer: '/template',
      field: 'Template',
      code: 'template-not-available',
      message: messages['template-not-available']({ field: 'Template', kind: 'choice', found: `"${id}"` }),
    });
  }
  return validator(plan, options);
}

function unknownTemplate(template: unknown, messages: MessageCatalogue): PlanError {
  const found = typeof template === 'string' ? `"${template}"` : describeValue(template);
  return {
    pointer: '/template',
    field: 'Template',
    code: 'unknown-template',
    message: messages['unknown-template']({ field: 'Template', kind: 'choice', found, allowed: templateIds }),
  };
}

function failed(error: PlanError): ValidationResult {
  return { valid: false, errors: [error] };
}
