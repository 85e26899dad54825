/**
 * End to end with webpack, Rspack and esbuild, as a user runs them: the fixture projects
 * (fixtures/<bundler>-app: TypeScript and JS modules, `${…}` interpolation, several outputs,
 * special functions) with symkernel installed from `npm pack`, built by the real bundler in a
 * child `node` (each fixture's build.mjs), the output run with a child `node`. Values are checked
 * against references written here with Math.*, on the native backend, with the prebuild removed,
 * and with SYMKERNEL_BACKEND=js. A broken literal fails each build with file:line:col, the code
 * and a code frame.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { prepareFixture, ROOT } from '../scripts/fixture.mjs';
import { relativeError, runNode as run, runNodeOk as runOk } from './helpers.js';

interface Bundler {
  name: string;
  fixture: string;
  /** The bundle, relative to the fixture; the addon goes into `dist/prebuilds/`. */
  bundle: string;
  /** Arguments of the child `node` that builds `entry` (relative to the fixture) instead of src/app.ts. */
  buildArgs(dir: string, entry?: string): string[];
  /** The CommonJS build (each bundler's default output for Node): its arguments and its bundle. */
  cjs: { args: string[]; bundle: string };
}

/** A config file next to the fixture's own, building another entry. */
function configFor(dir: string, base: string, entry: string): string {
  const file = `${path.basename(base, '.js')}.${path.basename(entry, '.js')}.js`;
  fs.writeFileSync(path.join(dir, file), `import config from './${base}';\nexport default { ...config, entry: './${entry}' };\n`);
  return file;
}

const BUNDLERS: Bundler[] = [
  {
    name: 'webpack',
    fixture: 'webpack-app',
    bundle: 'dist/bin/app.js',
    buildArgs: (dir, entry) => ['build.mjs', ...(entry ? [configFor(dir, 'webpack.config.js', entry)] : [])],
    cjs: { args: ['build.mjs', 'webpack.cjs.config.js'], bundle: 'dist-cjs/bin/app.cjs' },
  },
  {
    name: 'rspack',
    fixture: 'rspack-app',
    bundle: 'dist/app.js',
    buildArgs: (dir, entry) => ['build.mjs', ...(entry ? [configFor(dir, 'rspack.config.js', entry)] : [])],
    cjs: { args: ['build.mjs', 'rspack.cjs.config.js'], bundle: 'dist-cjs/app.cjs' },
  },
  {
    name: 'esbuild',
    fixture: 'esbuild-app',
    bundle: 'dist/bin/app.js',
    buildArgs: (_dir, entry) => ['build.mjs', ...(entry ? [entry] : [])],
    cjs: { args: ['build.mjs', '--cjs'], bundle: 'dist-cjs/bin/app.cjs' },
  },
];



// The fixtures' inputs (src/app.ts), 64 elements: above the crossover, so native kernels compute them.
const N = 64;
const XS = Array.from({ length: N }, (_, i) => -3 + i / 8);
const YS = Array.from({ length: N }, (_, i) => 0.5 + i / 16);
const ZS = Array.from({ length: N }, (_, i) => (i + 1) / 2);

const normalPdf = (x: number, mu: number, s: number) => Math.exp(-((x - mu) ** 2) / (2 * s ** 2)) / (s * Math.sqrt(2 * Math.PI));
/** Γ at the half-integers and integers by the recurrence Γ(z + 1) = zΓ(z) from Γ(1/2) = √π and Γ(1) = 1. */
function gammaHalfInteger(z: number): number {
  let g = Number.isInteger(z) ? 1 : Math.sqrt(Math.PI);
  for (let t = Number.isInteger(z) ? 1 : 0.5; t < z; t += 1) g *= t;
  return g;
}
/** J_{1/2}(z) = √(2/(πz)) sin z; the envelope √(2/(πz)) is the scale of its error near the zeros. */
const besselHalf = (z: number) => Math.sqrt(2 / (Math.PI * z)) * Math.sin(z);
const besselHalfEnvelope = (z: number) => Math.sqrt(2 / (Math.PI * z));

interface Report {
  normalPdf: number[];
  polar: [number[], number[]];
  special: { j: number[]; g: number[] };
  backends: string[];
}

