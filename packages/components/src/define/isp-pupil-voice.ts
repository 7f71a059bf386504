import './isp-date-input.js';
import { IspPupilVoice } from '../pupil-voice/isp-pupil-voice.js';

// Guarded so loading this module twice (two bundles on one page) does not throw.
if (!customElements.get('isp-pupil-voice')) customElements.define('isp-pupil-voice', IspPupilVoice);

export { IspPupilVoice };
