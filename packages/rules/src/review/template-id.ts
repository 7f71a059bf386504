/**
 * The template ids (docs/architecture.md). Kept here so review timing does not pull the
 * schemas package (and its validators) into a browser bundle that only needs dates.
 */
export type TemplateId =
  | 'ey-individual-support-plan'
  | 'individual-provision-map'
  | 'record-of-intervention'
  | 'review-of-intervention'
  | 'inclusion-action-plan'
  | 'individual-support-plan'
  | 'inclusion-support-plan'
  | 'sen-support-plan';
