import { IspDateInput } from '../date-input/isp-date-input.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-date-input')) customElements.define('isp-date-input', IspDateInput);

export { IspDateInput };
