/**
 * The publishing story end to end: a library (fixtures/lib-package, TS and JS sources with
 * literals) built with `symkernel build`, packed with `npm pack`, installed into a consumer
 * (fixtures/lib-consumer) whose node_modules holds only that tarball, symkernel (from `npm pack`)
 * and node-gyp-build — the runtime's one dependency. The consumer runs with no C compiler
 * reachable: native kernels from the library's prebuild, then JS kernels once it is deleted.
 *
 * The tarball is extracted into node_modules/<name>, which is what `npm install <tarball>` does
 * for a package whose dependencies are already installed; npm itself would resolve the rest of
 * symkernel's dependency tree, and this test must not touch the network.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { packPackage, prepareFixture, ROOT } from '../scripts/fixture.mjs';
import { assertClose } from './helpers.js';

const PLATFORM = `${process.platform}-${process.arch}`;

function node(cwd: string, args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  assert.equal(r.status, 0, `node ${args.join(' ')} failed in ${cwd}:\n${r.stdout}${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

const XS = [0, 1, 2, -0.5, 3.25];
const TS = [0, 0.5, 1, 2, 4];
const RS = [0.5, 1, 2, 3.25, 7];
const logpdf = (x: number) => -((x - 0.3) ** 2) / (2 * 1.7 ** 2) - Math.log(1.7) - Math.log(2 * Math.PI) / 2;
/** J0 by its power series Σ (-1)^k (x/2)^2k / (k!)^2 (converges fast for these x). */
function besselJ0(x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 60; k++) {
    term *= -((x / 2) ** 2) / (k * k);
    sum += term;
  }
  return sum;
}

function checkConsumer(stdout: string, backend: string) {
  const r = JSON.parse(stdout);
  assert.deepEqual(r.backends, Array(4).fill(backend));
  assertClose(r.normalLogpdf, XS.map(logpdf), 1e-15, 'normalLogpdf');
  assertClose([r.logLikelihood], [XS.map(logpdf).reduce((a, b) => a + b, 0)], 1e-15, 'logLikelihood (k.sum)');
  const decay = (t: number) => Math.exp(-0.2 * 3 * t);
  assertClose(r.oscillator.x, TS.map((t) => decay(t) * Math.cos(3 * t)), 1e-15, 'oscillator.x');
  assertClose(r.oscillator.v, TS.map((t) => -0.6 * decay(t) * Math.cos(3 * t) - 3 * decay(t) * Math.sin(3 * t)), 1e-14, 'oscillator.v (diff)');
  assertClose(r.besselJ0, RS.map(besselJ0), 1e-13, 'besselJ0');
  assertClose(r.besselJHalf, RS.map((x) => Math.sqrt(2 / (Math.PI * x)) * Math.sin(x)), 1e-14, 'besselJHalf');
}

test('a library built with `symkernel build` and packed: consumers get native kernels without a compiler, JS without the prebuild', async (t) => {
  const lib = prepareFixture('lib-package');
  const cli = path.join(lib, 'node_modules', 'symkernel', 'dist', 'cli', 'index.js'); // the installed bin
  const built = node(lib, [cli, 'build']);
  t.diagnostic(`symkernel build (cold cache): ${built.ms.toFixed(0)} ms — ${built.stdout.trim()}`);
  assert.match(built.stdout, /symkernel build: 2 files, 4 kernels; addon: prebuilds\/[\w-]+\/symkernel\.napi\.node \(4 kernels compiled/);
  for (const file of [`prebuilds/${PLATFORM}/symkernel.napi.node`, 'dist/index.js', 'dist/math/special.js', 'dist/symkernel-addon.js', 'dist/index.js.map']) {
    assert.ok(fs.existsSync(path.join(lib, file)), `${file} is written`);
  }
  const index = fs.readFileSync(path.join(lib, 'dist', 'index.js'), 'utf8');
  assert.match(index, /from "\.\/symkernel-addon\.js"/);
  assert.doesNotMatch(index, /type Kernel|normalLogpdf: Kernel|xs: Float64Array|sym`/, 'types erased, literals replaced');
  assert.match(fs.readFileSync(path.join(lib, 'dist', 'math', 'special.js'), 'utf8'), /from "\.\.\/symkernel-addon\.js"/);

  await t.test('a rebuild with nothing changed compiles nothing', () => {
    assert.match(node(lib, [cli, 'build']).stdout, /addon: prebuilds\/[\w-]+\/symkernel\.napi\.node \(from the cache\)/);
  });

  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-lib-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: lib, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const published = packed.files.map((f) => f.path).sort();
  assert.ok(published.includes(`prebuilds/${PLATFORM}/symkernel.napi.node`), published.join(', '));
  assert.ok(published.includes('dist/index.js') && published.includes('dist/symkernel-addon.js'));
  assert.ok(!published.some((f) => f.startsWith('src/')), 'sources are not published');

  // The consumer: only the tarball, symkernel and node-gyp-build.
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-lib-consumer-'));
  fs.cpSync(path.join(ROOT, 'fixtures', 'lib-consumer'), app, { recursive: true });
  const modules = path.join(app, 'node_modules');
  fs.mkdirSync(modules);
  fs.cpSync(packPackage(), path.join(modules, 'symkernel'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'node-gyp-build'), path.join(modules, 'node-gyp-build'));
  const extracted = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-lib-extract-'));
  execFileSync('tar', ['xzf', path.join(packDir, path.basename(packed.filename)), '-C', extracted]);
  fs.renameSync(path.join(extracted, 'package'), path.join(modules, 'sk-stats-fixture'));

  // No compiler anywhere: PATH holds nothing, CC points nowhere.
  const noCompiler = { PATH: '/nonexistent', CC: '/nonexistent/cc' };

  await t.test('with the prebuild: native kernels, right values, no compiler needed', () => {
    checkConsumer(node(app, ['app.js'], noCompiler).stdout, 'native');
  });

  await t.test('without a prebuild for the platform: the JS kernels, same values', () => {
    fs.rmSync(path.join(modules, 'sk-stats-fixture', 'prebuilds'), { recursive: true });
    checkConsumer(node(app, ['app.js'], noCompiler).stdout, 'js');
  });
});
