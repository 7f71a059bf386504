import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli } from './cli-main.js';
import { jsonFilesIn, readTextFile } from './cli-io.js';
import { fixturesDir } from './test-support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'isp-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const valid = join(fixturesDir, 'individual-provision-map', 'valid-complete.json');
const invalid = join(fixturesDir, 'individual-provision-map', 'invalid-missing-child-name.json');
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{\n  "template": "individual-provision-map",\n  "status": "draft"\n  "child": {}\n}\n');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    readFile: readTextFile,
    writeFile: (path, text) => writeFileSync(path, text),
    listFolder: jsonFilesIn,
  });
  return { code, stdout, stderr };
}

describe('isp-schemas validate', () => {
  it('exits 0 when every plan is valid', async () => {
    const { code, stdout } = await run('validate', valid);
    assert.equal(code, 0);
    assert.match(stdout, /valid-complete\.json: valid/);
  });

  it('exits 1 and prints file, pointer, field title and message for an invalid plan', async () => {
    const { code, stdout } = await run('validate', valid, invalid);
    assert.equal(code, 1);
    assert.match(stdout, /invalid-missing-child-name\.json: 1 problem\n {2}\/child\/name \(Child's name\): Enter the child's name/);
  });

  it('exits 2 for broken JSON, saying which file and where', async () => {
    const { code, stderr } = await run('validate', invalid, broken);
    assert.equal(code, 2);
    assert.match(stderr, /broken\.json: cannot read: broken JSON at line 4, column 3/);
  });

  it('reads every plan in a folder and its sub-folders, for shells that do not expand *.json', async () => {
    const folder = join(dir, 'plans');
    mkdirSync(join(folder, 'class-2'), { recursive: true });
    writeFileSync(join(folder, 'leo.json'), readFileSync(valid, 'utf8'));
    writeFileSync(join(folder, 'class-2', 'amy.JSON'), readFileSync(invalid, 'utf8'));
    writeFileSync(join(folder, 'notes.txt'), 'not a plan');
    const { code, stdout } = await run('validate', folder);
    assert.equal(code, 1);
    assert.match(stdout, /class-2[\\/]amy\.JSON: 1 problem/);
    assert.match(stdout, /leo\.json: valid/);
    assert.match(stdout, /2 files: 1 valid, 1 with problems, 0 unreadable/);
  });

  it('exits 2 naming a folder with no plan in it, and still checks the plans beside it', async () => {
    const empty = join(dir, 'no-plans-here');
    mkdirSync(join(empty, 'class-1'), { recursive: true });
    writeFileSync(join(empty, 'notes.txt'), 'not a plan');
    const alone = await run('validate', empty);
    assert.equal(alone.code, 2, alone.stdout + alone.stderr);
    assert.match(alone.stderr, /no-plans-here: cannot read: no plan files \(\*\.json\) in this folder or its sub-folders/);
    const beside = await run('validate', '--json', empty, valid);
    assert.equal(beside.code, 2);
    assert.deepEqual((JSON.parse(beside.stdout) as { status: string }[]).map((report) => report.status), ['unreadable', 'valid']);
  });

  it('exits 2 for a missing file', async () => {
    const { code, stderr } = await run('validate', join(dir, 'nope.json'));
    assert.equal(code, 2);
    assert.match(stderr, /nope\.json: cannot read: no such file/);
  });

  it('--json prints one report per file', async () => {
    const { code, stdout } = await run('validate', '--json', valid, invalid, broken);
    assert.equal(code, 2);
    const reports = JSON.parse(stdout) as { file: string; status: string; errors?: { pointer: string }[]; line?: number }[];
    assert.deepEqual(reports.map((report) => report.status), ['valid', 'invalid', 'unreadable']);
    assert.equal(reports[1]?.errors?.[0]?.pointer, '/child/name');
    assert.equal(reports[2]?.line, 4);
  });

  it('exits 2 saying what is missing when no file is named, or too many for compile', async () => {
    const cases: [string[], RegExp][] = [
      [['validate'], /^validate: name at least one plan file or folder \(- reads standard input\)\.\n\nUsage:/],
      [['validate', '--json'], /^validate: name at least one plan file or folder/],
      [['compile'], /^compile: name one variant schema file, not 0\.\n\nUsage:/],
      [['compile', valid, invalid], /^compile: name one variant schema file, not 2\./],
      [['check', valid], /^Unknown command "check": the commands are validate and compile\.\n\nUsage:/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
  });

  it('exits 2 with the usage for a command it does not know', async () => {
    const { code, stderr } = await run('check', valid);
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
  });
});

/** Text as Windows Notepad saves it as "Unicode": UTF-16 with a byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

describe('files saved as UTF-16 with a byte-order mark (Notepad\'s "Unicode")', () => {
  it('validate reads them as it reads UTF-8, and a UTF-8 byte-order mark still works', async () => {
    const plan = readFileSync(valid, 'utf8');
    const le = join(dir, 'utf16le.json');
    const be = join(dir, 'utf16be.json');
    const bom = join(dir, 'utf8-bom.json');
    writeFileSync(le, utf16(plan, 'le'));
    writeFileSync(be, utf16(readFileSync(invalid, 'utf8'), 'be'));
    writeFileSync(bom, `\uFEFF${plan}`);
    const { code, stdout, stderr } = await run('validate', le, be, bom);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.match(stdout, /utf16le\.json: valid\n/);
    assert.match(stdout, /utf16be\.json: 1 problem\n {2}\/child\/name \(Child's name\): Enter the child's name/);
    assert.match(stdout, /utf8-bom\.json: valid\n/);
  });

  it('validate names a file in another encoding (Windows-1252, a broken UTF-16 pair) as unreadable, where, instead of reading it with its letters replaced', async () => {
    const plan = readFileSync(valid, 'utf8').replace('"child": {', '"child": {\n    "setting": "Café Nursery",');
    const ansi = join(dir, 'ansi.json');
    const pair = join(dir, 'utf16-broken-pair.json');
    writeFileSync(ansi, Buffer.from(plan, 'latin1'));
    writeFileSync(pair, Buffer.concat([utf16('{"x": "', 'le'), Buffer.from([0x3d, 0xd8]), Buffer.from('"}', 'utf16le')]));
    const { code, stdout, stderr } = await run('validate', ansi, pair, valid);
    assert.equal(code, 2);
    assert.match(stderr, /ansi\.json: cannot read: not UTF-8 text: the byte 0xE9 at line 9, column 20 cannot be read; save the file as UTF-8\n/);
    assert.match(stderr, /utf16-broken-pair\.json: cannot read: not UTF-16LE text: the bytes at line 1, column 8 cannot be read; save the file as UTF-8\n/);
    assert.match(stdout, /valid-complete\.json: valid/);
  });

  it('compile reads a variant saved that way', async () => {
    const variantFile = join(dir, 'utf16-variant.schema.json');
    writeFileSync(variantFile, utf16(JSON.stringify({ $id: 'https://schemas.example-la.gov.uk/utf16.schema.json', type: 'object' }), 'le'));
    const { code, stderr } = await run('compile', variantFile, '-o', join(dir, 'utf16-variant.js'));
    assert.equal(code, 0, stderr);
  });

  it('validate - reads standard input saved that way', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'validate', '-'], {
      input: utf16(readFileSync(invalid, 'utf8'), 'be'),
      encoding: 'utf8',
    });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /-: 1 problem\n {2}\/child\/name \(Child's name\)/);
  });
});

describe('options a command does not take', () => {
  it('are a usage error (exit 2) naming the option and the command', async () => {
    const cases: [string[], string, string][] = [
      [['validate', valid, '--minify'], '--minify', 'validate'],
      [['validate', valid, '-o', join(dir, 'never.js')], '-o', 'validate'],
      [['validate', valid, '--output', join(dir, 'never.js')], '--output', 'validate'],
      [['compile', broken, '--json'], '--json', 'compile'],
      // A misspelling is named the same way, with the options the command does take.
      [['validate', '--jsn', valid], '--jsn', 'validate'],
    ];
    for (const [args, option, command] of cases) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, new RegExp(`^Unknown option '${option}' for ${command}\\b.*\n\nUsage:`), args.join(' '));
    }
  });

  it('given twice are a usage error (exit 2), not settled by taking the last', async () => {
    const variantFile = join(dir, 'twice-variant.schema.json');
    writeFileSync(variantFile, JSON.stringify({ $id: 'https://schemas.example-la.gov.uk/twice.schema.json', type: 'object' }));
    const { code, stdout, stderr } = await run('compile', variantFile, '-o', join(dir, 'first.js'), '--output', join(dir, 'second.js'));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^Option '--output' is given more than once; give it once\.\n\nUsage:/);
  });

  it('leave the documented combinations working', async () => {
    const variantFile = join(dir, 'options-variant.schema.json');
    writeFileSync(variantFile, JSON.stringify({ $id: 'https://schemas.example-la.gov.uk/options.schema.json', type: 'object' }));
    assert.equal((await run('validate', '--json', valid)).code, 0);
    assert.equal((await run('validate', valid, '--help')).code, 0);
    const compiled = await run('compile', variantFile, '-o', join(dir, 'options-variant.js'), '--minify');
    assert.equal(compiled.code, 0, compiled.stderr);
  });
});

describe('isp-schemas compile', () => {
  it('writes a validator module for a variant, which then validates plans', async () => {
    const variantFile = join(dir, 'variant.schema.json');
    writeFileSync(variantFile, JSON.stringify({
      $id: 'https://schemas.example-la.gov.uk/ipm.schema.json',
      $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json',
      $defs: { graduatedResponseLevel: { type: 'string', enum: ['Universal', 'Targeted'] } },
    }));
    const out = join(dir, 'variant.js');
    const { code, stderr } = await run('compile', variantFile, '-o', out);
    assert.equal(code, 0, stderr);
    const { validate } = await import(pathToFileURL(out).href);
    const plan = JSON.parse(readFileSync(valid, 'utf8'));
    assert.equal(validate({ ...plan, planDetails: { ...plan.planDetails, graduatedResponseLevel: 'Targeted' } }), true);
    assert.equal(validate(plan), false, 'GR levels were replaced');
  });

  it('exits 1 naming the problem when the schema cannot be compiled', async () => {
    const bad = join(dir, 'bad.schema.json');
    writeFileSync(bad, JSON.stringify({ $id: 'https://example.org/bad.json', type: 'object', properties: { a: { type: 'strnig' } } }));
    const { code, stderr } = await run('compile', bad, '-o', join(dir, 'bad.js'));
    assert.equal(code, 1);
    assert.match(stderr, /bad\.schema\.json: cannot compile: .*properties\/a\/type must be equal to one of the allowed values/);
  });

  it('exits 2 naming the missing folder when -o points into a folder that does not exist', async () => {
    const variantFile = join(dir, 'variant-for-missing-folder.schema.json');
    writeFileSync(variantFile, JSON.stringify({ $id: 'https://schemas.example-la.gov.uk/plain.schema.json', type: 'object' }));
    const { code, stderr } = await run('compile', variantFile, '-o', join(dir, 'no-such-folder', 'out.js'));
    assert.equal(code, 2);
    assert.match(stderr, /no-such-folder[\/]out\.js: cannot write: the folder .*no-such-folder does not exist/);
  });

  it('exits 2 for a variant file that is not JSON', async () => {
    const { code } = await run('compile', broken);
    assert.equal(code, 2);
  });
});

describe('the isp-schemas process', () => {
  it('sets its exit code and writes errors to the terminal', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'validate', invalid], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /\/child\/name \(Child's name\)/);
  });

  it('stops quietly when the reader of its output goes away (isp-schemas validate … | head -1)', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'validate', ...Array(2000).fill(valid)]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(stderr, '', 'no EPIPE stack trace');
    assert.equal(status, 0);
  });

  it('keeps exit 2 for unreadable files when the reader of its messages stops early (2>&1 | head)', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const missing = Array.from({ length: 2000 }, (_, i) => join(dir, `missing-${i}.json`));
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'validate', ...missing], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.once('data', () => child.stderr.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 2);
  });

  it('says in one line, exit 2, when its output cannot be written (a full disk), not with a stack trace and exit 1', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli, 'validate', valid], {
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      encoding: 'utf8',
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^isp-schemas: cannot write the output: .*ENOSPC/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
