import { IspReviewStatus } from '../review-status/isp-review-status.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-review-status')) customElements.define('isp-review-status', IspReviewStatus);

export { IspReviewStatus };
