import { svg, type SVGTemplateResult } from 'lit';

/** Feeling cards a pupil can choose; `id` is what `pupilVoice.symbols` stores. */
export const feelings = [
  { id: 'happy', word: 'Happy' },
  { id: 'okay', word: 'OK' },
  { id: 'sad', word: 'Sad' },
  { id: 'worried', word: 'Worried' },
  { id: 'cross', word: 'Cross' },
] as const;

export type FeelingId = (typeof feelings)[number]['id'];

const mouths: Record<FeelingId, string> = {
  happy: 'M14 27 Q24 37 34 27',
  okay: 'M15 30 L33 30',
  sad: 'M14 33 Q24 24 34 33',
  worried: 'M14 32 Q19 28 24 32 Q29 36 34 32',
  cross: 'M15 32 Q24 27 33 32',
};

/** A simple face, decorative: the word beside it carries the meaning. */
export function face(id: FeelingId): SVGTemplateResult {
  const brows = id === 'cross'
    ? svg`<path d="M12 14 L20 17 M36 14 L28 17" class="stroke" />`
    : id === 'worried' ? svg`<path d="M12 16 L20 13 M36 16 L28 13" class="stroke" />` : svg``;
  return svg`<svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21" class="face" />
    ${brows}
    <circle cx="17" cy="20" r="2.5" class="eye" />
    <circle cx="31" cy="20" r="2.5" class="eye" />
    <path d=${mouths[id]} class="stroke" />
  </svg>`;
}
