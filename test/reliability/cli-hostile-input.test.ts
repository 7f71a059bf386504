// The command lines under hostile input: `isp-rules smart --jsonl`, `isp-rules review-window
// --jsonl` and `isp-schemas validate` given broken JSON lines, values of the wrong type,
// control characters, lines over the 1 MB limit, impossible dates and a calendar that does
// not cover the dates. Each bad record gets its own clear error line (with its id when it
// has one), every other record is still processed in order, and the exit code says what
// happened: 0 all passed, 1 some record failed, 2 unreadable input.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { jsonLines, rulesEntry, runCli, schemasEntry } from './support/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'isp-cli-hostile-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const goodTarget = 'By 30 October 2026, Amara will say "more" with one spoken prompt at 4 out of 5 snack times.';

// The commands are separate processes, so the four cases run side by side.
describe('isp-rules and isp-schemas under hostile input', { concurrency: true }, () => {
  test('smart --jsonl: every bad line gets an error line, every good line a result, in input order; exit 1', { timeout: 120_000 }, async () => {
    const lines = [
      JSON.stringify({ id: 'good-1', text: goodTarget, pupilName: 'Amara' }),
      '{"id": "broken", "text": ',
      '[1, 2, 3]',
      '"just a string"',
      'null',
      JSON.stringify({ text: 'no id at all' }),
      JSON.stringify({ id: { nested: true }, text: 'id of the wrong type' }),
      JSON.stringify({ id: 'text-number', text: 42 }),
      JSON.stringify({ id: 'text-missing' }),
      JSON.stringify({ id: 'name-number', text: goodTarget, pupilName: 7 }),
      JSON.stringify({ id: 'control-chars', text: 'Amara\u0000 will\u0007 walk\r to the door\u2028 with one prompt\u001b[31m by Friday.' }),
      JSON.stringify({ id: 'lone-surrogate', text: 'Amara will \ud800 say hello.' }),
      JSON.stringify({ id: 'too-long', text: 'a'.repeat(1_000_001) }),
      // Just under the line limit and full of dates: such a line once took minutes, stalling the batch.
      JSON.stringify({ id: 'long-but-allowed', text: 'by 30/10/2026 '.repeat(65_000) }),
      '\u0000\u0001\u0002 not json',
      '',
      JSON.stringify({ id: 'good-2', text: goodTarget }),
    ];
    const run = await runCli(rulesEntry, ['smart', '--jsonl'], lines.join('\n') + '\n');
    assert.equal(run.killed, false, 'finished');
    assert.equal(run.code, 1, `exit code; stderr: ${run.stderr}`);
    const out = jsonLines(run.stdout);
    // One output line per non-blank input line, in order.
    assert.equal(out.length, lines.filter((line) => line.trim() !== '').length);
    const summary = out.map((line) => ('error' in line ? `error:${String(line['id'])}:${(line['error'] as { code: string }).code}` : `ok:${String(line['id'])}`));
    assert.deepEqual(summary, [
      'ok:good-1',
      'error:broken:invalid-json', // the id is read from before the break
      'error:null:not-an-object',
      'error:null:not-an-object',
      'error:null:not-an-object',
      'error:null:missing-field',
      'error:null:invalid-field',
      'error:text-number:invalid-field',
      'error:text-missing:missing-field',
      'error:name-number:invalid-field',
      'ok:control-chars',
      'ok:lone-surrogate',
      'error:too-long:line-too-long',
      'ok:long-but-allowed',
      'error:null:invalid-json',
      'ok:good-2',
    ]);
    for (const line of out.filter((each) => 'error' in each)) {
      const error = line['error'] as { message: string };
      assert.ok(error.message.length > 10, `a message a person can act on: ${error.message}`);
      assert.equal(typeof line['line'], 'number', 'the error names its input line');
    }
    for (const line of out.filter((each) => !('error' in each))) assert.equal(typeof line['smart'], 'boolean');
  });

  const calendarFile = join(folder, 'calendar.json');
  writeFileSync(
    calendarFile,
    JSON.stringify({
      name: 'Test LA 2026-27',
      periods: [
        { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
        { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
        { name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' },
      ],
      closures: ['2026-09-28'],
    }),
  );

  test('review-window --jsonl with a calendar: impossible dates, unknown templates and dates the calendar does not cover are errors per record; exit 1', { timeout: 120_000 }, async () => {
    const record = (id: string, fields: Record<string, unknown>) => JSON.stringify({ id, template: 'individual-provision-map', from: '2026-09-14', today: '2026-10-01', ...fields });
    const lines = [
      record('good-1', {}),
      record('feb-30', { from: '2026-02-30' }),
      record('month-13', { today: '2026-13-01' }),
      record('word-date', { from: 'next week' }),
      record('number-date', { from: 20260914 }),
      record('control-date', { from: '2026-09-14\u0000' }),
      record('unknown-template', { template: 'no-such-plan' }),
      record('number-template', { template: 12 }),
      record('null-template', { template: null }),
      record('before-calendar', { from: '2019-09-02', today: '2019-10-01' }),
      record('after-calendar', { from: '2027-02-01', today: '2027-03-01' }),
      '{"id": "broken", ',
      record('good-2', { from: '2026-11-02', today: '2026-11-20' }),
    ];
    const run = await runCli(rulesEntry, ['review-window', '--jsonl', '--calendar', calendarFile], lines.join('\n'));
    assert.equal(run.killed, false, 'finished');
    assert.equal(run.code, 1, `exit code; stderr: ${run.stderr}`);
    const out = jsonLines(run.stdout);
    assert.equal(out.length, lines.length, 'one line out per line in');
    const byId = out.map((line) => String(line['id']));
    assert.deepEqual(byId.slice(0, 11), ['good-1', 'feb-30', 'month-13', 'word-date', 'number-date', 'control-date', 'unknown-template', 'number-template', 'null-template', 'before-calendar', 'after-calendar']);
    assert.equal(byId[11], 'broken', 'the broken line still names the id written before the break');
    assert.equal(byId[12], 'good-2');
    for (const line of [out[0]!, out[12]!]) {
      assert.match(String(line['earliest']), /^\d{4}-\d{2}-\d{2}$/);
      assert.match(String(line['latest']), /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(typeof line['status'], 'string');
    }
    for (const line of out.slice(1, 12)) {
      const error = line['error'] as { code?: string; message?: string } | undefined;
      assert.ok(error && typeof error.code === 'string' && (error.message ?? '').length > 10, `record ${String(line['id'])} has a clear error: ${JSON.stringify(line)}`);
    }
    assert.equal(run.stderr, '', 'nothing crashed');
  });

  test('review-window --jsonl: a calendar file that is broken or missing is a usage error (exit 2) saying which file', { timeout: 60_000 }, async () => {
    const broken = join(folder, 'broken-calendar.json');
    writeFileSync(broken, '{"name": "x", "periods": [ {"start": "2026-02-30"');
    const files = [broken, join(folder, 'missing.json')];
    const runs = await Promise.all(files.map((file) => runCli(rulesEntry, ['review-window', '--jsonl', '--calendar', file], '')));
    for (const [index, file] of files.entries()) {
      const run = runs[index]!;
      assert.equal(run.code, 2, `${file}: exit 2`);
      assert.ok(run.stderr.includes(file), `${file}: stderr names the file: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'a message, not a stack trace');
    }
  });

  test('isp-schemas validate: broken JSON, non-plans, control characters and 1 MB text are each reported, every file is checked; exit 2', { timeout: 60_000 }, async () => {
    const files: Record<string, string> = {
      'broken.json': '{"template": "individual-provision-map",\n  "child": {',
      'bom-and-nul.json': '\ufeff{"template": "individual-provision-map"\u0000}',
      'not-an-object.json': '[1, 2, 3]',
      'empty.json': '',
      'control-characters.json': JSON.stringify({ template: 'individual-provision-map', schemaVersion: '1.0.0', status: 'draft', child: { name: 'A\u0000\u0007\u001b[31m' } }),
      'huge.json': JSON.stringify({ template: 'individual-provision-map', schemaVersion: '9.0.0', status: 'draft', child: { name: 'a'.repeat(1024 * 1024) } }),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const paths = Object.keys(files).map((name) => join(folder, name));
    const run = await runCli(schemasEntry, ['validate', ...paths]);
    assert.equal(run.killed, false, 'finished');
    assert.equal(run.code, 2, 'exit 2: some file could not be read as JSON');
    const output = run.stdout + run.stderr;
    for (const path of paths) assert.ok(output.includes(path), `${path} is reported`);
    assert.match(output, /broken\.json: cannot read: broken JSON at line \d+, column \d+/);
    assert.doesNotMatch(output, /\n\s+at .*\.(ts|js):\d+/, 'no stack trace');
    assert.ok(output.length < 20_000, 'the 1 MB value is not echoed back in full');
  });
});
