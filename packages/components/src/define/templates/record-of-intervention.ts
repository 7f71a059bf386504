// <isp-plan> knowing the record-of-intervention template (and the common schema) only, so a bundler leaves
// the other seven schemas out. Other entries loaded on the page add their templates to the same
// registry (plan/template-registry.ts); define/isp-plan.js brings all eight.
import { recordOfInterventionSchema } from '@isp-kit/schemas';
import { IspPlan } from '../../plan/isp-plan.js';
import { registerTemplate } from '../../plan/template-registry.js';

registerTemplate('record-of-intervention', recordOfInterventionSchema);

// Guarded so loading this module beside another define module (or twice) does not throw.
if (!customElements.get('isp-plan')) customElements.define('isp-plan', IspPlan);

export { IspPlan };
