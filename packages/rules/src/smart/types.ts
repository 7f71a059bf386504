/** The seven elements of a SMART target, in the order SMART.md lists them. */
export const smartElements = [
  'who',
  'observableAction',
  'conditions',
  'criterion',
  'timeBound',
  'positive',
  'clearLanguage',
] as const;

export type SmartElement = (typeof smartElements)[number];

/** A stretch of the original text, as character offsets, so a UI can highlight it. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ElementResult {
  ok: boolean;
  /** Names the verdict, e.g. `who.named` or `timeBound.frequency-only`; keys the message catalogue. */
  code: string;
  evidence: Evidence[];
  /** Present only when the element fails. */
  message?: string;
  /** Present only when the element fails: how to fix it. */
  suggestion?: string;
}

export interface SmartCheck {
  smart: boolean;
  elements: Record<SmartElement, ElementResult>;
}

export interface SmartCheckOptions {
  /** The pupil's name; any of its parts (first name is enough) counts as naming the pupil. */
  pupilName?: string;
  /** BCP 47 tag such as `en-GB`; picks a message catalogue, falling back to English. */
  locale?: string;
}

/** What one element rule decides, before messages are attached. */
export interface Verdict {
  ok: boolean;
  code: string;
  evidence: Evidence[];
}
