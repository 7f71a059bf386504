// End-to-end tests of the isp-rules CLI: each test spawns the real entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleCalendar } from '../review/test-data/example-calendar.js';

const entry = fileURLToPath(new URL('./run.ts', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../schemas/fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'isp-rules-cli-'));

type Result = { code: number | null; stdout: string; stderr: string; lines: Record<string, unknown>[] };

function cli(args: string[], input: string | Buffer = ''): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = args.includes('--jsonl') ? stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
      resolve({ code, stdout, stderr, lines });
    });
    child.stdin.end(input);
  });
}

const jsonl = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

test('review-window: good and bad lines mixed; every bad line gets an error line and the rest is processed', async () => {
  const result = await cli(
    ['review-window', '--jsonl'],
    jsonl(
      { id: 'a', template: 'ey-individual-support-plan', from: '2026-09-03', today: '2026-10-20' },
      '{"id": "b", "template": ',
      { id: 'c', template: 'isp', from: '2026-09-03', today: '2026-10-20' },
      { id: 'd', template: 'sen-support-plan', from: '2026-02-30', today: '2026-10-20' },
      { id: 'e', template: 'sen-support-plan', from: '2026-09-03' },
      '',
      { id: 7, template: 'record-of-intervention', from: '2026-09-03', today: '2026-10-20' },
      { id: 'g', template: 'inclusion-support-plan', from: '2026-09-03', today: '2026-10-20', reviewedOn: '2026-09-20' },
    ),
  );
  assert.equal(result.code, 1);
  assert.equal(result.stderr, '');
  assert.deepEqual(result.lines, [
    { id: 'a', earliest: '2026-10-15', latest: '2026-10-29', status: 'due' },
    // The id is read from before the break, so the error can be matched to its record.
    { id: 'b', error: { code: 'invalid-json', message: (result.lines[1] as { error: { message: string } }).error.message }, line: 2 },
    { id: 'c', error: { code: 'unknown-template', message: (result.lines[2] as { error: { message: string } }).error.message }, line: 3 },
    { id: 'd', error: { code: 'invalid-date', message: 'from: 2026-02-30 is not a real date (February 2026 has 28 days)' }, line: 4 },
    { id: 'e', error: { code: 'missing-field', message: 'today: missing' }, line: 5 },
    { id: 7, error: { code: 'no-review-window', message: (result.lines[5] as { error: { message: string } }).error.message }, line: 7 },
    { id: 'g', earliest: '2026-09-17', latest: '2026-10-01', status: 'reviewed' },
  ]);
  assert.match(JSON.stringify(result.lines[2]), /\\"isp\\" is not a template id/);
});

test('hostile lines each get a clear error and the line after them is still read', async () => {
  const result = await cli(
    ['review-window', '--jsonl'],
    jsonl(
      'null',
      '[1, 2]',
      '{"id": {"nested": true}}',
      '{"id": "ctl\\u0001", "template": "sen-support-plan\\u0000", "from": "2026-09-03", "today": "2026-10-01"}',
      '{"id": "raw\u0001"}', // a raw control character inside a JSON string is not JSON
      `{"id": "huge", "text": "${'x'.repeat(1_100_000)}"}`,
      { id: 'ok', template: 'sen-support-plan', from: '2026-09-03', today: '2026-10-01' },
    ),
  );
  assert.equal(result.code, 1);
  assert.deepEqual(
    result.lines.map((line) => [line['id'], (line['error'] as { code?: string } | undefined)?.code ?? line['status'], line['line']]),
    [
      [null, 'not-an-object', 1],
      [null, 'not-an-object', 2],
      [null, 'invalid-field', 3],
      ['ctl\u0001', 'unknown-template', 4],
      [null, 'invalid-json', 5],
      ['huge', 'line-too-long', 6],
      ['ok', 'scheduled', undefined],
    ],
  );
});

test('review-window with a JSON or an iCalendar calendar counts teaching days', async () => {
  const jsonCalendar = join(work, 'calendar.json');
  writeFileSync(jsonCalendar, JSON.stringify(exampleCalendar));
  const icsCalendar = join(work, 'calendar.ics');
  const event = (summary: string, start: string, end: string) =>
    `BEGIN:VEVENT\r\nSUMMARY:${summary}\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\nEND:VEVENT`;
  writeFileSync(
    icsCalendar,
    ['BEGIN:VCALENDAR', event('Autumn Term 1', '20260903', '20261024'), event('Autumn Term 2', '20261102', '20261219'), event('INSET day', '20260928', '20260929'), 'END:VCALENDAR'].join('\r\n'),
  );
  const input = jsonl(
    { id: 'a', template: 'individual-provision-map', from: '2026-09-03', today: '2026-11-07' },
    { id: 'b', template: 'individual-provision-map', from: '2027-07-01', today: '2027-07-02' },
  );
  const results = await Promise.all([jsonCalendar, icsCalendar].map((calendar) => cli(['review-window', '--jsonl', '--calendar', calendar], input)));
  for (const [index, result] of results.entries()) {
    assert.equal(result.lines[0]?.['earliest'], '2026-10-16', `calendar ${index}`);
    assert.equal(result.lines[0]?.['latest'], '2026-11-06');
    assert.equal(result.lines[0]?.['status'], 'overdue');
    assert.equal((result.lines[1]?.['error'] as { code: string }).code, 'calendar-too-short');
    assert.equal(result.code, 1);
  }
});

