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
};

/** Parts the plan shows around the sections rather than for one field. */
export const reviewStatusTag = 'isp-review-status';
export const amendmentsTag = 'isp-amendments';

export const allPartTags: readonly string[] = [
  ...Object.values(partTagByDef),
  ...Object.values(partTagByItemDef),
  reviewStatusTag,
  amendmentsTag,
];
