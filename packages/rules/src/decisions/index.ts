export { type ChildSituation, type TemplateChoice, chooseTemplate } from './choose-template.js';
export { type NextStep, type ReviewFindings, type ReviewedTarget, nextStepsAfterReview } from './next-steps.js';
export { type NextCycleOptions, startNextCycle } from './start-next-cycle.js';
export {
  type CensusIssue,
  type CensusSenData,
  type SenNeedType,
  type SenProvision,
  checkCensus,
  senNeedTypeCodes,
  senProvisionCodes,
} from './census.js';
export { type SignOffIssue, type SignOffOptions, checkPlanForSignOff } from './sign-off.js';
export { type PlanFields, planFieldsOf, valuesAt } from './plan-fields.js';
export { type ReviewBasis, reviewBasisOf } from './review-basis.js';