test("review-window --cadence: an authority's own table overrides the weeks; a bad table is a usage error", async () => {
  const table = join(work, 'cadence.json');
  writeFileSync(table, JSON.stringify({ 'sen-support-plan': { min: 4, max: 6 } }));
  const bad = join(work, 'bad-cadence.json');
  writeFileSync(bad, JSON.stringify({ 'sen-support-plan': { min: 6, max: 4 } }));
  const input = jsonl({ id: 'a', template: 'sen-support-plan', from: '2026-09-03', today: '2026-10-01' });
  const [good, refused] = await Promise.all([
    cli(['review-window', '--jsonl', '--cadence', table], input),
    cli(['review-window', '--jsonl', '--cadence', bad], input),
  ]);
  assert.deepEqual(good.lines, [{ id: 'a', earliest: '2026-10-01', latest: '2026-10-15', status: 'due' }]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /cadence table .*bad-cadence\.json: cadence\.sen-support-plan: min and max must be whole numbers/);
});

test('review-window: thousands of records stream through, exit 0 when all pass', async () => {
  const records = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, template: 'sen-support-plan', from: '2026-09-03', today: '2026-10-01' }));
  const result = await cli(['review-window', '--jsonl'], jsonl(...records));
  assert.equal(result.code, 0);
  assert.equal(result.lines.length, 5000);
  assert.deepEqual(result.lines[4999], { id: 'p4999', earliest: '2026-10-15', latest: '2026-10-29', status: 'scheduled' });
});

test('smart: a line that is not UTF-8 text (Windows-1252) gets an error naming its id and column; the lines around it are checked', async () => {
  const good = JSON.stringify({ id: 'a', text: 'Zoe will say hello at snack time with a visual prompt on 4 out of 5 days by Easter.', pupilName: 'Zoe' });
  const input = Buffer.concat([
    Buffer.from(`${good}\n`),
    Buffer.from('{"id":"b","text":"Zo\xeb will say hello","pupilName":"Zo\xeb"}\n', 'latin1'),
    Buffer.from(`${good.replace('"a"', '"c"')}\n`),
  ]);
  const result = await cli(['smart', '--jsonl'], input);
  assert.equal(result.code, 1);
  assert.deepEqual(result.lines.map((line) => line['id']), ['a', 'b', 'c']);
  assert.deepEqual(result.lines[1], { id: 'b', error: { code: 'not-utf8', message: 'column 21: a character that could not be read as UTF-8 (shown as \ufffd); save the input as UTF-8' }, line: 2 });
  assert.equal(typeof result.lines[2]?.['smart'], 'boolean');
});

test('smart: one line per record with all seven elements; a bad line does not stop the rest', async () => {
  const result = await cli(
    ['smart', '--jsonl'],
    jsonl(
      { id: 't1', text: 'By 30 October 2026, Amara will say "more" to ask for fruit at snack time, with one spoken prompt, at 4 out of 5 snack times.', pupilName: 'Amara Okafor' },
      'not json',
      { id: 't2', pupilName: 'Sam' },
      { id: 't3', text: 'He will improve his behaviour.' },
    ),
  );
  assert.equal(result.code, 1);
  assert.equal(result.lines.length, 4);
  const [first, broken, missing, vague] = result.lines;
  assert.equal(first?.['id'], 't1');
  assert.deepEqual(Object.keys(first?.['elements'] as object), ['who', 'observableAction', 'conditions', 'criterion', 'timeBound', 'positive', 'clearLanguage']);
  for (const element of Object.values(first?.['elements'] as Record<string, { ok: unknown }>)) assert.equal(typeof element.ok, 'boolean');
  assert.equal(typeof first?.['smart'], 'boolean');
  assert.deepEqual(broken, { id: null, error: { code: 'invalid-json', message: (broken?.['error'] as { message: string }).message }, line: 2 });
  assert.deepEqual(missing, { id: 't2', error: { code: 'missing-field', message: 'text: missing' }, line: 3 });
  assert.equal(vague?.['smart'], false);
  assert.equal((vague?.['elements'] as Record<string, { ok: boolean }>)['who']?.ok, false);
});

test('usage errors and unreadable files exit with 2 and say why on stderr', async () => {
  const [unknown, noJsonl, noCalendar, help, badToday] = await Promise.all([
    cli(['frobnicate']),
    cli(['smart']),
    cli(['review-window', '--jsonl', '--calendar', join(work, 'missing.ics')]),
    cli(['--help']),
    cli(['check', 'plan.json', '--today', '2026-02-30']),
  ]);
  assert.equal(badToday.code, 2);
  assert.match(badToday.stderr, /--today: "2026-02-30" is not a real date/);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  assert.equal(noJsonl.code, 2);
  assert.match(noJsonl.stderr, /add --jsonl/);
  assert.equal(noCalendar.code, 2);
  assert.match(noCalendar.stderr, /cannot read the calendar .*missing\.ics: there is no such file or folder \(ENOENT\)/);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: isp-rules <command>/);
});

