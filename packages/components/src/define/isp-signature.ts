import './isp-date-input.js';
import { IspSignature } from '../signature/isp-signature.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-signature')) customElements.define('isp-signature', IspSignature);

export { IspSignature };
