export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

/**
 * Parses JSON text, and when it is broken says where: line and column (1-based) of the
 * first character that cannot be read, and what was expected there. Node's own message
 * gives no position on Node 20, and a person fixing a plan file needs one.
 */
export function parseJson(text: string): JsonParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const { offset, expected } = findJsonError(source);
    return { ok: false, message: expected, ...lineAndColumn(source, offset) };
  }
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
}

// A small recursive-descent reader that only locates the first error (JSON.parse has
// already said the text is broken). Depth is bounded by the text, as in JSON.parse.
function findJsonError(text: string): JsonError {
  let at = 0;
  const fail = (expected: string, offset = at): never => {
    throw { offset, expected } satisfies JsonError;
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
    for (;;) {
      space();
      if (text[at] !== '"') fail(`expected a field name in double quotes, found ${describe()}`);
      string();
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
    return { offset: 0, expected: 'the JSON could not be read' };
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) return error as JsonError;
    // Nesting too deep for this reader: JSON.parse hit the same limit.
    return { offset: at, expected: 'the JSON is nested too deeply to read' };
  }
}
