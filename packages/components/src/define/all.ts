// Registers every element. The parts come first so <isp-plan> finds them on its first render.
import './isp-date-input.js';
import './isp-signature.js';
import './isp-review-status.js';
import './isp-plan.js';
