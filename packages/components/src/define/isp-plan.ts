import { IspPlan } from '../plan/isp-plan.js';
import { registerBuiltInTemplates } from '../plan/schema-source.js';

// All eight templates; define/templates/<id>.js registers just one, for pages that use one.
registerBuiltInTemplates();

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-plan')) customElements.define('isp-plan', IspPlan);

export { IspPlan };
