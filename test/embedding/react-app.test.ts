// A React 19 app using <isp-plan> with a property (`plan`), an event (`isp-plan-change`) and
// typed JSX: the app typechecks, misuse does not, and in Chromium (under the strict CSP) React
// sets the plan as a property, hears every edit and switches the mode.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { checkFrameworkApp } from './framework-app.js';

const reactDir = fileURLToPath(new URL('./react/', import.meta.url));
const appOutDir = fileURLToPath(new URL('../../test-output/react-app/', import.meta.url));

/** Type errors of the React app's tsconfig, with `extraFiles` (name → source) added to it. */
function typeErrors(extraFiles: Record<string, string> = {}): string[] {
  const configPath = `${reactDir}tsconfig.json`;
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  assert.ok(config, 'cannot read test/embedding/react/tsconfig.json');
  const extra = Object.fromEntries(Object.entries(extraFiles).map(([name, source]) => [`${reactDir}${name}`, source]));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => extra[file] ?? readFile(file);
  host.fileExists = (file) => file in extra || fileExists(file);
  const program = ts.createProgram([...config.fileNames, ...Object.keys(extra)], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.replace(reactDir, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

test('the React app typechecks against the JSX types of the elements', () => {
  assert.deepEqual(typeErrors(), []);
});

test('the JSX types refuse misuse of <isp-plan> and its parts', () => {
  const misuses: Record<string, [string, RegExp]> = {
    'unknown template': ['<isp-plan template="no-such-template" />', /"no-such-template"/],
    'unknown mode': ['<isp-plan mode="edt" />', /"edt"/],
    'a handler for another event type': ['<isp-plan onisp-plan-change={(event: MouseEvent) => event.button} />', /MouseEvent|button/],
    'a misspelt tag': ['<isp-plann />', /isp-plann/],
    'a part property of the wrong type': ['<isp-date-input value={20260914} />', /number/],
    'an unknown part mode': ['<isp-smart-target mode="edt" />', /"edt"/],
  };
  for (const [what, [jsx, expected]] of Object.entries(misuses)) {
    const errors = typeErrors({ 'misuse.tsx': `export const misuse = ${jsx};\n` }).filter((error) => error.startsWith('misuse.tsx'));
    assert.ok(errors.some((error) => expected.test(error)), `${what}: expected a type error matching ${expected}, got ${JSON.stringify(errors)}`);
  }
});

test('React 19 sets the plan as a property, hears isp-plan-change and switches the mode, under the strict CSP', { timeout: 90_000 }, async (t) => {
  mkdirSync(appOutDir, { recursive: true });
  await build({
    entryPoints: [`${reactDir}app.tsx`],
    outfile: `${appOutDir}react-app.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  await checkFrameworkApp(t, 'React', appOutDir, '/react.html');
});
