// The public API of @isp-kit/components: classes, events and tokens. Importing this registers
// nothing; import `@isp-kit/components/define/<tag>.js` (or load `isp-kit.js`) to define tags.
export { IspPlan } from './plan/isp-plan.js';
// For a page that defines IspPlan under a tag of its own: the templates it should know.
export { registerBuiltInTemplates } from './plan/schema-source.js';
export { registerTemplate } from './plan/template-registry.js';
export type { PlanMode } from './plan/render-context.js';
export type { PlanDocument } from './plan/plan-document.js';
export type { PlanValidator, ValidationResult, FieldError } from './plan/plan-validation.js';
export { partTagByDef, partTagByItemDef } from './plan/part-tags.js';
export { IspPlanChangeEvent } from './events/plan-change-event.js';
export { IspPlanErrorEvent, type IspPlanErrorCode } from './events/plan-error-event.js';
export { tokenDefaults, type TokenName } from './styles/tokens.js';
export { fieldStyles } from './styles/field-styles.js';
export { IspDateInput } from './date-input/isp-date-input.js';
export { IspSignature } from './signature/isp-signature.js';
export { IspReviewStatus } from './review-status/isp-review-status.js';
export { IspSmartTarget } from './smart-target/isp-smart-target.js';
export { IspPupilVoice } from './pupil-voice/isp-pupil-voice.js';
export { IspInterventionLog } from './intervention-log/isp-intervention-log.js';
export { IspAmendments } from './amendments/isp-amendments.js';
export { recordAmendment, AmendmentError, type AmendmentInput } from './amendments/record-amendment.js';
