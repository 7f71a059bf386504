import { RuleInputError } from '../dates/rule-input-error.js';
import { showValue } from '../dates/show-value.js';
import type { TemplateId } from '../review/template-id.js';

/** What is known about a child when choosing a plan. Unknown facts may be left out. */
export type ChildSituation = {
  /** Preschool year or below (early years), or school age. */
  ageGroup?: 'preschool-or-below' | 'school-age';
  graduatedResponseLevel?: 'GR1' | 'GR2' | 'GR3' | 'GR4' | 'Exceptional';
  /** What outside specialist agencies have given: nothing yet, strategies only, or targets. */
  outsideAgencies?: 'none' | 'strategies' | 'targets';
  groupProvisionMapInPlace?: boolean;
  /** The key adults need strategies to support the child's behaviour. */
  behaviourStrategiesNeeded?: boolean;
  /** School: universal behaviour strategies have not been successful. */
  universalStrategiesNotSuccessful?: boolean;
  reducedTimetable?: boolean;
  reintegrationAfterExclusion?: boolean;
  /** School: the pupil is on the SEN register at SEN Support. */
  onSenRegister?: boolean;
  /** "Unless advised otherwise by the inclusion team / professional involved" (seed 000). */
  advisedTemplate?: TemplateId;
};

export type TemplateChoice = {
  /** `null` when no individual plan is needed (a group provision map covers the child). */
  template: TemplateId | null;
  reason: string;
  /** The seed document the reasoning comes from. */
  seed: string;
};

/**
 * Which template fits a child (seeds 000, 002, 003, 001, 004). The first rule that applies
 * wins, in this order: an inclusion team's advice; reduced timetable or reintegration
 * (Inclusion Support Plan); early years by agency involvement and GR level; behaviour;
 * then school-age plans.
 */
export function chooseTemplate(child: ChildSituation): TemplateChoice {
  if (typeof child !== 'object' || child === null || Array.isArray(child)) {
    throw new RuleInputError('invalid-field', 'child: expected an object describing the child', 'child');
  }
  checkOneOf(child.ageGroup, 'ageGroup', ['preschool-or-below', 'school-age']);
  checkOneOf(child.graduatedResponseLevel, 'graduatedResponseLevel', ['GR1', 'GR2', 'GR3', 'GR4', 'Exceptional']);
  checkOneOf(child.outsideAgencies, 'outsideAgencies', ['none', 'strategies', 'targets']);
  checkOneOf(child.advisedTemplate, 'advisedTemplate', planTemplates);
  for (const field of yesNoFacts) checkOneOf(child[field], field, [true, false]);
  if (child.advisedTemplate !== undefined) {
    return {
      template: child.advisedTemplate,
      reason: 'The inclusion team or the professional involved advised this plan, which takes precedence over the usual rules.',
      seed: '000',
    };
  }
  if (child.reducedTimetable || child.reintegrationAfterExclusion) {
    return {
      template: 'inclusion-support-plan',
      reason: `A pupil ${child.reducedTimetable ? 'on a reduced timetable' : 'reintegrating following an exclusion'} should have an Inclusion Support Plan to support their return to attending school full time.`,
      seed: '003',
    };
  }
  const gr2OrAbove = child.graduatedResponseLevel !== undefined && child.graduatedResponseLevel !== 'GR1';
  if (child.ageGroup === 'preschool-or-below' || (child.ageGroup === undefined && child.graduatedResponseLevel !== undefined)) {
    if (child.outsideAgencies === 'targets' || (gr2OrAbove && child.outsideAgencies !== 'strategies')) {
      return {
        template: 'individual-provision-map',
        reason:
          child.outsideAgencies === 'targets'
            ? 'The child is receiving support and targets from outside specialist agencies, so targets go on an individual provision map.'
            : `The child is at graduated response ${child.graduatedResponseLevel}, due to outside agency involvement, so an individual provision map (GR2 and above) is used.`,
        seed: '002',
      };
    }
    if (child.outsideAgencies === 'strategies') {
      return {
        template: 'ey-individual-support-plan',
        reason: 'The child is in their preschool year or below and only strategies, not targets, have been received from outside specialist agencies.',
        seed: '000',
      };
    }
    if (child.behaviourStrategiesNeeded) return behaviourPlan();
    if (child.groupProvisionMapInPlace) {
      return {
        template: null,
        reason: 'A group provision map is already in place for a child at GR1 with no outside agencies, so an individual support plan is not needed.',
        seed: '000',
      };
    }
    return {
      template: 'ey-individual-support-plan',
      reason: 'The child is in their preschool year or below at GR1 with no outside agencies involved yet: an individual support plan evidences the additional and/or different support.',
      seed: '000',
    };
  }
  // Seed 003: the plan is "for those pupils for whom the universal school based strategies
  // have not been successful", whether or not behaviour strategies were also asked for.
  if (child.universalStrategiesNotSuccessful) {
    return {
      template: 'inclusion-support-plan',
      reason: 'Universal school-based strategies have not been successful, so an Inclusion Support Plan coordinates the support of the pupil, family and professionals.',
      seed: '003',
    };
  }
  if (child.behaviourStrategiesNeeded) return behaviourPlan();
  if (child.outsideAgencies === 'targets') {
    return {
      template: 'individual-provision-map',
      reason: 'The pupil is receiving support and targets from outside specialist agencies, so the targets go on an individual provision map.',
      seed: '002',
    };
  }
  if (child.ageGroup === undefined) {
    throw new RuleInputError('missing-field', 'ageGroup: say whether the child is "preschool-or-below" or "school-age"', 'ageGroup');
  }
  if (child.onSenRegister) {
    return {
      template: 'sen-support-plan',
      reason: 'The pupil is on the SEN register at SEN Support: a SEN Support Plan records strengths and needs in each broad area, with pupil voice and SMART targets.',
      seed: '004',
    };
  }
  return {
    template: 'individual-support-plan',
    reason: "The pupil's rate of progress is causing concern: the class or subject teacher records termly Assess, Plan, Do, Review cycles on the Individual Support Plan before a SENCO consultation.",
    seed: '001',
  };
}

/** The templates that are a plan for one child (not the records or the whole-setting action plan). */
const planTemplates: readonly TemplateId[] = [
  'ey-individual-support-plan', 'individual-provision-map', 'individual-support-plan', 'inclusion-support-plan', 'sen-support-plan',
];
const yesNoFacts = [
  'groupProvisionMapInPlace', 'behaviourStrategiesNeeded', 'universalStrategiesNotSuccessful', 'reducedTimetable',
  'reintegrationAfterExclusion', 'onSenRegister',
] as const;

/** An unknown value is refused, not silently read as "not given" (or a string "no" as yes). */
function checkOneOf(value: unknown, field: string, allowed: readonly unknown[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new RuleInputError('invalid-field', `${field}: ${showValue(value)} is not one of ${allowed.join(', ')}`, field);
  }
}

function behaviourPlan(): TemplateChoice {
  return {
    template: 'ey-individual-support-plan',
    reason: "The key adults require strategies to support the child's behaviour (at any age): record them on the support plan and share them with parents.",
    seed: '000',
  };
}
