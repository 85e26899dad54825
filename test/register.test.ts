/**
 * `node --import symkernel/register app.ts`, as a user runs it: fixtures/register-app (a TS entry
 * importing a JS and a TS module with literals) with symkernel installed from `npm pack`, run in a
 * child `node` with the real C compiler; values checked against Math.* references written here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with the demo
import { prepareFixture } from '../scripts/fixture.mjs';
import { assertClose, runNode as run, runNodeOk as runOk } from './helpers.js';

const REGISTER = ['--import', 'symkernel/register'];



const XS = [0, 1, 2, -0.5, 3.25];
const YS = [0.5, 1.5, 2.5, 3.5, 4.5];
const normalPdf = (x: number, mu: number, s: number) => Math.exp(-((x - mu) ** 2) / (2 * s ** 2)) / (s * Math.sqrt(2 * Math.PI));
/** Γ(n + 1/2) = (2n)! / (4^n n!) · √π for integer n ≥ 0. */
const gammaHalf = (n: number) => {
  let ratio = 1;
  for (let k = 1; k <= n; k++) ratio *= (2 * k - 1) / 2;
  return ratio * Math.sqrt(Math.PI);
};

function checkReport(stdout: string, backend: string) {
  const report = JSON.parse(stdout);
  assert.deepEqual(report.backends, Array(5).fill(backend));
  assertClose(report.normalPdf, XS.map((x) => normalPdf(x, 0.3, 1.7)), 1e-15, 'normalPdf (JS module)');
  assertClose(report.logistic, XS.map((x) => 1 / (1 + Math.exp(-x))), 1e-15, 'logistic');
  assertClose(report.gammaHalf, [0, 1, 2, 3, 4].map(gammaHalf), 4e-16, 'gammaHalf (special function)');
  const [scaled, soft] = report.polar;
  assertClose(scaled, XS.map((x, i) => Math.hypot(x, YS[i]) * 2.5), 1e-15, 'polar[0] (captured ${gain})');
  assertClose(soft, XS.map((x, i) => Math.log1p(Math.exp(x - Math.hypot(x, YS[i])))), 1e-15, 'polar[1] (inlined ${softplus})');
  assertClose(report.stats.square, XS.map((x) => x * x), 0, 'stats.square');
  assertClose(report.stats.cube, XS.map((x) => x * x * x), 0, 'stats.cube');
}

/** Every file of the cache with its modification time. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((f) => `${f} ${fs.statSync(path.join(dir, f)).mtimeMs}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

test('node --import symkernel/register app.ts: native kernels on the first run, nothing compiled on the second', async (t) => {
  const dir = prepareFixture('register-app');
  const cache = path.join(dir, 'node_modules', '.cache', 'symkernel'); // the default: beside the project's package.json

  const first = runOk(dir, [...REGISTER, 'app.ts'], { SYMKERNEL_DEBUG: '1' });
  checkReport(first.stdout, 'native');
  assert.match(first.stderr, /densities\.js: compiled 2 kernels, addon compiled by cc in \d+ ms/);
  assert.match(first.stderr, /kernels\.ts: compiled 4 kernels, addon compiled by cc in \d+ ms/);
  assert.match(first.stderr, /app\.ts: no sym literals, types erased/);
  assert.equal(fs.readdirSync(cache).filter((f) => /^addon-.*\.node$/.test(f)).length, 2, 'one addon per module with literals');
  t.diagnostic(`first run (compiles 2 addons): ${first.ms.toFixed(0)} ms`);

  await t.test('second run: every module from the cache, no compiler needed, cache untouched', () => {
    const before = listing(cache);
    // No cc on PATH (CC unset, as on the first run; a different CC is a different cache key): a
    // warm start must not even look for a compiler.
    const second = runOk(dir, [...REGISTER, 'app.ts'], { SYMKERNEL_DEBUG: '1', PATH: '/nonexistent' });
    checkReport(second.stdout, 'native');
    assert.equal(second.stderr.match(/: cache hit/g)?.length, 3, second.stderr);
    assert.doesNotMatch(second.stderr, /compiled|no C compiler/);
    assert.deepEqual(listing(cache), before);
  });

  await t.test('another CC is another cache key: the modules are compiled again (here: no such compiler, JS)', () => {
    const r = runOk(dir, [...REGISTER, 'app.ts'], { SYMKERNEL_DEBUG: '1', CC: '/nonexistent/cc' });
    checkReport(r.stdout, 'js');
    assert.doesNotMatch(r.stderr, /with kernels.*: cache hit/);
    assert.match(r.stderr, /no C compiler found \(tried \/nonexistent\/cc\)/);
  });

  await t.test('SYMKERNEL_BACKEND=js: the generated JS kernels, same values', () => {
    checkReport(runOk(dir, [...REGISTER, 'app.ts'], { SYMKERNEL_BACKEND: 'js' }).stdout, 'js');
  });

  await t.test('warm start-up against plain node (figures in bench/register-startup.mjs)', () => {
    const plain: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      plain.push(runOk(dir, ['plain.js']).ms);
      warm.push(runOk(dir, [...REGISTER, 'app.ts']).ms);
    }
    const delta = median(warm) - median(plain);
    t.diagnostic(`plain node ${median(plain).toFixed(0)} ms, warm register app.ts ${median(warm).toFixed(0)} ms, delta ${delta.toFixed(0)} ms`);
    // The target is < 300 ms on a quiet machine; this shared CI box only gets a generous bound.
    assert.ok(delta < 1500, `warm start costs ${delta.toFixed(0)} ms more than plain node`);
  });

  await t.test('a broken literal: file:line:col and a code frame on stderr, exit code 1', () => {
    const r = run(dir, [...REGISTER, 'broken.ts']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken\.ts:6:12: error SK0002: Unexpected '\*', expected an expression/);
    assert.match(r.stderr, /6:\s+sin\(x\) \+ \* cos\(y\)`;\n\s+\^/);
    assert.match(r.stderr, /at file:\/\/.*broken\.ts:6:12/);
    assert.doesNotMatch(r.stdout, /broken/, 'the module did not run');
  });

  await t.test('TypeScript that erasing cannot handle: a located error', () => {
    fs.writeFileSync(path.join(dir, 'enum.ts'), 'const a = 1;\nenum Color { Red }\nconsole.log(a, Color);\n');
    const r = run(dir, [...REGISTER, 'enum.ts']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /enum\.ts:2:1: error: `enum` needs generated JavaScript/);
    assert.match(r.stderr, /2: enum Color \{ Red \}\n\s+\^+/);
  });
});

test('register without a C compiler: JS kernels, one warning, nothing cached; SYMKERNEL_CACHE_DIR is honoured', () => {
  const dir = prepareFixture('register-app');
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-register-cache-'));
  const env = { CC: '/nonexistent/cc', SYMKERNEL_CACHE_DIR: cache };
  const r = runOk(dir, [...REGISTER, 'app.ts'], env);
  checkReport(r.stdout, 'js');
  assert.equal(r.stderr.match(/no C compiler found \(tried \/nonexistent\/cc\); kernels run as JavaScript/g)?.length, 1, r.stderr);
  const cached = fs.readdirSync(path.join(cache, 'register'));
  assert.equal(cached.length, 1, 'only app.ts (no kernels) is cached; modules with kernels are retried next start');
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules', '.cache', 'symkernel')), 'the default folder is not used');
  // With a compiler back, the same cache folder gets the native addons.
  checkReport(runOk(dir, [...REGISTER, 'app.ts'], { SYMKERNEL_CACHE_DIR: cache }).stdout, 'native');
});
