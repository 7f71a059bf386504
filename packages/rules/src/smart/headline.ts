// Finds the commitment's headline verb: the first verb after the main modal
// ("Amir will …", "Ruby can …", "Sam to …"), skipping negation, adverbs and
// "be able to"-style wrappers. Both the action check and the positive check start here.

const MODAL = /\b(?:will|won['’]t|can|shall|should|must|would|is able to|are able to)\b|['’]ll\b/gi;
const TO = /\bto\b/gi;
// Words between the modal and the verb that do not change what is being done (sticky: tried
// only at the current position, so the scan stays linear).
const WRAPPER =
  /\s*(?:not|never|no longer|now|then|also|still|always|again|just|really|(?:be )?(?:able|supported|encouraged|helped|expected|prompted|given the chance) to|begin to|start to|continue to|try to|attempt to|aim to|have a go at|have the (?:confidence|opportunity|chance) to|(?!(?:apply|reply|rely|fly|supply|multiply|tally|comply)\b)\p{L}+ly)(?![\p{L}'’-])/iuy;
const WORD = /\s*([\p{L}'’-]+)/uy;

export interface Headline {
  /** Offset of the modal ("will"), or -1 when the text has none. */
  modalStart: number;
  /** Offset just after the modal; scanning for the verb starts here. */
  modalEnd: number;
  /** The headline verb (lower-cased) and its position; undefined when no word follows. */
  verb?: { start: number; end: number; word: string };
}

export function findHeadline(text: string): Headline {
  MODAL.lastIndex = 0;
  const modal = MODAL.exec(text);
  let modalStart = -1;
  let modalEnd = 0;
  if (modal) {
    modalStart = modal.index;
    modalEnd = modal.index + modal[0].length;
  } else {
    // "Amir to say hello…": the infinitive marker stands in for "will" near the start.
    TO.lastIndex = 0;
    const to = TO.exec(text);
    if (to && to.index < 60) {
      modalStart = to.index;
      modalEnd = to.index + to[0].length;
    }
  }
  let at = modalEnd;
  for (let guard = 0; guard < 8; guard++) {
    WRAPPER.lastIndex = at;
    if (!WRAPPER.test(text)) break;
    at = WRAPPER.lastIndex;
  }
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m || m[1] === undefined) return { modalStart, modalEnd };
  const end = WORD.lastIndex;
  const start = end - m[1].length;
  return { modalStart, modalEnd, verb: { start, end, word: m[1].toLowerCase() } };
}