test('check: a complete plan is ready; an incomplete one lists what to fix; a missing file exits 2', async () => {
  const complete = join(fixtures, 'individual-provision-map/valid-complete.json');
  const minimal = join(fixtures, 'individual-provision-map/valid-minimal.json');
  const [ready, notReady, json, missing] = await Promise.all([
    cli(['check', complete, '--today', '2026-10-01']),
    cli(['check', complete, minimal, '--today', '2026-10-01']),
    cli(['check', minimal, '--today', '2026-10-01', '--json']),
    cli(['check', join(work, 'nope.json'), complete, '--today', '2026-10-01']),
  ]);
  assert.equal(ready.code, 0, ready.stdout + ready.stderr);
  assert.match(ready.stdout, /valid-complete\.json: ready for sign-off/);

  assert.equal(notReady.code, 1);
  assert.match(notReady.stdout, /valid-minimal\.json: not ready for sign-off/);
  assert.match(notReady.stdout, /\/agreement\/parentCarerSignature .*\[missing-signature\]/);

  const reports = JSON.parse(json.stdout) as { file: string; ready: boolean; issues: { code: string; pointer: string }[] }[];
  assert.equal(reports[0]?.ready, false);
  assert.ok(reports[0]?.issues.some((issue) => issue.code === 'missing-review-date' && issue.pointer === '/agreement/reviewDate'));

  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read .*nope\.json: there is no such file or folder \(ENOENT\)/);
  assert.match(missing.stdout, /valid-complete\.json: ready for sign-off/);
});

test('reviews: lists plans due or overdue in a folder, most urgent first, skipping records', async () => {
  const folder = join(work, 'plans');
  mkdirSync(join(folder, 'class-2'), { recursive: true });
  const ipm = JSON.parse(readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  const plan = (id: string, dateOfPlan: string) => ({ ...ipm, id, followsReview: undefined, planDetails: { ...ipm.planDetails, dateOfPlan } });
  writeFileSync(join(folder, 'due.json'), JSON.stringify(plan('due', '2026-09-03')));
  writeFileSync(join(folder, 'class-2', 'overdue.json'), JSON.stringify(plan('overdue', '2026-08-01')));
  writeFileSync(join(folder, 'scheduled.json'), JSON.stringify(plan('scheduled', '2026-10-01')));
  writeFileSync(join(folder, 'reviewed.json'), JSON.stringify(plan('reviewed', '2026-08-01')));
  writeFileSync(
    join(folder, 'minutes.json'),
    readFileSync(join(fixtures, 'review-of-intervention/valid-complete.json'), 'utf8').replace(/"planId": "[^"]*"/, '"planId": "reviewed"').replace(/"date": "2026-[0-9-]+"/, '"date": "2026-10-01"'),
  );
  const [result, table, noToday] = await Promise.all([
    cli(['reviews', folder, '--today', '2026-10-20', '--json']),
    cli(['reviews', folder, '--today', '2026-10-20']),
    cli(['reviews', folder]),
  ]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  const report = JSON.parse(result.stdout) as { plans: { file: string; status: string; earliest: string; latest: string }[] };
  assert.deepEqual(
    report.plans.map((p) => [p.file, p.status]),
    [[join('class-2', 'overdue.json'), 'overdue'], ['due.json', 'due']],
  );
  assert.deepEqual(report.plans[1], { ...report.plans[1], earliest: '2026-10-15', latest: '2026-10-29' });

  assert.match(table.stdout, /Status\s+Child\s+Template\s+From\s+Earliest\s+Latest\s+File/);
  assert.match(table.stdout, /overdue\s+Amara Okafor\s+individual-provision-map\s+2026-08-01/);

  assert.equal(noToday.code, 2);
  assert.match(noToday.stderr, /--today YYYY-MM-DD is required/);
});

test('reviews: minutes of review with a date that cannot be read are named, and their plan is still listed', async () => {
  const folder = join(work, 'bad-minutes');
  mkdirSync(folder, { recursive: true });
  const ipm = JSON.parse(readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'plan.json'), JSON.stringify({ ...ipm, id: 'p1', followsReview: undefined, planDetails: { ...ipm.planDetails, dateOfPlan: '2026-08-01' } }));
  writeFileSync(
    join(folder, 'minutes.json'),
    readFileSync(join(fixtures, 'review-of-intervention/valid-complete.json'), 'utf8').replace(/"planId": "[^"]*"/, '"planId": "p1"').replace(/"date": "2026-[0-9-]+"/, '"date": "01/10/2026"'),
  );
  const result = await cli(['reviews', folder, '--today', '2026-10-20', '--json']);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  const report = JSON.parse(result.stdout) as { plans: { file: string; status: string }[]; problems: { file: string; error: { code: string; message: string } }[] };
  assert.deepEqual(report.plans.map((p) => [p.file, p.status]), [['plan.json', 'overdue']]);
  assert.deepEqual(report.problems.map((p) => [p.file, p.error.code]), [['minutes.json', 'invalid-date']]);
  assert.match(report.problems[0]!.error.message, /review\.date/);
});

test('reviews: a JSON file with no template field is named as not a support plan, and the rest are listed', async () => {
  const folder = join(work, 'mixed');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'notes.json'), JSON.stringify({ note: 'not a plan' }));
  writeFileSync(join(folder, 'plan.json'), readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  const result = await cli(['reviews', folder, '--today', '2026-11-22']);
  assert.match(result.stdout + result.stderr, /notes\.json: no "template" field: this file is not a support plan \[missing-template\]/);
  assert.match(result.stdout, /overdue\s+Amara Okafor/);
});

