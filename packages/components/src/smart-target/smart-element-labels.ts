import type { SmartElement } from '@isp-kit/rules';

/** How the checklist names each of the seven elements (SMART.md), in plain words. */
export const smartElementLabels: Record<SmartElement, { name: string; short: string }> = {
  who: { name: "Who: the pupil's name", short: 'who' },
  observableAction: { name: 'Does what: something you can see or count', short: 'does what' },
  conditions: { name: 'Under what conditions: support, materials or situation', short: 'conditions' },
  criterion: { name: 'To what degree: how well or how often', short: 'how well' },
  timeBound: { name: 'By when', short: 'by when' },
  positive: { name: 'Positive: says what the pupil will do', short: 'positive wording' },
  clearLanguage: { name: 'Clear language: everyone reads it the same way', short: 'clear language' },
};
