import { RuleInputError } from '../dates/rule-input-error.js';

/**
 * One Assess, Plan, Do, Review cycle of a school ISP, as the schema holds it
 * (`review.sufficientProgress`) or flattened (`sufficientProgress`); set at its review.
 */
export type ApdrCycle = {
  sufficientProgress?: boolean | undefined;
  review?: { sufficientProgress?: boolean | undefined; date?: string | undefined } | undefined;
};

export type ApdrAdvice = {
  /** Cycles that have been reviewed. */
  cyclesCompleted: number;
  /** Reviewed cycles in a row, up to the latest, without sufficient progress. */
  cyclesWithoutProgress: number;
  advice: 'continue-apdr' | 'consult-senco';
  message: string;
  /** Indexes of cycles whose review has a date but no verdict on sufficient progress. */
  cyclesWithoutVerdict: number[];
};

/**
 * Seed 001: teachers run "a minimum of 2 cycles of the APDR cycle before requesting a
 * formal consultation with the school SENCO"; "if after two terms / cycles … the child or
 * young person is not making sufficient progress", discuss with the SENCO, who "may consider
 * placing the child … on the school's SEN register at SEN Support". A cycle with
 * sufficient progress starts the count again. Pass a school ISP's
 * `section1.apdrCycles` in the order they ran.
 */
export function apdrAdvice(cycles: readonly ApdrCycle[]): ApdrAdvice {
  if (!Array.isArray(cycles)) throw new RuleInputError('invalid-field', 'cycles: expected an array of APDR cycles', 'cycles');
  let cyclesCompleted = 0;
  let cyclesWithoutProgress = 0;
  const cyclesWithoutVerdict: number[] = [];
  let unrecorded = '';
  cycles.forEach((cycle, index) => {
    if (typeof cycle !== 'object' || cycle === null) {
      throw new RuleInputError('invalid-field', `cycles[${index}]: expected an APDR cycle object, got ${cycle === null ? 'null' : typeof cycle}`, `cycles[${index}]`);
    }
    // A review that is not an object (a "no" typed in) would otherwise count as not yet held.
    if (cycle.review != null && (typeof cycle.review !== 'object' || Array.isArray(cycle.review))) {
      throw new RuleInputError('invalid-field', `cycles[${index}].review: expected an object { sufficientProgress, … }`, `cycles[${index}].review`);
    }
    const progress: unknown = cycle.sufficientProgress ?? cycle.review?.sufficientProgress;
    if (progress === undefined) {
      // A review held without a verdict would otherwise vanish from the count unseen.
      const date = cycle.review?.date;
      if (date != null && date !== '') {
        cyclesWithoutVerdict.push(index);
        unrecorded += ` APDR cycle ${index + 1} (cycles[${index}]) was reviewed on ${String(date)} without a verdict on sufficient progress: record it; this advice counts only cycles with one.`;
      }
      return;
    }
    if (typeof progress !== 'boolean') {
      const field = `cycles[${index}].${cycle?.sufficientProgress === undefined ? 'review.' : ''}sufficientProgress`;
      throw new RuleInputError('invalid-field', `${field}: expected true or false`, field);
    }
    cyclesCompleted += 1;
    cyclesWithoutProgress = progress ? 0 : cyclesWithoutProgress + 1;
  });
  if (cyclesWithoutProgress >= 2) {
    return {
      cyclesCompleted,
      cyclesWithoutProgress,
      advice: 'consult-senco',
      message: `${cyclesWithoutProgress} APDR cycles without sufficient progress: request a formal consultation with the SENCO to decide whether the pupil needs further support; the SENCO may consider placing the pupil on the SEN register at SEN Support.${unrecorded}`,
      cyclesWithoutVerdict,
    };
  }
  const message =
    cyclesCompleted < 2
      ? `${cyclesCompleted} of at least 2 APDR cycles completed: continue the termly cycle before requesting a formal SENCO consultation.`
      : cyclesWithoutProgress === 1
        ? 'The latest APDR cycle ended without sufficient progress: continue the termly cycle; if the next one also ends without sufficient progress, request a formal SENCO consultation.'
        : 'The pupil is making sufficient progress: continue the termly APDR cycle and review at the end of the term.';
  return { cyclesCompleted, cyclesWithoutProgress, advice: 'continue-apdr', message: message + unrecorded, cyclesWithoutVerdict };
}
