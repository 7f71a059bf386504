/** The eight support-plan templates, in the order the documentation lists them. */
export const templateIds = [
  'ey-individual-support-plan',
  'individual-provision-map',
  'record-of-intervention',
  'review-of-intervention',
  'inclusion-action-plan',
  'individual-support-plan',
  'inclusion-support-plan',
  'sen-support-plan',
] as const;

export type TemplateId = (typeof templateIds)[number];

const known: ReadonlySet<unknown> = new Set(templateIds);

export function isTemplateId(value: unknown): value is TemplateId {
  return known.has(value);
}

/** The `$id` a template's schema is published under. */
export function schemaIdOf(name: TemplateId | 'common'): string {
  return `https://isp-kit.org/schemas/v1/${name}.schema.json`;
}