test('a JSON calendar or cadence table saved with a byte-order mark (as Windows editors do) is read', async () => {
  const calendar = join(work, 'bom-calendar.json');
  writeFileSync(calendar, `\uFEFF${JSON.stringify(exampleCalendar)}`);
  const table = join(work, 'bom-cadence.json');
  writeFileSync(table, `\uFEFF${JSON.stringify({ 'sen-support-plan': { min: 4, max: 6 } })}`);
  const input = jsonl({ id: 'a', template: 'individual-provision-map', from: '2026-09-03', today: '2026-11-07' });
  const [withCalendar, withCadence] = await Promise.all([
    cli(['review-window', '--jsonl', '--calendar', calendar], input),
    cli(['review-window', '--jsonl', '--cadence', table], jsonl({ id: 'b', template: 'sen-support-plan', from: '2026-09-03', today: '2026-10-01' })),
  ]);
  assert.equal(withCalendar.stderr, '');
  assert.deepEqual(withCalendar.lines, [{ id: 'a', earliest: '2026-10-16', latest: '2026-11-06', status: 'overdue' }]);
  assert.equal(withCadence.stderr, '');
  assert.deepEqual(withCadence.lines, [{ id: 'b', earliest: '2026-10-01', latest: '2026-10-15', status: 'due' }]);
});

test('reviews: follows linked plans and folders, names broken links and broken JSON by line, and reads .JSON files', async () => {
  const shared = join(work, 'shared-drive');
  mkdirSync(join(shared, 'class-3'), { recursive: true });
  const ipm = readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8');
  writeFileSync(join(shared, 'linked.json'), ipm);
  writeFileSync(join(shared, 'class-3', 'in-linked-folder.json'), ipm);
  const folder = join(work, 'linked');
  mkdirSync(folder, { recursive: true });
  symlinkSync(join(shared, 'linked.json'), join(folder, 'linked.json'));
  symlinkSync(join(shared, 'class-3'), join(folder, 'class-3'));
  symlinkSync(join(work, 'nowhere.json'), join(folder, 'broken-link.json'));
  symlinkSync('.', join(folder, 'loop')); // a link back to the folder must not be walked for ever
  writeFileSync(join(folder, 'UPPER.JSON'), ipm);
  writeFileSync(join(folder, 'broken.json'), '{\n  "template": "individual-provision-map",\n  "status": "draft"\n  "child": {}\n}\n');
  const result = await cli(['reviews', folder, '--today', '2026-11-22', '--json']);
  const report = JSON.parse(result.stdout) as { plans: { file: string }[]; problems: { file: string; error: { code: string; message: string } }[] };
  assert.deepEqual(report.plans.map((plan) => plan.file).sort(), ['UPPER.JSON', join('class-3', 'in-linked-folder.json'), 'linked.json']);
  assert.deepEqual(
    report.problems.map((problem) => [problem.file, problem.error.code]),
    [
      ['broken-link.json', 'unreadable'],
      ['broken.json', 'invalid-json'],
    ],
  );
  assert.match(report.problems[0]!.error.message, /cannot read this file: there is no such file or folder \(ENOENT\)/);
  assert.match(report.problems[1]!.error.message, /line 4, column 3/);
  assert.equal(result.code, 1);
});

test('check: a folder stands for every plan in it and its sub-folders', async () => {
  const folder = join(work, 'check-folder');
  mkdirSync(join(folder, 'class-2'), { recursive: true });
  writeFileSync(join(folder, 'leo.json'), readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'class-2', 'broken.json'), '{"template":');
  writeFileSync(join(folder, 'notes.txt'), 'not a plan');
  const result = await cli(['check', folder, '--today', '2026-10-01', '--json']);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  const reports = JSON.parse(result.stdout) as { file: string; ready: boolean; issues: { code: string }[] }[];
  assert.deepEqual(reports.map((r) => [r.file, r.ready]), [[join(folder, 'class-2', 'broken.json'), false], [join(folder, 'leo.json'), true]]);
  assert.equal(reports[0]!.issues[0]!.code, 'invalid-json');
});

