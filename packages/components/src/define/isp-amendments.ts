import { IspAmendments } from '../amendments/isp-amendments.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-amendments')) customElements.define('isp-amendments', IspAmendments);

export { IspAmendments };
