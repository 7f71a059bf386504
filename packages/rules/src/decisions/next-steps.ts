import { RuleInputError } from '../dates/rule-input-error.js';

export type ReviewedTarget = { targetId: string; achieved?: 'yes' | 'partly' | 'no' | undefined };

/**
 * What a review found: the `review` shape of the schemas (or a minutes-of-review document
 * holding one under `review`) plus what is known of the agency's report.
 */
export type ReviewFindings = {
  targetsReviewed?: readonly ReviewedTarget[];
  /** The setting has the outside agency's report; `false` adds the step to ask for it. */
  agencyReportReceived?: boolean;
};

export type NextStep = {
  code: 'revisit-targets' | 'record-outcomes' | 'next-step-targets' | 'request-new-observation' | 'request-agency-report' | 'agree-new-targets';
  action: string;
  reason: string;
  /** The targets the step is about, when it is about some. */
  targetIds?: string[];
};

/**
 * The verdicts of a review (`targetsReviewed`, or a minutes-of-review document's
 * `review.targetsReviewed`), each checked: a verdict naming no target, or one that is not
 * yes/partly/no, is refused naming it (`prefix` names the argument in the path).
 */
export function targetsReviewedOf(review: object, prefix = ''): readonly ReviewedTarget[] {
  // A minutes-of-review document holds the review itself under `review`.
  const inner = (review as { review?: unknown }).review;
  const minutes = inner != null;
  const where = `${prefix}${minutes ? 'review.' : ''}targetsReviewed`;
  const fail = (path: string, expected: string) => {
    throw new RuleInputError('invalid-field', `${path}: expected ${expected}`, path);
  };
  // A `review` that is a list or text would hide the verdicts (or drop those given beside it).
  if (minutes && (typeof inner !== 'object' || Array.isArray(inner))) fail(`${prefix}review`, 'the review itself: { targetsReviewed, … }');
  const targets = ((minutes ? inner : review) as ReviewFindings).targetsReviewed ?? [];
  if (!Array.isArray(targets)) fail(where, 'a list of { targetId, achieved }');
  targets.forEach((target, index) => {
    const path = `${where}[${index}]`;
    if (typeof target !== 'object' || target === null) fail(path, '{ targetId, achieved }');
    if (typeof target.targetId !== 'string' || target.targetId === '') fail(`${path}.targetId`, 'the id of the target reviewed');
    if (target.achieved !== undefined && !['yes', 'partly', 'no'].includes(target.achieved)) fail(`${path}.achieved`, '"yes", "partly" or "no"');
  });
  return targets;
}

/**
 * What to do after a review (seeds 000 and 002), in the order to do it. Targets partly
 * achieved count as not achieved: they are revisited and adapted.
 */
export function nextStepsAfterReview(review: ReviewFindings): NextStep[] {
  if (typeof review !== 'object' || review === null || Array.isArray(review)) {
    throw new RuleInputError('invalid-field', 'review: expected an object with targetsReviewed', 'review');
  }
  const targets = targetsReviewedOf(review);
  if (review.agencyReportReceived !== undefined && typeof review.agencyReportReceived !== 'boolean') {
    throw new RuleInputError('invalid-field', 'agencyReportReceived: expected true or false', 'agencyReportReceived');
  }
  // One verdict per target: a target listed again (a corrected row) takes its last verdict,
  // as startNextCycle reads the review, so the two never disagree about what is carried.
  const verdicts = new Map(targets.map((t) => [t.targetId, t.achieved]));
  const ids = (wanted: (achieved: unknown) => boolean) => [...verdicts].filter(([, achieved]) => wanted(achieved)).map(([id]) => id);
  const notAchieved = ids((a) => a === 'no' || a === 'partly');
  const achieved = ids((a) => a === 'yes');
  const unrecorded = ids((a) => a !== 'yes' && a !== 'no' && a !== 'partly');
  const steps: NextStep[] = [];

  if (review.agencyReportReceived === false) {
    steps.push({
      code: 'request-agency-report',
      action: 'Contact the specialist agency, with consent from parents, to ask for a copy of their report; or ask the parents for a copy.',
      reason: 'A report has not been received from the outside agency, and next-step targets come from it (seeds 000, 002).',
    });
  }
  if (unrecorded.length > 0) {
    steps.push({
      code: 'record-outcomes',
      action: `Record whether each target was achieved (yes, partly or no): ${unrecorded.join(', ')}.`,
      reason: 'Next steps depend on whether each target was achieved.',
      targetIds: unrecorded,
    });
  }
  if (notAchieved.length > 0) {
    steps.push({
      code: 'revisit-targets',
      action: `Revisit and adapt ${notAchieved.length === 1 ? 'this target to make it' : 'these targets to make them'} achievable: ${notAchieved.join(', ')}.`,
      reason: 'When a child has not achieved the targets set, practitioners revisit and adapt them, referring to the Early Support tracking documents or the outside agency report for next steps (seeds 000, 002).',
      targetIds: notAchieved,
    });
  }
  if (achieved.length > 0 && notAchieved.length === 0 && unrecorded.length === 0) {
    steps.push({
      code: 'request-new-observation',
      action: 'Refer to the specialist report for next-step targets, and contact the specialist agency to request a new observation of the child and a report for developmental support.',
      reason: 'All targets have been achieved (seeds 000, 002).',
      targetIds: achieved,
    });
  } else if (achieved.length > 0) {
    steps.push({
      code: 'next-step-targets',
      action: `Refer to the specialist report for next-step targets for ${achieved.join(', ')}.`,
      reason: 'When a child has achieved a target, the specialist report gives the next step (seeds 000, 002).',
      targetIds: achieved,
    });
  }
  steps.push({
    code: 'agree-new-targets',
    action: 'Set new targets in consultation with parents/carers and start the assess, plan, do, review cycle again; give parents updated copies and discuss how the targets are supported at home.',
    reason: 'The outcome of a review of intervention meeting (seed 002).',
  });
  return steps;
}
