import { lineAndColumn } from './parse-json.js';

/** 'utf-16le' or 'utf-16be' when the bytes open with that byte-order mark. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * A file's bytes as text: UTF-8, or UTF-16 when they open with a UTF-16 byte-order mark, as
 * Windows Notepad saves "Unicode" files. A UTF-8 byte-order mark is kept (`parseJson` skips
 * it). Bytes that are not text in that encoding (a file saved as Windows-1252) throw, naming
 * the first and where, instead of being read as U+FFFD: a plan read that way would be
 * checked, and pass, with its accented names broken.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding = utf16Encoding(bytes) ?? 'utf-8';
  // TextDecoder drops the byte-order mark of UTF-16, which it was told to expect.
  const decoder = () => new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' });
  try {
    return decoder().decode(bytes);
  } catch {
    // The shortest start that cannot be read ends with the bad bytes; the text before them
    // is the longest shorter start that reads as complete text.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (reads(() => decoder().decode(bytes.subarray(0, middle + 1), { stream: true }))) low = middle + 1;
      else high = middle;
    }
    let start = low;
    while (start > 0 && !reads(() => decoder().decode(bytes.subarray(0, start)))) start--;
    const before = decoder().decode(bytes.subarray(0, start)).replace(/^\uFEFF/, '');
    const { line, column } = lineAndColumn(before, before.length);
    const what = encoding === 'utf-8' ? `the byte 0x${(bytes[start] as number).toString(16).toUpperCase().padStart(2, '0')}` : 'the bytes';
    throw new Error(`not ${encoding.toUpperCase()} text: ${what} at line ${line}, column ${column} cannot be read; save the file as UTF-8`);
  }
}

function reads(decode: () => string): boolean {
  try {
    decode();
    return true;
  } catch {
    return false;
  }
}
