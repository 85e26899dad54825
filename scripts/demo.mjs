/**
 * The demo (`npm run demo`, which builds first): a user's project bundled with the real Rollup CLI.
 *
 *   1. copy fixtures/rollup-app into a temporary folder, with symkernel installed from `npm pack`
 *   2. `rollup -c` there: the plugin compiles the app's sym`…` literals to C and to JS
 *   3. `node dist/app.js`: print what the app computes, and check it against plain JS
 *   4. a timing comparison at n = 1e6, in that same temporary project: a second entry
 *      (src/timing.js, written into the temporary copy only) bundled with its own config and run
 *      twice, with the native addon and with SYMKERNEL_BACKEND=js
 *
 * Exits non-zero when any step fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binPath, prepareFixture } from './fixture.mjs';

const NORMAL_PDF = '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))';

class StepError extends Error {}

function step(title) {
  console.log(`\n== ${title}`);
}

/** Runs node with `args` in `cwd`; inherits stdio unless `capture`, then returns stdout. */
function runNode(args, { cwd, env, capture = false }) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  const shown = `node ${args.map((a) => path.relative(cwd, a) || a).join(' ')}`;
  if (result.error) throw new StepError(`${shown} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    if (capture && result.stdout) process.stdout.write(result.stdout);
    throw new StepError(`${shown} failed (${result.signal ?? `exit code ${result.status}`})`);
  }
  return result.stdout;
}

function parseJson(text, what) {
  try {
    return JSON.parse(text.trim().split('\n').at(-1));
  } catch {
    throw new StepError(`${what} did not print JSON; it printed:\n${text}`);
  }
}

/** The normal pdf written by hand, to check the app's numbers. */
function normalPdf(x, mu, sigma) {
  return Math.exp(-((x - mu) * (x - mu)) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
}

function maxRelativeDifference(actual, expected) {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]);
    if (!(d <= worst)) worst = d;
  }
  return worst;
}

/** The second entry of the temporary project: plain user code, bundled by the plugin. */
const TIMING_ENTRY = `import { sym } from 'symkernel';

const normalPdf = sym\`${NORMAL_PDF}\`;

// The same density, written by hand.
function handPdf(x, mu, sigma, out) {
  for (let i = 0; i < x.length; i++) {
    out[i] = Math.exp(-((x[i] - mu) * (x[i] - mu)) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
  }
  return out;
}

// x ~ U[-5, 5] from a small deterministic PRNG (mulberry32).
const n = 1e6;
const x = new Float64Array(n);
let seed = 42;
for (let i = 0; i < n; i++) {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  x[i] = -5 + 10 * (((t ^ (t >>> 14)) >>> 0) / 4294967296);
}
const mu = 0.3;
const sigma = 1.7;
const outSym = new Float64Array(n);
const outHand = new Float64Array(n);

normalPdf.into(outSym, x, mu, sigma);
handPdf(x, mu, sigma, outHand);
let maxRelDiff = 0;
for (let i = 0; i < n; i++) maxRelDiff = Math.max(maxRelDiff, Math.abs(outSym[i] - outHand[i]) / Math.abs(outHand[i]));

const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / n;
};
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const symNs = [];
const handNs = [];
for (let w = 0; w < 3; w++) {
  normalPdf.into(outSym, x, mu, sigma);
  handPdf(x, mu, sigma, outHand);
}
for (let r = 0; r < 7; r++) {
  // interleaved, alternating which goes first
  if (r % 2) {
    handNs.push(time(() => handPdf(x, mu, sigma, outHand)));
    symNs.push(time(() => normalPdf.into(outSym, x, mu, sigma)));
  } else {
    symNs.push(time(() => normalPdf.into(outSym, x, mu, sigma)));
    handNs.push(time(() => handPdf(x, mu, sigma, outHand)));
  }
}
console.log(JSON.stringify({ backend: normalPdf.backend, n, symNs: median(symNs), handNs: median(handNs), maxRelDiff }));
`;

const TIMING_CONFIG = `import symkernel from 'symkernel/rollup';

export default {
  input: 'src/timing.js',
  output: { dir: 'dist-timing', format: 'es' },
  plugins: [symkernel()],
};
`;

function main() {
  const rollup = binPath('rollup');

  step('1. a user project: fixtures/rollup-app, copied to a temporary folder, symkernel from npm pack');
  const dir = prepareFixture('rollup-app');
  console.log(`project: ${dir}`);

  step('2. rollup -c (the symkernel plugin compiles the sym`…` literals to C and JS)');
  runNode([rollup, '-c'], { cwd: dir });
  const prebuilds = path.join(dir, 'dist', 'prebuilds');
  const addons = fs.existsSync(prebuilds) ? fs.readdirSync(prebuilds, { recursive: true }).filter((f) => String(f).endsWith('.node')) : [];
  console.log(addons.length ? `native addon: dist/prebuilds/${addons.join(', ')}` : 'native addon: none emitted');

  step('3. node dist/app.js');
  const appOut = runNode(['dist/app.js'], { cwd: dir, capture: true });
  process.stdout.write(appOut);
  const app = parseJson(appOut, 'dist/app.js');
  const xs = [0, 1, 2, -0.5, 3.25];
  const expected = xs.map((x) => normalPdf(x, 0.3, 1.7));
  const appDiff = maxRelativeDifference(app.normalPdf, expected);
  if (!(appDiff <= 1e-14)) throw new StepError(`normalPdf disagrees with plain JS: max relative difference ${appDiff}`);
  const backends = { normalPdf: app.normalPdfBackend, logistic: app.logisticBackend, poly: app.polyBackend };
  const notNative = Object.entries(backends).filter(([, b]) => b !== 'native');
  if (notNative.length) {
    throw new StepError(
      `expected every kernel on the native backend, got ${JSON.stringify(backends)} (is a C compiler installed? set CC to choose one)`,
    );
  }

  step('4. timing at n = 1e6: src/timing.js (written into the temporary copy) bundled with rollup.timing.config.js');
  fs.writeFileSync(path.join(dir, 'src', 'timing.js'), TIMING_ENTRY);
  fs.writeFileSync(path.join(dir, 'rollup.timing.config.js'), TIMING_CONFIG);
  runNode([rollup, '-c', 'rollup.timing.config.js'], { cwd: dir });
  const nativeRun = parseJson(runNode(['dist-timing/timing.js'], { cwd: dir, capture: true }), 'dist-timing/timing.js');
  const jsRun = parseJson(
    runNode(['dist-timing/timing.js'], { cwd: dir, capture: true, env: { SYMKERNEL_BACKEND: 'js' } }),
    'dist-timing/timing.js with SYMKERNEL_BACKEND=js',
  );
  if (nativeRun.backend !== 'native') throw new StepError(`the timing bundle ran on backend '${nativeRun.backend}', expected 'native'`);
  if (jsRun.backend !== 'js') throw new StepError(`with SYMKERNEL_BACKEND=js the timing bundle ran on backend '${jsRun.backend}'`);
  for (const r of [nativeRun, jsRun]) {
    if (!(r.maxRelDiff <= 1e-14)) throw new StepError(`the ${r.backend} kernel disagrees with the hand loop: max relative difference ${r.maxRelDiff}`);
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  const line = (label, ns, handNs) => `  ${label.padEnd(34)} ${ns.toFixed(2).padStart(6)} ns/element   ${(handNs / ns).toFixed(2)}x the hand loop`;
  console.log(`\n== summary`);
  console.log(`built in        ${dir}`);
  console.log(`                (rollup -c → dist/app.js + dist/prebuilds/${addons[0] ?? '?'})`);
  console.log(`normalPdf(xs, 0.3, 1.7) for xs = [${xs.join(', ')}]:`);
  app.normalPdf.forEach((v, i) => console.log(`  x = ${String(xs[i]).padEnd(5)} → ${v}`));
  console.log(`  max relative difference to plain JS: ${appDiff.toExponential(2)}`);
  console.log(`logistic(xs):    [${app.logistic.map((v) => v.toPrecision(6)).join(', ')}]`);
  console.log(`poly(0.25, 2):   ${app.polyScalar}`);
  console.log(`notOurs():       ${JSON.stringify(app.notOurs)} (a local \`sym\` is left alone)`);
  console.log(`backends:        normalPdf ${backends.normalPdf}, logistic ${backends.logistic}, poly ${backends.poly}`);
  console.log(`timing, normal pdf at n = 1e6, median of 7 after warm-up (${cpu}, node ${process.version}):`);
  console.log(line('symkernel, native (k.into)', nativeRun.symNs, nativeRun.handNs));
  console.log(line('hand-written JS loop', nativeRun.handNs, nativeRun.handNs));
  console.log(line('symkernel, SYMKERNEL_BACKEND=js', jsRun.symNs, jsRun.handNs));
  console.log(line('hand-written JS loop (that run)', jsRun.handNs, jsRun.handNs));
  console.log(`  max relative difference to the hand loop: native ${nativeRun.maxRelDiff.toExponential(2)}, js ${jsRun.maxRelDiff.toExponential(2)}`);
}

try {
  main();
} catch (error) {
  console.error(`\ndemo failed: ${error instanceof StepError ? error.message : (error.stack ?? error)}`);
  process.exit(1);
}
