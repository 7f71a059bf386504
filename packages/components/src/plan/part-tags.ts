/**
 * Which domain element renders a value, by the name of the common `$defs` entry its schema
 * refers to. The one place to change when a part is added. A part is used only once its tag
 * is registered (its `define/<tag>.js` loaded); until then the generic renderer draws the
 * value, so any schema renders whether or not the parts are present.
 */
export const partTagByDef: Readonly<Record<string, string>> = {
  date: 'isp-date-input',
  smartTarget: 'isp-smart-target',
  signature: 'isp-signature',
  pupilVoice: 'isp-pupil-voice',
};

/** Arrays whose items are these `$defs` are edited as a whole by one part. */
export const partTagByItemDef: Readonly<Record<string, string>> = {
  interventionEntry: 'isp-intervention-log',
  amendment: 'isp-amendments',
};

/** The part the plan shows in its header (amendments come last, as the `amendments` list). */
export const reviewStatusTag = 'isp-review-status';

export const allPartTags: readonly string[] = [
  ...Object.values(partTagByDef),
  ...Object.values(partTagByItemDef),
  reviewStatusTag,
];
