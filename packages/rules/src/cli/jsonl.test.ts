// In-process tests of the line-delimited JSON reader behind `isp-rules smart` and `review-window`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { type JsonRecord, processJsonl } from './jsonl.js';

const echo = (record: JsonRecord, id: unknown) => ({ id, seen: Object.keys(record).length });

async function run(chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>) {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const summary = await processJsonl(Readable.from(chunks, { objectMode: false }), output, echo);
  return { ...summary, lines: text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as JsonRecord) };
}

test('CRLF endings, a BOM, blank and whitespace-only lines, no final newline: one result per record, line numbers as an editor counts them', async () => {
  const { lines, records, failed } = await run(['\uFEFF{"id":"a"}\r\n', '\r\n   \t\r\n{"id":"b"}  \r\n', '[1]\r\n{"id":"c"}\r{"id":"d"}']);
  assert.deepEqual(lines, [
    { id: 'a', seen: 1 },
    { id: 'b', seen: 1 },
    { id: null, error: { code: 'not-an-object', message: 'expected a JSON object, got an array' }, line: 5 },
    { id: 'c', seen: 1 },
    { id: 'd', seen: 1 }, // a lone CR (old Mac files) ends a line too, as readline reads it
  ]);
  assert.deepEqual({ records, failed }, { records: 5, failed: 1 });
});

test('a line split across chunks, inside a multi-byte character or between CR and LF, is read whole', async () => {
  const bytes = Buffer.from('{"id":"Zoë ☂"}\r\n{"id":"b"}\n');
  const chunks = [...bytes].map((byte) => Buffer.from([byte]));
  const { lines } = await run(chunks);
  assert.deepEqual(lines, [
    { id: 'Zoë ☂', seen: 1 },
    { id: 'b', seen: 1 },
  ]);
});

test('a line longer than the limit is refused without holding it, even past the longest string Node can build', async () => {
  // 600 million characters with no newline: a reader that joins the line first runs out of
  // string length and crashes, losing the records before and after it.
  const megabyte = 'x'.repeat(1_000_000);
  async function* input() {
    yield '{"id":"before"}\n{"id":"huge","text":"';
    for (let i = 0; i < 600; i++) yield megabyte;
    yield '"}\n{"id":"after"}\n';
  }
  const { lines } = await run(input());
  assert.deepEqual(lines, [
    { id: 'before', seen: 1 },
    { id: 'huge', error: { code: 'line-too-long', message: 'the line has 600000023 characters; the limit is 1000000' }, line: 2 },
    { id: 'after', seen: 1 },
  ]);
});

test('each result is written as soon as its line is read, so a program can feed one record and wait for its answer', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const done = processJsonl(input, output, echo);
  input.write('{"id":"first"}\n');
  const [chunk] = (await Promise.race([
    new Promise((resolve) => output.once('data', (data) => resolve([data]))),
    new Promise((resolve) => setTimeout(() => resolve([undefined]), 2000)),
  ])) as [Buffer | undefined];
  assert.equal(String(chunk), '{"id":"first","seen":1}\n', 'the first result was held back while the input stayed open');
  input.end('{"id":"second"}\n');
  assert.deepEqual(await done, { records: 2, failed: 0 });
});

test('a broken line still names its id when the id can be read before the break', async () => {
  const { lines } = await run([
    '{"id": "b7", "text": \n',
    '{"text": "x\\"id\\": 1", "nested": {"id": "inner"}, "id": 42, \n',
    '{"nested": {"id": "inner"}, "text": \n',
    '{"id": "cut\n',
  ]);
  assert.deepEqual(
    lines.map((line) => [line['id'], (line['error'] as { code: string }).code, line['line']]),
    [
      ['b7', 'invalid-json', 1],
      [42, 'invalid-json', 2],
      [null, 'invalid-json', 3],
      [null, 'invalid-json', 4],
    ],
  );
});

test('a numeric id too large to come back unchanged is refused, not silently rounded', async () => {
  const { lines } = await run(['{"id": 9007199254740993}\n{"id": 1e400}\n{"id": 12}\n']);
  assert.deepEqual(lines[0], {
    id: null,
    error: { code: 'invalid-field', message: 'id: 9007199254740993 is too large a number to pass through exactly; write the id as a string' },
    line: 1,
  });
  assert.equal((lines[1]?.['error'] as { code: string }).code, 'invalid-field');
  assert.deepEqual(lines[2], { id: 12, seen: 1 });
});

/** Text as Windows Notepad saves it as "Unicode": UTF-16 with a byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

test('UTF-16 input with a byte-order mark (LE or BE) is decoded, even cut inside a code unit or a surrogate pair', async () => {
  for (const order of ['le', 'be'] as const) {
    const bytes = utf16('{"id":"Zoë 🌂"}\r\n{"id":"b"}\n', order);
    // Byte by byte: every cut falls inside the BOM, a code unit, or the two halves of 🌂.
    const { lines, failed } = await run([...bytes].map((byte) => Buffer.from([byte])));
    assert.deepEqual(lines, [
      { id: 'Zoë 🌂', seen: 1 },
      { id: 'b', seen: 1 },
    ], order);
    assert.equal(failed, 0);
  }
});

test('input that is not UTF-16 with a byte-order mark is read as UTF-8, as before', async () => {
  // A lone first byte is not taken for half a byte-order mark; bytes that are not UTF-8 still fail.
  const { lines } = await run([Buffer.from([0xff]), Buffer.from('\n{"id":"a"}\n'), Buffer.from([0x7b, 0x00, 0x0a])]);
  assert.deepEqual(
    lines.map((line) => [line['id'], (line['error'] as { code: string } | undefined)?.code, line['line']]),
    [
      [null, 'invalid-json', 1],
      ['a', undefined, undefined],
      [null, 'invalid-json', 3],
    ],
  );
});
