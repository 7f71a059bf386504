// A template's plan with its strings replaced by XSS payloads, each tagged with its field
// number so every field's text is unique and can be looked for on the page.
import type { TemplateId } from '@isp-kit/schemas';
import { stringFields, withStringAt, type StringField } from './schema-walk.js';
import { payloadFor } from './xss-payloads.js';

export interface HostilePlan {
  template: TemplateId;
  plan: unknown;
  /** The payload put in each string. */
  filled: { field: StringField; text: string }[];
}

/**
 * `fixture` with its free-text strings (`free-text`: the plan stays valid) or every string but
 * the two that say which form to use (`every`: dates, choices and ids too) made hostile.
 */
export function hostilePlan(template: TemplateId, fixture: unknown, firstField: number, which: 'free-text' | 'every'): HostilePlan {
  const keep = new Set(['/template', '/schemaVersion']);
  let plan = fixture;
  const filled: HostilePlan['filled'] = [];
  stringFields(template, fixture)
    .filter((field) => !keep.has(field.pointer) && (which === 'every' || field.freeText))
    .forEach((field, index) => {
      const text = payloadFor(firstField + index);
      plan = withStringAt(plan, field.path, text);
      filled.push({ field, text });
    });
  return { template, plan, filled };
}
