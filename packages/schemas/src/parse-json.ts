export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

/**
 * Parses JSON text, and when it is broken says where: line and column (1-based) of the
 * first character that cannot be read, and what was expected there. Node's own message
 * gives no position on Node 20, and a person fixing a plan file needs one. A field named
 * twice in one object is refused too: JSON.parse would keep the last value and drop the
 * first in silence.
 */
export function parseJson(text: string): JsonParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const { offset, expected } = findJsonError(source) ?? { offset: 0, expected: 'the JSON could not be read' };
    return { ok: false, message: expected, ...lineAndColumn(source, offset) };
  }
  const repeated = findJsonError(source);
  // A reader that ran out of stack where JSON.parse did not has found nothing, not a repeat.
  return repeated?.repeated ? { ok: false, message: repeated.expected, ...lineAndColumn(source, repeated.offset) } : { ok: true, value };
}

/** The 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

interface JsonError {
  readonly offset: number;
  readonly expected: string;
  /** A field named twice in one object, which JSON.parse reads without a word. */
  readonly repeated?: true;
}

// A small recursive-descent reader that only locates the first error (JSON.parse has
// already read the text or said it is broken), or gives undefined when there is none.
// Depth is bounded by the text, as in JSON.parse.
function findJsonError(text: string): JsonError | undefined {
  let at = 0;
  const fail = (expected: string, offset = at, repeated?: true): never => {
    throw { offset, expected, ...(repeated && { repeated }) } satisfies JsonError;
  };
  const describe = () => (at >= text.length ? 'the end of the file' : `'${text[at]}'`);
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail(`expected a value, found ${describe()}`);
      at++;
    }
  };
  const string = () => {
    at++; // opening quote
    while (at < text.length && text[at] !== '"') {
      const char = text.charCodeAt(at);
      if (char < 0x20) fail('a line break or control character inside a string (close the string with " first)');
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('\\u must be followed by four hex digits');
          at += 5;
        } else if (at < text.length && '"\\/bfnrt'.includes(text[at] as string)) at++;
        else fail(`an unknown escape \\${text[at] ?? ''} in a string`);
      } else at++;
    }
    if (at >= text.length) fail('a string that is never closed with "');
    at++;
  };
  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at));
    if (!match || match[0] === '-' || match[0] === '') fail(`expected a value, found ${describe()}`);
    at += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') object();
    else if (char === '[') array();
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail(`expected a value, found ${describe()}`);
  };
  const object = () => {
    at++;
    space();
    if (text[at] === '}') {
      at++;
      return;
    }
    const names = new Map<string, number>();
    for (;;) {
      space();
      if (text[at] !== '"') fail(`expected a field name in double quotes, found ${describe()}`);
      const start = at;
      string();
      const name = JSON.parse(text.slice(start, at)) as string;
      const first = names.get(name);
      if (first !== undefined) {
        const { line, column } = lineAndColumn(text, first);
        fail(`the field ${JSON.stringify(name)} appears twice in one object (first at line ${line}, column ${column}): keep one`, start, true);
      }
      names.set(name, start);
      space();
      if (text[at] !== ':') fail(`expected ':' after the field name, found ${describe()}`);
      at++;
      value();
      space();
      if (text[at] === ',') {
        at++;
        space();
        if (text[at] === '}') fail("a comma before '}' (remove the trailing comma)");
        continue;
      }
      if (text[at] === '}') {
        at++;
        return;
      }
      fail(`expected ',' or '}', found ${describe()}`);
    }
  };
  const array = () => {
    at++;
    space();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[at] === ',') {
        at++;
        space();
        if (text[at] === ']') fail("a comma before ']' (remove the trailing comma)");
        continue;
      }
      if (text[at] === ']') {
        at++;
        return;
      }
      fail(`expected ',' or ']', found ${describe()}`);
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) return error as JsonError;
    // Nesting too deep for this reader: JSON.parse hit the same limit, if it failed.
    return { offset: at, expected: 'the JSON is nested too deeply to read' };
  }
}