/** Checks every value of the report and returns the largest relative error (against the envelope for J). */
function checkReport(report: Report, backend: string): number {
  assert.deepEqual(report.backends, [backend, backend, backend]);
  let worst = 0;
  const check = (label: string, actual: number[], expected: (i: number) => number, tolerance: number, scale?: (i: number) => number) => {
    assert.equal(actual.length, N, `${label}: length`);
    actual.forEach((v, i) => {
      const want = expected(i);
      const err = scale ? Math.abs(v - want) / Math.max(scale(i), Math.abs(want)) : relativeError(v, want);
      worst = Math.max(worst, err);
      assert.ok(err <= tolerance, `${label}[${i}]: got ${v}, expected ${want} (relative error ${err})`);
    });
  };
  check('normalPdf', report.normalPdf, (i) => normalPdf(XS[i], 0.3, 1.7), 4e-16 * 8);
  check('polar[0] (captured ${gain})', report.polar[0], (i) => Math.hypot(XS[i], YS[i]) * 2.5, 4e-16);
  check('polar[1] (inlined ${softplus})', report.polar[1], (i) => Math.log1p(Math.exp(XS[i] - Math.hypot(XS[i], YS[i]))), 4e-16 * 8);
  check('special.g (gamma)', report.special.g, (i) => gammaHalfInteger(ZS[i]), 1e-14);
  check('special.j (besselj(1/2, x))', report.special.j, (i) => besselHalf(ZS[i]), 1e-14, (i) => besselHalfEnvelope(ZS[i]));
  return worst;
}

const BROKEN = path.join(ROOT, 'fixtures', 'broken-literal', 'src', 'main.js');

for (const bundler of BUNDLERS) {
  test(`${bundler.name}: the fixture app builds and runs with node on native kernels; JS without the prebuild`, async (t) => {
    const dir = prepareFixture(bundler.fixture) as string;
    const started = performance.now();
    const build = runOk(dir, bundler.buildArgs(dir));
    t.diagnostic(`build ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.doesNotMatch(build.output, /warning/i, build.output);

    const addon = path.join(dir, 'dist', 'prebuilds', `${process.platform}-${process.arch}`, 'symkernel.napi.node');
    assert.ok(fs.existsSync(addon), 'the addon is emitted into the output directory');
    const bundle = fs.readFileSync(path.join(dir, bundler.bundle), 'utf8');
    assert.doesNotMatch(bundle, /\beval\(|new Function/);
    assert.doesNotMatch(bundle, /__SYMKERNEL_OUTPUT_ROOT__/, 'the chunk knows its path to the output root');
    assert.doesNotMatch(bundle, /oxc-parser|parseLiteral/, 'no parser ships in the bundle');

    const worst = checkReport(JSON.parse(runOk(dir, [bundler.bundle]).stdout), 'native');
    t.diagnostic(`native: max relative error ${worst.toExponential(2)}`);

    await t.test('SYMKERNEL_BACKEND=js forces the generated JS kernels, same values', () => {
      const js = checkReport(JSON.parse(runOk(dir, [bundler.bundle], { SYMKERNEL_BACKEND: 'js' }).stdout), 'js');
      t.diagnostic(`js: max relative error ${js.toExponential(2)}`);
    });

    await t.test('CommonJS output (the default for Node): native kernels too, found through __filename', () => {
      const cjs = runOk(dir, bundler.cjs.args);
      assert.doesNotMatch(cjs.output, /warning/i, cjs.output);
      assert.ok(fs.existsSync(path.join(dir, 'dist-cjs', 'prebuilds', `${process.platform}-${process.arch}`, 'symkernel.napi.node')));
      checkReport(JSON.parse(runOk(dir, [bundler.cjs.bundle]).stdout), 'native');
    });

    await t.test('a platform without the prebuild falls back to JS', () => {
      fs.rmSync(path.join(dir, 'dist', 'prebuilds'), { recursive: true });
      checkReport(JSON.parse(runOk(dir, [bundler.bundle]).stdout), 'js');
    });

    await t.test('a broken literal fails the build with file:line:col, the code and a code frame', () => {
      fs.copyFileSync(BROKEN, path.join(dir, 'src', 'broken.js'));
      const r = run(dir, bundler.buildArgs(dir, 'src/broken.js'));
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, /src[\\/]broken\.js:6:12: error SK0002: Unexpected '\*', expected an expression/);
      assert.match(r.output, /6:\s+sin\(x\) \+ \* cos\(y\)`;\n\W*\^/);
    });
  });
}
