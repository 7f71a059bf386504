/** RFC 6901 JSON pointers, as amendments use them to name the field that changed. */

/** The tokens of a pointer ("/targets/0/target" → ["targets", "0", "target"]), or undefined. */
export function parsePointer(pointer: unknown): string[] | undefined {
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function isArrayIndex(token: string): boolean {
  return /^(0|[1-9]\d*)$/.test(token);
}

/** "whenWhoWhere" → "When who where": a readable fallback when no field title is known. */
function humanise(token: string): string {
  const words = token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "/targets/0/target" → "Targets › item 1 › Target". */
export function describePointer(pointer: unknown): string {
  const tokens = parsePointer(pointer);
  if (!tokens) return typeof pointer === 'string' && pointer ? pointer : 'Unknown field';
  return tokens.map((token) => (isArrayIndex(token) ? `item ${Number(token) + 1}` : humanise(token))).join(' › ');
}
