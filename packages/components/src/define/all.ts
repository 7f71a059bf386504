// Registers every element. The parts come first so <isp-plan> finds them on its first render.
import './isp-date-input.js';
import './isp-signature.js';
import './isp-smart-target.js';
import './isp-pupil-voice.js';
import './isp-intervention-log.js';
import './isp-review-status.js';
import './isp-amendments.js';
import './isp-plan.js';