test('check: a folder with no plan in it is named, not passed in silence', async () => {
  const empty = join(work, 'no-plans-here');
  mkdirSync(join(empty, 'class-1'), { recursive: true });
  writeFileSync(join(empty, 'notes.txt'), 'not a plan');
  const complete = join(fixtures, 'individual-provision-map/valid-complete.json');
  const [alone, withPlan] = await Promise.all([
    cli(['check', empty, '--today', '2026-10-01']),
    cli(['check', empty, complete, '--today', '2026-10-01', '--json']),
  ]);
  assert.equal(alone.code, 2, alone.stdout + alone.stderr);
  assert.match(alone.stderr, /no-plans-here: no plan files \(\*\.json\) in this folder or its sub-folders/);
  // The plans named beside it are still checked, and the JSON names the folder too: a program
  // reading only stdout must not see every plan ready.
  assert.equal(withPlan.code, 2);
  const reports = JSON.parse(withPlan.stdout) as { file: string; ready: boolean; issues: { code: string; message: string }[] }[];
  assert.deepEqual(reports.map((r) => [r.file, r.ready]), [[empty, false], [complete, true]]);
  assert.equal(reports[0]!.issues[0]!.code, 'unreadable');
  assert.match(reports[0]!.issues[0]!.message, /no plan files/);
});

test('check: broken JSON in a plan file is reported with its line and column', async () => {
  const broken = join(work, 'broken-plan.json');
  writeFileSync(broken, '{\n  "template": "individual-provision-map",\n  "status": "draft"\n  "child": {}\n}\n');
  const [text, json] = await Promise.all([cli(['check', broken, '--today', '2026-10-01']), cli(['check', broken, '--today', '2026-10-01', '--json'])]);
  assert.equal(text.code, 1);
  assert.match(text.stdout, /broken-plan\.json: not ready for sign-off \(1 to fix\)\n {2}Fix {2}\(whole plan\) {2}Not valid JSON at line 4, column 3: .*\[invalid-json\]/);
  const [report] = JSON.parse(json.stdout) as { issues: { code: string; message: string }[] }[];
  assert.equal(report?.issues[0]?.code, 'invalid-json');
  assert.match(report?.issues[0]?.message ?? '', /line 4, column 3/);
});

test('a plan or calendar saved in another encoding (Windows-1252) is unreadable, naming the byte, not read with its letters broken', async () => {
  const plan = join(work, 'windows-1252-plan.json');
  writeFileSync(plan, Buffer.from('{\n  "template": "individual-provision-map",\n  "child": { "name": "Zo\xeb" }\n}\n', 'latin1'));
  const calendar = join(work, 'windows-1252-calendar.json');
  writeFileSync(calendar, Buffer.from('{ "name": "Caf\xe9 LA", "periods": [], "closures": [] }', 'latin1'));
  const [check, reviews] = await Promise.all([
    cli(['check', plan, '--today', '2026-10-01']),
    cli(['review-window', '--jsonl', '--calendar', calendar], jsonl({ id: 'a', template: 'sen-support-plan', from: '2026-09-07', today: '2026-10-01' })),
  ]);
  assert.equal(check.code, 2, check.stdout + check.stderr);
  assert.match(check.stderr, /windows-1252-plan\.json: not UTF-8 text: the byte 0xEB at line 3, column 25 cannot be read; save the file as UTF-8/);
  assert.equal(reviews.code, 2, reviews.stdout + reviews.stderr);
  assert.match(reviews.stderr, /windows-1252-calendar\.json: not UTF-8 text: the byte 0xE9 at line 1, column 15/);
});

