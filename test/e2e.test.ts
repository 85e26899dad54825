/**
 * End to end, as a user runs it: fixture projects with symkernel installed from `npm pack`, built
 * with the real Rollup and Vite CLIs, the output run with a child `node`. Values are checked
 * against references written here with Math.*.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { binPath, prepareFixture } from '../scripts/fixture.mjs';
import { assertClose, runNode as run, runNodeOk as runOk } from './helpers.js';

const ROLLUP = binPath('rollup') as string;
const VITE = binPath('vite') as string;



const XS = [0, 1, 2, -0.5, 3.25];
const YS = [0.5, 1.5, 2.5, 3.5, 4.5];
const normalPdf = (x: number, mu: number, s: number) => Math.exp(-((x - mu) ** 2) / (2 * s ** 2)) / (s * Math.sqrt(2 * Math.PI));

/** The rollup-app's `poly`, term by term: value and the sum of magnitudes (for a cancellation-aware bound). */
function poly(x: number, y: number): [number, number] {
  const terms = [(1 + 2 * x + 3 * x ** 2 + 4 * x ** 3) / (1 + y ** 2), -Math.abs(x), Math.tan(y) * Math.cos(x), -Math.sin(x) / Math.log(y)];
  return [terms.reduce((a, b) => a + b, 0), terms.reduce((a, b) => a + Math.abs(b), 0)];
}

function checkRollupReport(report: Record<string, unknown>, backend: string) {
  assert.equal(report.normalPdfBackend, backend);
  assert.equal(report.logisticBackend, backend);
  assert.equal(report.polyBackend, backend);
  assert.deepEqual(report.normalPdfParams, ['x', 'mu', 'sigma']);
  assertClose(report.normalPdf as number[], XS.map((x) => normalPdf(x, 0.3, 1.7)), 1e-15, 'normalPdf');
  assertClose(report.logistic as number[], XS.map((x) => 1 / (1 + Math.exp(-x))), 1e-15, 'logistic');
  (report.poly as number[]).forEach((v, i) => {
    const [want, magnitude] = poly(XS[i], YS[i]);
    assert.ok(Math.abs(v - want) <= 8 * Number.EPSILON * magnitude, `poly[${i}]: ${v} vs ${want}`);
  });
  const [scalar, magnitude] = poly(0.25, 2);
  assert.ok(Math.abs((report.polyScalar as number) - scalar) <= 8 * Number.EPSILON * magnitude);
  assert.equal(report.notOurs, '(x) => not math at all', 'a shadowed sym is left alone');
  assert.equal(report.polarBackend, backend);
  const [scaled, soft] = report.polar as number[][];
  assertClose(scaled, XS.map((x, i) => Math.hypot(x, YS[i]) * 2.5), 1e-15, 'polar[0] (captured ${gain})');
  assertClose(soft, XS.map((x, i) => Math.log1p(Math.exp(x - Math.hypot(x, YS[i])))), 1e-15, 'polar[1] (inlined ${softplus})');
  const stats = report.stats as { square: number[]; cube: number[] };
  assertClose(stats.square, XS.map((x) => x * x), 0, 'stats.square');
  assertClose(stats.cube, XS.map((x) => x * x * x), 0, 'stats.cube');
  // units.ts: a TypeScript module with a typed literal and named outputs
  const t = report.temperatures as { fahrenheit: number[]; kelvin: number[]; backend: string };
  assert.equal(t.backend, backend);
  assertClose(t.fahrenheit, XS.map((c) => (c * 9) / 5 + 32), 1e-15, 'temperatures.fahrenheit');
  assertClose(t.kelvin, XS.map((c) => c + 273.15), 1e-15, 'temperatures.kelvin');
}

