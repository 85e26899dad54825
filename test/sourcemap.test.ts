/**
 * Source maps end to end: fixtures/sourcemap-app (kernels in src/kernels.js, bad calls in
 * src/app.js) built with the real Rollup and Vite (SSR) CLIs, run with `node --enable-source-maps`.
 * Every runtime error thrown by a kernel call — the call itself, `.into`, `.sum`, `.async` — must
 * carry a stack frame at the user's `sym` literal (file:line:column of the tag, found here by
 * searching the fixture's text) and one at the call site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { binPath, prepareFixture, ROOT } from '../scripts/fixture.mjs';

const FIXTURE = path.join(ROOT as string, 'fixtures', 'sourcemap-app');

function runOk(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  assert.equal(r.status, 0, `node ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** 1-based line and column of the first occurrence of `needle` in a fixture file. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const text = fs.readFileSync(path.join(FIXTURE, file), 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where each kernel's literal starts: the `sym` tag of `export const <name> = sym\``. */
function literalFrame(name: string): RegExp {
  const declaration = `export const ${name} = `;
  const { line, column } = positionOf('src/kernels.js', `${declaration}sym\``);
  // esbuild renames the wrapper when its name is taken in the bundle's scope (normalPdf2): the
  // position is what matters.
  return new RegExp(`at (Function\\.)?${name}\\d* \\(.*[\\\\/]src[\\\\/]kernels\\.js:${line}:${column + declaration.length}\\)`);
}

/** The call site in src/app.js: the line of the attempt labelled `label`. */
function callSiteFrame(label: string): RegExp {
  const { line } = positionOf('src/app.js', `attempt('${label}'`);
  return new RegExp(`[\\\\/]src[\\\\/]app\\.js:${line}:\\d+`);
}

const EXPECTED = [
  { label: 'length mismatch', kernel: 'normalPdf', type: 'RangeError', message: /parameter 'mu' has length 2, but 'x' has length 3/ },
  { label: 'bad argument', kernel: 'logistic', type: 'TypeError', message: /parameter 'x' must be a number/ },
  { label: 'arity', kernel: 'normalPdf', type: 'TypeError', message: /takes 3 arguments, got 1/ },
  { label: 'into', kernel: 'logistic', type: 'RangeError', message: /outputs have length 2/ },
  { label: 'sum', kernel: 'normalPdf', type: 'TypeError', message: /'sigma' must hold numbers/ },
  { label: 'async', kernel: 'logistic', type: 'TypeError', message: /takes 1 argument, got 2/ },
];

interface Attempt { name: string; type?: string; stack?: string | null; value?: number[] }

function checkReport(stdout: string, bundler: string) {
  const report = JSON.parse(stdout) as Attempt[];
  for (const want of EXPECTED) {
    const got = report.find((r) => r.name === want.label);
    assert.ok(got?.stack, `${bundler}, ${want.label}: the bad call must throw`);
    assert.equal(got.type, want.type, `${bundler}, ${want.label}`);
    assert.match(got.stack, want.message, `${bundler}, ${want.label}`);
    assert.match(got.stack, literalFrame(want.kernel), `${bundler}, ${want.label}: a frame at the literal\n${got.stack}`);
    assert.match(got.stack, callSiteFrame(want.label), `${bundler}, ${want.label}: a frame at the call site\n${got.stack}`);
    // The literal's frame comes before (is called by) the call site's.
    assert.ok(got.stack.search(literalFrame(want.kernel)) < got.stack.search(callSiteFrame(want.label)), got.stack);
  }
  const values = report.find((r) => r.name === 'value')?.value;
  const xs = [0, 1, 2];
  assert.deepEqual(values?.length, 3);
  values!.forEach((v, i) => assert.ok(Math.abs(v - 1 / (1 + Math.exp(-xs[i]))) <= 1e-15, `${bundler}: logistic(${xs[i]}) = ${v}`));
}

test('node --enable-source-maps: a bad kernel call has a stack frame at the sym literal (Rollup, Vite SSR, esbuild, webpack)', async (t) => {
  const dir = prepareFixture('sourcemap-app') as string;

  await t.test('rollup -c (output.sourcemap: true)', () => {
    runOk(dir, [binPath('rollup') as string, '-c']);
    checkReport(runOk(dir, ['--enable-source-maps', 'dist/app.js']), 'rollup');
  });

  await t.test('vite build --ssr (build.sourcemap: true)', () => {
    runOk(dir, [binPath('vite') as string, 'build', '--ssr', 'src/app.js']);
    checkReport(runOk(dir, ['--enable-source-maps', 'dist-vite/app.js']), 'vite');
  });

  await t.test('esbuild (sourcemap: true)', () => {
    runOk(dir, ['esbuild.mjs']);
    checkReport(runOk(dir, ['--enable-source-maps', 'dist-esbuild/app.js']), 'esbuild');
  });

  await t.test("webpack (devtool: 'source-map')", () => {
    runOk(dir, ['webpack.mjs']);
    checkReport(runOk(dir, ['--enable-source-maps', 'dist-webpack/app.js']), 'webpack');
  });

  await t.test('without source maps the frame is in the bundle (the map is what points at the literal)', () => {
    const report = JSON.parse(runOk(dir, ['dist/app.js'])) as Attempt[];
    const stack = report.find((r) => r.name === 'length mismatch')!.stack!;
    assert.doesNotMatch(stack, literalFrame('normalPdf'));
    assert.match(stack, /at normalPdf \(.*[\\/]dist[\\/]app\.js:\d+:\d+\)/);
  });
});
