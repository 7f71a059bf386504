import { IspPlan } from '../plan/isp-plan.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-plan')) customElements.define('isp-plan', IspPlan);

export { IspPlan };