test('rollup -c: the bundle runs with node on native kernels; without the prebuild it runs on JS', async (t) => {
  const dir = prepareFixture('rollup-app');
  const build = runOk(dir, [ROLLUP, '-c']);
  assert.doesNotMatch(build.output, /Unresolved dependencies|warning/i, build.output);
  const addon = path.join(dir, 'dist', 'prebuilds', `${process.platform}-${process.arch}`, 'symkernel.napi.node');
  assert.ok(fs.existsSync(addon), 'the addon is emitted next to the bundle');

  const bundle = fs.readFileSync(path.join(dir, 'dist', 'app.js'), 'utf8');
  assert.doesNotMatch(bundle, /\beval\(|new Function/);
  assert.doesNotMatch(bundle, /tokenize|parseLiteral|oxc-parser/, 'no parser ships in the bundle');

  checkRollupReport(JSON.parse(runOk(dir, ['dist/app.js']).stdout), 'native');

  await t.test('SYMKERNEL_BACKEND=js forces the generated JS kernels, same values', () => {
    checkRollupReport(JSON.parse(runOk(dir, ['dist/app.js'], { SYMKERNEL_BACKEND: 'js' }).stdout), 'js');
  });

  await t.test('a platform without the prebuild falls back to JS', () => {
    fs.rmSync(path.join(dir, 'dist', 'prebuilds'), { recursive: true });
    checkRollupReport(JSON.parse(runOk(dir, ['dist/app.js']).stdout), 'js');
  });

  await t.test('a second build with nothing changed compiles no C (cache hit, same binary)', () => {
    const cache = path.join(dir, 'node_modules', '.cache', 'symkernel');
    const before = fs.readdirSync(cache).filter((f) => f.endsWith('.node'));
    runOk(dir, [ROLLUP, '-c']);
    assert.deepEqual(fs.readdirSync(cache).filter((f) => f.endsWith('.node')), before);
    assert.deepEqual(fs.readFileSync(addon), fs.readFileSync(path.join(cache, before[0])));
  });
});

test('vite build --ssr: TypeScript and JS modules, namespace import, interpolation, named outputs, a user function, native kernels', () => {
  const dir = prepareFixture('vite-app');
  runOk(dir, [VITE, 'build', '--ssr', 'src/app.ts']);
  const report = JSON.parse(runOk(dir, ['dist/app.js']).stdout);
  assert.equal(report.normalPdfBackend, 'native');
  assert.equal(report.trigBackend, 'native');
  assertClose(report.normalPdf, XS.map((x) => normalPdf(x, 0.3, 1.7)), 1e-15, 'normalPdf');
  assertClose(report.trig, XS.map((x, i) => Math.sin(x) * Math.cos(YS[i]) + Math.sqrt(x * x + YS[i] * YS[i])), 1e-15, 'trig');
  // shapes.js: a JS module with an inlined fragment, a captured value and named outputs
  assert.equal(report.ellipseBackend, 'native');
  const r2 = XS.map((x, i) => x * x + YS[i] * YS[i]);
  assertClose(report.ellipse.area, r2.map((r) => Math.PI * r * 0.5), 1e-15, 'ellipse.area');
  assertClose(report.ellipse.decay, r2.map((r) => Math.exp(-r)), 1e-15, 'ellipse.decay');
  // a user function (vite.config.ts, option `functions`)
  assert.equal(report.clippedBackend, 'native');
  assertClose(report.clipped, XS.map((x) => (2 * x) / (1 + Math.abs(2 * x)) + 1), 1e-15, 'clipped');
});

test('a syntax error in a literal fails the build with file:line:col and a code frame', async (t) => {
  const dir = prepareFixture('broken-literal');
  const expected = /src[\\/]main\.js:6:12: error SK0002: Unexpected '\*', expected an expression/;
  const frame = /6:\s+sin\(x\) \+ \* cos\(y\)`;\n\s+\^/;

  await t.test('rollup', () => {
    const r = run(dir, [ROLLUP, '-c']);
    assert.notEqual(r.status, 0);
    assert.match(r.output, expected);
    assert.match(r.output, frame);
    assert.ok(!fs.existsSync(path.join(dir, 'dist', 'main.js')), 'no bundle is written');
  });

  await t.test('vite', () => {
    const r = run(dir, [VITE, 'build', '--ssr', 'src/main.js']);
    assert.notEqual(r.status, 0);
    assert.match(r.output, expected);
    assert.match(r.output, frame);
  });
});

test("native: 'auto' without a C compiler warns and ships JS kernels; native: true fails", async (t) => {
  const dir = prepareFixture('rollup-app');
  const noCompiler = { CC: path.join(dir, 'no-such-cc') };
  await t.test('auto', () => {
    const build = runOk(dir, [ROLLUP, '-c'], noCompiler);
    assert.match(build.output, /no C compiler found.*kernels will run as JavaScript/);
    assert.ok(!fs.existsSync(path.join(dir, 'dist', 'prebuilds')));
    checkRollupReport(JSON.parse(runOk(dir, ['dist/app.js']).stdout), 'js');
  });
  await t.test('true', () => {
    fs.writeFileSync(
      path.join(dir, 'rollup.strict.config.js'),
      "import symkernel from 'symkernel/rollup';\nexport default { input: 'src/app.js', output: { dir: 'dist-strict' }, plugins: [symkernel({ native: true })] };\n",
    );
    const r = run(dir, [ROLLUP, '-c', 'rollup.strict.config.js'], noCompiler);
    assert.notEqual(r.status, 0);
    assert.match(r.output, /no C compiler found/);
  });
});