/** Text as Windows Notepad saves it as "Unicode": UTF-16 with a byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

test('UTF-16 with a byte-order mark (Notepad\'s "Unicode") is read from stdin and from plan, calendar and cadence files', async () => {
  const folder = join(work, 'utf16-plans');
  mkdirSync(folder, { recursive: true });
  const ipm = readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8');
  const plan = join(folder, 'le.json');
  writeFileSync(plan, utf16(ipm, 'le'));
  writeFileSync(join(folder, 'be.json'), utf16(ipm, 'be'));
  const jsonCalendar = join(work, 'utf16-calendar.json');
  writeFileSync(jsonCalendar, utf16(JSON.stringify(exampleCalendar), 'be'));
  const icsCalendar = join(work, 'utf16-calendar.ics');
  const event = (summary: string, start: string, end: string) =>
    `BEGIN:VEVENT\r\nSUMMARY:${summary}\r\nDTSTART;VALUE=DATE:${start}\r\nDTEND;VALUE=DATE:${end}\r\nEND:VEVENT`;
  writeFileSync(
    icsCalendar,
    utf16(['BEGIN:VCALENDAR', event('Autumn Term 1', '20260903', '20261024'), event('Autumn Term 2', '20261102', '20261219'), event('INSET day', '20260928', '20260929'), 'END:VCALENDAR'].join('\r\n'), 'le'),
  );
  const cadence = join(work, 'utf16-cadence.json');
  writeFileSync(cadence, utf16(JSON.stringify({ 'sen-support-plan': { min: 4, max: 6 } }), 'le'));
  const window = { id: 'a', template: 'individual-provision-map', from: '2026-09-03', today: '2026-11-07' };
  const [smart, windowLe, windowBe, ics, withCadence, check, reviews] = await Promise.all([
    cli(['smart', '--jsonl'], utf16(jsonl({ id: 't1', text: 'Zoë 🌂 will improve.' }, { id: 't2', text: 'x' }), 'le')),
    cli(['review-window', '--jsonl', '--calendar', jsonCalendar], utf16(jsonl(window), 'le')),
    cli(['review-window', '--jsonl'], utf16(jsonl({ ...window, template: 'sen-support-plan', today: '2026-10-01' }), 'be')),
    cli(['review-window', '--jsonl', '--calendar', icsCalendar], jsonl(window)),
    cli(['review-window', '--jsonl', '--cadence', cadence], jsonl({ id: 'b', template: 'sen-support-plan', from: '2026-09-03', today: '2026-10-01' })),
    cli(['check', plan, '--today', '2026-10-01']),
    cli(['reviews', folder, '--today', '2026-11-22', '--json']),
  ]);
  assert.deepEqual(smart.lines.map((line) => [line['id'], typeof line['smart']]), [['t1', 'boolean'], ['t2', 'boolean']]);
  assert.equal(smart.stderr, '');
  assert.deepEqual(windowLe.lines, [{ id: 'a', earliest: '2026-10-16', latest: '2026-11-06', status: 'overdue' }]);
  assert.deepEqual(windowBe.lines, [{ id: 'a', earliest: '2026-10-15', latest: '2026-10-29', status: 'scheduled' }]);
  assert.equal(ics.stderr, '');
  assert.deepEqual(ics.lines, windowLe.lines);
  assert.equal(withCadence.stderr, '');
  assert.deepEqual(withCadence.lines, [{ id: 'b', earliest: '2026-10-01', latest: '2026-10-15', status: 'due' }]);
  assert.equal(check.code, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /le\.json: ready for sign-off/);
  const report = JSON.parse(reviews.stdout) as { plans: { file: string; status: string }[]; problems: unknown[] };
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.plans.map((p) => [p.file, p.status]), [['be.json', 'overdue'], ['le.json', 'overdue']]);
});

test('an option the command does not take is a usage error naming the option and the command', async () => {
  const calendar = join(work, 'options-calendar.json');
  writeFileSync(calendar, JSON.stringify(exampleCalendar));
  const plan = join(fixtures, 'individual-provision-map/valid-complete.json');
  const refused: [string[], string, string][] = [
    [['review-window', '--jsonl', '--today', '2026-10-01'], '--today', 'review-window'],
    [['review-window', '--jsonl', '--json'], '--json', 'review-window'],
    [['review-window', '--jsonl', '--all'], '--all', 'review-window'],
    [['smart', '--jsonl', '--calendar', calendar], '--calendar', 'smart'],
    // Refused before the file is read: the option is the mistake, not the missing file.
    [['smart', '--jsonl', '--cadence', join(work, 'missing.json')], '--cadence', 'smart'],
    [['smart', '--jsonl', '--today', '2026-02-30'], '--today', 'smart'],
    [['smart', '--jsonl', '--json'], '--json', 'smart'],
    [['check', plan, '--jsonl'], '--jsonl', 'check'],
    [['check', plan, '--all'], '--all', 'check'],
    [['reviews', work, '--today', '2026-10-01', '--jsonl'], '--jsonl', 'reviews'],
    // A misspelling is named the same way, with the options the command does take.
    [['review-window', '--jsonl', '--calender', calendar], '--calender', 'review-window'],
    [['smart', '-j'], '-j', 'smart'],
  ];
  const results = await Promise.all(refused.map(([args]) => cli(args, jsonl({ id: 'a', text: 'x' }))));
  for (const [index, result] of results.entries()) {
    const [args, option, command] = refused[index]!;
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    assert.match(result.stderr, new RegExp(`^isp-rules: Unknown option '${option}' for ${command}\\b.*\nRun "isp-rules --help" for usage\.\n$`), args.join(' '));
  }
});

test('every option combination in the usage is still accepted', async () => {
  const calendar = join(work, 'usage-calendar.json');
  writeFileSync(calendar, JSON.stringify(exampleCalendar));
  const cadence = join(work, 'usage-cadence.json');
  writeFileSync(cadence, JSON.stringify({ 'sen-support-plan': { min: 4, max: 6 } }));
  const folder = join(work, 'usage-plans');
  mkdirSync(folder, { recursive: true });
  const plan = join(folder, 'plan.json');
  writeFileSync(plan, readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  const accepted = [
    ['smart', '--jsonl'],
    ['smart', '--help'],
    ['review-window', '--jsonl', '--calendar', calendar, '--cadence', cadence],
    ['check', plan, '--today', '2026-10-01', '--calendar', calendar, '--cadence', cadence, '--json'],
    ['reviews', folder, '--today', '2026-10-01', '--calendar', calendar, '--cadence', cadence, '--json', '--all'],
    ['reviews', folder, '--today', '2026-10-01', '-h'],
  ];
  const results = await Promise.all(accepted.map((args) => cli(args)));
  for (const [index, result] of results.entries()) {
    assert.equal(result.stderr, '', accepted[index]!.join(' '));
    // A plan may not be ready (1) with these dates; what matters is that none is a usage error (2).
    assert.notEqual(result.code, 2, accepted[index]!.join(' '));
  }
});

test('reviews: a reviewed plan is due again from its review, unless a later plan in the folder follows it', async () => {
  const folder = join(work, 'reviewed-plans');
  mkdirSync(folder, { recursive: true });
  // Reviewed on 2026-12-10; the next window (6 to 8 weeks) ends on 2027-02-04.
  const ssp = JSON.parse(readFileSync(join(fixtures, 'sen-support-plan/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'kai.json'), JSON.stringify(ssp));
  const alone = await cli(['reviews', folder, '--today', '2027-09-01', '--json']);
  assert.equal(alone.code, 0, alone.stdout + alone.stderr);
  assert.deepEqual((JSON.parse(alone.stdout) as { plans: { file: string; status: string; from: string }[] }).plans.map((p) => [p.file, p.status, p.from]), [['kai.json', 'overdue', '2026-12-10']]);

  // The next cycle's plan, started from that review, names it in followsReview: the old plan is history.
  writeFileSync(join(folder, 'kai-next.json'), JSON.stringify({ ...ssp, id: 'ssp-kai-2027-spr', status: 'agreed', followsReview: ssp.id, review: undefined, planDetails: { ...ssp.planDetails, dateOfPlan: '2027-08-20' } }));
  const [followed, all] = await Promise.all([cli(['reviews', folder, '--today', '2027-09-01', '--json']), cli(['reviews', folder, '--today', '2027-09-01', '--all', '--json'])]);
  assert.deepEqual((JSON.parse(followed.stdout) as { plans: unknown[] }).plans, []);
  assert.deepEqual(
    (JSON.parse(all.stdout) as { plans: { file: string; status: string }[] }).plans.map((p) => [p.file, p.status]),
    [['kai-next.json', 'scheduled'], ['kai.json', 'reviewed']],
  );
});

test('reviews: a folder with no plan files is refused, not reported as nothing due', async () => {
  const folder = join(work, 'no-plans');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'notes.txt'), 'not a plan');
  const result = await cli(['reviews', folder, '--today', '2026-10-20']);
  assert.equal(result.code, 2, result.stdout + result.stderr);
  assert.match(result.stderr, /no plan files \(\*\.json\) in this folder or its sub-folders/);
  assert.equal(result.stdout, '');
});

test('review-window: a calendar key that is misspelt is refused, not ignored', async () => {
  const calendar = join(work, 'closure-typo.json');
  const { closures, ...rest } = exampleCalendar;
  writeFileSync(calendar, JSON.stringify({ ...rest, closure: closures }));
  const result = await cli(['review-window', '--jsonl', '--calendar', calendar], jsonl({ id: 'a', template: 'sen-support-plan', from: '2026-09-10', today: '2026-10-22' }));
  assert.equal(result.code, 2, result.stdout + result.stderr);
  assert.match(result.stderr, /"closure".*not a calendar field/);
  assert.equal(result.stdout, '');
});

test('review-window: a review dated after today has not happened yet', async () => {
  const result = await cli(
    ['review-window', '--jsonl'],
    jsonl(
      { id: 'future', template: 'sen-support-plan', from: '2026-09-10', today: '2026-09-20', reviewedOn: '2027-05-01' },
      { id: 'held', template: 'sen-support-plan', from: '2026-09-10', today: '2026-11-20', reviewedOn: '2026-11-01' },
    ),
  );
  assert.deepEqual(result.lines.map((line) => [line['id'], line['status']]), [['future', 'scheduled'], ['held', 'reviewed']]);
});

test('an output that cannot be written is one clear line and exit 2, not a stack trace; a closed pipe keeps a failure in the exit code', async () => {
  const full = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, '--help'], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(full.code, 2, full.stderr);
  assert.match(full.stderr, /^isp-rules: cannot write the output: .*ENOSPC/);
  assert.doesNotMatch(full.stderr, /\n\s+at /);

  // The first line is an error; the reader stops after it.
  const closed = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, 'smart', '--jsonl']);
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {}); // the child may exit before it has read all its input
    child.on('error', reject);
    child.on('close', resolve);
    child.stdin.end(['{broken', ...Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: String(i), text: 'Amir will read 10 words by Easter.' }))].join('\n'));
  });
  assert.equal(closed, 1);
});

test('reviews: a line break or an escape code in a child\'s name is shown, not passed to the terminal', async () => {
  const folder = join(work, 'odd-names');
  mkdirSync(folder, { recursive: true });
  const ipm = JSON.parse(readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'plan.json'), JSON.stringify({ ...ipm, child: { ...ipm.child, name: 'Amara\nOkafor\u001b[2J' }, planDetails: { ...ipm.planDetails, dateOfPlan: '2026-08-01' } }));
  const result = await cli(['reviews', folder, '--today', '2026-10-20']);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /\u001b/);
  assert.match(result.stdout, /overdue\s+Amara\\u000aOkafor\\u001b\[2J\s+individual-provision-map/);
});

test('an option given twice is refused, not settled by taking the last', async () => {
  const calendar = join(work, 'twice.json');
  writeFileSync(calendar, JSON.stringify(exampleCalendar));
  const result = await cli(['review-window', '--jsonl', '--calendar', calendar, '--calendar', calendar], jsonl({ id: 'a', template: 'sen-support-plan', from: '2026-09-10', today: '2026-10-22' }));
  assert.equal(result.code, 2, result.stdout + result.stderr);
  assert.match(result.stderr, /--calendar is given more than once/);
  assert.equal(result.stdout, '');
});

test('check and reviews: a reader that stops early (| head) still sees the failure in the exit code', async () => {
  // Far more report than a pipe holds, so the reader goes away while it is being written.
  const minimal = join(fixtures, 'individual-provision-map/valid-minimal.json');
  const folder = join(work, 'not-plans');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < 1500; i++) writeFileSync(join(folder, `file-${i}.json`), '{"id": 1}');
  const firstChunkOnly = (args: string[]) =>
    new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args]);
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', resolve);
    });
  const [check, reviews] = await Promise.all([
    firstChunkOnly(['check', ...Array<string>(1500).fill(minimal), '--today', '2026-10-01']),
    firstChunkOnly(['reviews', folder, '--today', '2026-10-01']),
  ]);
  assert.equal(check, 1);
  assert.equal(reviews, 1);
});

test('check: a reader of its messages that stops early (2>&1 | head) still sees unreadable files in the exit code', async () => {
  const missing = Array.from({ length: 1500 }, (_, i) => join(work, `missing-${i}.json`));
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, 'check', ...missing, '--today', '2026-10-01'], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.once('data', () => child.stderr.destroy());
    child.on('error', reject);
    child.on('close', resolve);
  });
  assert.equal(code, 2);
});

test('reviews: the files it cannot check are listed in file order, whatever went wrong with each', async () => {
  const folder = join(work, 'problems-in-order');
  mkdirSync(folder, { recursive: true });
  const ipm = JSON.parse(readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'a-no-date.json'), JSON.stringify({ ...ipm, planDetails: { ...ipm.planDetails, dateOfPlan: undefined } }));
  writeFileSync(join(folder, 'b-not-a-plan.json'), JSON.stringify({ note: 'not a plan' }));
  writeFileSync(join(folder, 'c-plan.json'), JSON.stringify(ipm));
  const result = await cli(['reviews', folder, '--today', '2026-11-22', '--json']);
  assert.equal(result.code, 1, result.stderr);
  const { problems } = JSON.parse(result.stdout) as { problems: { file: string }[] };
  assert.deepEqual(problems.map((problem) => problem.file), ['a-no-date.json', 'b-not-a-plan.json']);
});

test('reviews: a file holding a list of plans is named as such, not just "expected a plan object"', async () => {
  const folder = join(work, 'list-of-plans');
  mkdirSync(folder, { recursive: true });
  const ipm = JSON.parse(readFileSync(join(fixtures, 'individual-provision-map/valid-complete.json'), 'utf8'));
  writeFileSync(join(folder, 'export.json'), JSON.stringify([ipm, ipm]));
  const result = await cli(['reviews', folder, '--today', '2026-11-22']);
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /export\.json: expected a plan object, found a list of 2: save each plan as a file of its own \[not-an-object\]/);
});

test('smart and review-window: a folder given as stdin (`< plans/`) is refused, not read as no records and passed', async () => {
  for (const command of ['smart', 'review-window']) {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, command, '--jsonl'], { stdio: [openSync(work, 'r'), 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    assert.equal(result.code, 2, `${command}: ${result.stderr}`);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^isp-rules: ${command}: stdin is a folder`));
  }
  // check does not read stdin: a folder there is no concern of its.
  const check = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, 'check', join(fixtures, 'individual-provision-map', 'valid-complete.json'), '--today', '2026-11-01'], { stdio: [openSync(work, 'r'), 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
  assert.notEqual(check, 2);
});

test('smart: a U+FFFD written in valid UTF-8 (a character some exports already hold) is checked, not refused as unreadable', async () => {
  const input = jsonl(
    { id: 'a', text: 'Zoe will say hello \uFFFD at snack time with a visual prompt on 4 out of 5 days by Easter.', pupilName: 'Zoe' },
    { id: 'b', text: 'Zoe will say hello at snack time with a visual prompt on 4 out of 5 days by Easter.', pupilName: 'Zoe' },
  );
  const result = await cli(['smart', '--jsonl'], input);
  assert.equal(result.code, 0, result.stdout);
  assert.deepEqual(result.lines.map((line) => typeof line['smart']), ['boolean', 'boolean']);
});
