import './isp-date-input.js';
import { IspInterventionLog } from '../intervention-log/isp-intervention-log.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-intervention-log')) customElements.define('isp-intervention-log', IspInterventionLog);

export { IspInterventionLog };
