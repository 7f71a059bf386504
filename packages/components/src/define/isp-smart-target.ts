import { IspSmartTarget } from '../smart-target/isp-smart-target.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-smart-target')) customElements.define('isp-smart-target', IspSmartTarget);

export { IspSmartTarget };
