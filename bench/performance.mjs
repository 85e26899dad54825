/**
 * Benchmark: eight expressions, four sizes, every way a user could compute them here.
 *
 *   node bench/performance.mjs [--json <file>] [--quick]      (after `npm run build`)
 *
 * Writes its measurements as JSON (default bench/.out/performance.json; scripts/performance-doc.mjs
 * renders docs/performance.md from it) and prints a plain table.
 *
 * Expressions (sym literals; inputs uniform in the domains of shared/anchors/spec.json, generated
 * with mulberry32, x from seed 1, y from seed 2), at n = 10, 10^3, 10^5, 10^7.
 *
 * Variants, all in this one process, interleaved (every round runs one sample of each variant of a
 * kernel, in an order rotated per round), median over the rounds:
 *   sk1      symkernel native kernel, k.into(out, …), addon.setThreads(1)
 *   skAll    the same, addon.setThreads(os.availableParallelism())
 *   skRaw    the addon function itself, addon[k.id](out, …inputs), 1 thread (no runtime, no
 *            small-n dispatch to JS)
 *   skJs     the generated JS kernel through the same runtime (addon: null), k.into(out, …)
 *   handJs   a hand-written JS loop (bench/hand/loops.mjs; @stdlib for lgamma/gamma/J0)
 *   cPlain   hand-written C (bench/hand/kernels.c), gcc -O3: scalar libm
 *   cFast    the same C, gcc -O3 -march=native -ffast-math (libmvec through glibc's math.h)
 *   cSimd    the same C, gcc -O3 -march=native -fno-math-errno -fno-trapping-math -fopenmp-simd
 *            with `#pragma omp declare simd` prototypes for exp/sin/cos (libmvec, IEEE otherwise)
 *   triad    STREAM-like triad out = b + q*c over separate arrays of the same n (cFast build):
 *            the bandwidth bound of a kernel is triad_ns × (its bytes per element) / 24
 *   skAlloc  (n = 10^7, pdf/rational/axpy only, in a separate loop after the others) k(…)
 *            allocating its result, 1 thread, against k.into (skIntoRef) in the same loop
 * C variants are timed inside C (clock_gettime around back-to-back calls): no Node-API cost.
 * Every sample records wall-clock time and the CPU time of the calling thread
 * (CLOCK_THREAD_CPUTIME_ID): on a loaded machine wall clock mostly measures the scheduler, CPU
 * time what the variant costs (it cannot show threads, which only wall clock can).
 *   scipy    (lgamma, gamma, j0) scipy.special gammaln / gamma / j0 on numpy arrays with out=, in
 *            a /usr/bin/python3 server driven through FIFOs, so its samples are interleaved too;
 *            same inputs bit for bit (checked by checksums), timed by the server itself
 * Scalars are numbers (broadcast).
 *
 * Not a test: numbers depend on the machine and its load (recorded: os.loadavg, own CPU time).
 * Build outputs go to bench/.out/ (gitignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAddon, compileLiteral, findToolchain } from '../dist/compiler.js';
import { kernel } from '../dist/runtime/index.js';
import * as H from './hand/loops.mjs';
import { median, startPythonServer, uniformArray } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT_DIR = path.join(HERE, '.out');
const WORK = path.join(OUT_DIR, 'perf');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const JSON_OUT = args.includes('--json') ? path.resolve(args[args.indexOf('--json') + 1]) : path.join(OUT_DIR, 'performance.json');
const THREADS = os.availableParallelism();
const PYTHON = '/usr/bin/python3';
const STDLIB = ['@stdlib/math-base-special-gammaln', '@stdlib/math-base-special-gamma', '@stdlib/math-base-special-besselj0'];
/** The version the team's anchors used. */
const STDLIB_VERSION = '0.3.1';

/** Per size: timed rounds and warm-up rounds (a sample is one call at 10^7, else calibrated to ~1.5 ms). */
const PLAN = QUICK
  ? [
      { n: 10, rounds: 3, warmup: 1 },
      { n: 1e3, rounds: 3, warmup: 1 },
      { n: 1e5, rounds: 3, warmup: 1 },
    ]
  : [
      { n: 10, rounds: 31, warmup: 1 },
      { n: 1e3, rounds: 31, warmup: 1 },
      { n: 1e5, rounds: 21, warmup: 1 },
      // The correctness check (one call of every variant) warms n = 10^7 up; the JIT is warm from n = 10^5.
      { n: 1e7, rounds: 3, warmup: 0 },
    ];

/** Kernels whose allocating call k(…) is timed at 10^7 (against k.into), and how often. */
const ALLOC_KERNELS = ['pdf', 'rational', 'axpy'];
const ALLOC_ROUNDS = 5;

const MU = 0.3;
const SIGMA = 1.7;
const A = 2.5;
const TRIAD_Q = 3.0;

/**
 * The kernels. `arrays`: the array parameters and their domains (shared/anchors/spec.json);
 * `args(I)`: the symkernel arguments; `hand(I, out)`: the JS loop; `c`: [C id, p0, p1] (see
 * bench/hand/timing.c); `bytes`: bytes moved per element (8 per array read or written);
 * `floor`: errors are |a - b| / max(|b|, floor) (1 where the value cancels or crosses zero).
 */
const KERNELS = [
  {
    key: 'pdf', title: 'normal pdf', anchor: 'B1',
    source: '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))',
    arrays: { x: [-6, 6] }, args: (I) => [I.x, MU, SIGMA], hand: (I, o) => H.pdf(I.x, MU, SIGMA, o), c: [0, MU, SIGMA], bytes: 16, floor: 1e-300,
  },
  {
    key: 'rational', title: 'rational polynomial', anchor: 'B2',
    source: '(x) => (1 + 2*x + 3*x^2 + 4*x^3) / (1 + x^2)',
    arrays: { x: [-3, 3] }, args: (I) => [I.x], hand: (I, o) => H.rational(I.x, o), c: [1, 0, 0], bytes: 16, floor: 1e-300,
  },
  {
    key: 'piecewise', title: 'piecewise', anchor: 'B3',
    source: '(x) => x < 0 ? x^2 : sin(x)',
    arrays: { x: [-3, 3] }, args: (I) => [I.x], hand: (I, o) => H.piecewise(I.x, o), c: [2, 0, 0], bytes: 16, floor: 1e-300,
  },
  {
    key: 'trig', title: 'sin·cos + sqrt', anchor: 'B4',
    source: '(x, y) => sin(x)*cos(y) + sqrt(x^2 + y^2)',
    arrays: { x: [-10, 10], y: [-10, 10] }, args: (I) => [I.x, I.y], hand: (I, o) => H.trig(I.x, I.y, o), c: [3, 0, 0], bytes: 24, floor: 1,
  },
  {
    key: 'lgamma', title: 'lgamma difference', anchor: 'B5a', special: 'lgamma',
    source: '(x, y) => lgamma(x + 1) - lgamma(y + 1)',
    arrays: { x: [0, 50], y: [0, 50] }, args: (I) => [I.x, I.y], hand: (I, o) => H.lgammaDiff(I.x, I.y, o), c: [4, 0, 0], bytes: 24, floor: 1,
  },
  {
    key: 'gamma', title: 'gamma', anchor: 'B5b', special: 'gamma',
    source: '(x) => gamma(x)',
    arrays: { x: [0.5, 10] }, args: (I) => [I.x], hand: (I, o) => H.gammaLoop(I.x, o), c: [5, 0, 0], bytes: 16, floor: 1e-300,
  },
  {
    key: 'j0', title: 'besselj(0, x)', anchor: 'B6', special: 'j0',
    source: '(x) => besselj(0, x)',
    arrays: { x: [0, 50] }, args: (I) => [I.x], hand: (I, o) => H.j0Loop(I.x, o), c: [6, 0, 0], bytes: 16, floor: 1,
  },
  {
    key: 'axpy', title: 'a*x + y', anchor: 'B7',
    source: '(a, x, y) => a*x + y',
    arrays: { x: [-1, 1], y: [-1, 1] }, args: (I) => [A, I.x, I.y], hand: (I, o) => H.axpy(A, I.x, I.y, o), c: [7, A, 0], bytes: 24, floor: 1e-300,
  },
];
const SEEDS = { x: 1, y: 2 };

/** The hand C builds: name → compiler flags for kernels.c (timing.c is always -O2, linked without -ffast-math). */
const C_BUILDS = {
  cPlain: ['-O3'],
  cFast: ['-O3', '-march=native', '-ffast-math'],
  cSimd: ['-O3', '-march=native', '-fno-math-errno', '-fno-trapping-math', '-fopenmp-simd', '-DHAND_DECLARE_SIMD'],
};

// ---------------------------------------------------------------------------------------------
// Inputs


function sum(x) {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

// ---------------------------------------------------------------------------------------------
// Building: symkernel addon + JS kernels, the hand C, @stdlib

async function buildSymkernel(toolchain) {
  const compiled = KERNELS.map((k) => compileLiteral(k.source));
  const t0 = Date.now();
  const built = await buildAddon(compiled, toolchain, WORK);
  const buildMs = Date.now() - t0;
  const addon = createRequire(import.meta.url)(built.file);
  // The generated JS kernels are source text: write them as a module and import it (no eval).
  const special = pathToFileURL(path.join(ROOT, 'dist/special/index.js')).href;
  const body = compiled.map((c, i) => `  ${KERNELS[i].key}: ${c.js},`).join('\n');
  const text = `// generated by bench/performance.mjs\nimport * as special from ${JSON.stringify(special)};\nexport default {\n${body}\n};\n`;
  const file = path.join(WORK, `js-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  fs.writeFileSync(file, text);
  const js = (await import(pathToFileURL(file).href)).default;
  return KERNELS.map((k, i) => {
    const c = compiled[i];
    const spec = { id: c.id, params: c.params, source: c.source, js: js[k.key], crossover: c.crossover };
    const native = kernel({ ...spec, addon });
    const jsOnly = kernel({ ...spec, addon: null });
    if (native.backend !== 'native' || jsOnly.backend !== 'js') throw new Error(`${k.key}: backends ${native.backend}/${jsOnly.backend}`);
    return { native, jsOnly, raw: addon[c.id], id: c.id, crossover: c.crossover, functions: c.functions, addon, built, buildMs };
  });
}

function buildHandC() {
  const headers = createRequire(import.meta.url)('node-api-headers').include_dir;
  const dir = path.join(WORK, 'hand');
  fs.mkdirSync(dir, { recursive: true });
  const src = path.join(HERE, 'hand');
  const timingObj = path.join(dir, 'timing.o');
  execFileSync('gcc', ['-O2', '-fPIC', `-I${headers}`, '-c', path.join(src, 'timing.c'), '-o', timingObj]);
  const builds = {};
  for (const [name, flags] of Object.entries(C_BUILDS)) {
    const obj = path.join(dir, `kernels-${name}.o`);
    const lib = path.join(dir, `hand-${name}.node`);
    execFileSync('gcc', [...flags, '-fPIC', '-c', path.join(src, 'kernels.c'), '-o', obj]);
    // Linked without -ffast-math: GCC 12 would otherwise add crtfastmath.o (FTZ/DAZ for the whole process).
    execFileSync('gcc', ['-shared', '-o', lib, obj, timingObj, '-lm']);
    // libm entry points the kernels call: _ZGV… are libmvec's vector variants (b = SSE2, d = AVX2).
    const undefinedSymbols = execFileSync('nm', ['-u', obj], { encoding: 'utf8' }).split('\n').map((l) => l.trim().split(/\s+/).pop()).filter(Boolean);
    const vectorCalls = undefinedSymbols.filter((s) => s.startsWith('_ZGV')).sort();
    builds[name] = { lib: createRequire(import.meta.url)(lib), flags: `gcc ${flags.join(' ')}`, vectorCalls };
  }
  return builds;
}

/**
 * What the compiler made of each kernel loop in the addon: in the clone the CPU runs (the
 * x86-64-v3 one where the kernels have target clones), the number of instructions using ymm
 * registers (0: the loop is scalar) and the functions it calls. Null without objdump.
 */
function kernelCode(file, ids) {
  let text;
  try {
    text = execFileSync('objdump', ['-d', '--no-show-raw-insn', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  } catch {
    return null;
  }
  const blocks = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    const head = /^[0-9a-f]+ <([^>]+)>:$/.exec(line);
    if (head) {
      current = { name: head[1], lines: [] };
      blocks.set(head[1], current);
    } else if (current && line.trim()) current.lines.push(line);
  }
  return Object.fromEntries(
    ids.map((id) => {
      const block = blocks.get(`sk_${id}.arch_x86_64_v3`) ?? blocks.get(`sk_${id}`);
      if (!block) return [id, null];
      const calls = [...new Set(block.lines.filter((l) => /\bcall/.test(l)).map((l) => /<([^>+]+)/.exec(l)?.[1]).filter(Boolean))].sort();
      return [id, { clone: block.name, instructions: block.lines.length, ymm: block.lines.filter((l) => l.includes('%ymm')).length, calls }];
    }),
  );
}

/** The commit measured, and whether dist/ or native/ differ from it (uncommitted work included). */
function gitState() {
  try {
    const run = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = run('status', '--porcelain', '--', 'src', 'native').split('\n').filter(Boolean).length;
    return { commit: run('rev-parse', '--short', 'HEAD'), uncommittedFilesInSrcOrNative: dirty };
  } catch {
    return null;
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** libm / libmvec functions a shared object imports (scalar names, and _ZGV… vector variants). */
function mathImports(file) {
  const LIBM = /^(_ZGV\w+|exp\w*|expm1|log\w*|pow|sin|cos|tan|sincos|hypot|sqrt|cbrt|lgamma\w*|tgamma|j0|j1|jn|y0|y1|erf|erfc|atan2?|asin|acos|sinh|cosh|tanh)$/;
  try {
    return execFileSync('nm', ['-D', '--undefined-only', file], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim().split(/\s+/).pop()?.split('@')[0])
      .filter((s) => s && LIBM.test(s))
      .sort();
  } catch {
    return [];
  }
}

async function stdlibFunctions() {
  const modules = path.join(OUT_DIR, 'node_modules');
  const load = async () =>
    Promise.all(STDLIB.map((p) => import(pathToFileURL(path.join(modules, p, 'lib/index.js')).href).then((m) => m.default)));
  let fns;
  try {
    fns = await load();
  } catch {
    const r = spawnSync('npm', ['install', '--prefix', OUT_DIR, '--no-save', '--no-audit', '--no-fund', ...STDLIB.map((p) => `${p}@${STDLIB_VERSION}`)], { encoding: 'utf8' });
    if (r.status === 0) {
      try {
        fns = await load();
      } catch {
        // fall through to the naive versions
      }
    }
  }
  if (!fns) return { fns: H.naive, source: 'naive (bench/hand/loops.mjs: Lanczos, Abramowitz & Stegun)' };
  const versions = STDLIB.map((p) => `${p}@${JSON.parse(fs.readFileSync(path.join(modules, p, 'package.json'), 'utf8')).version}`);
  return { fns: { gammaln: fns[0], gamma: fns[1], besselj0: fns[2] }, source: versions.join(', ') };
}

// ---------------------------------------------------------------------------------------------
// Measuring


function maxError(actual, expected, floor) {
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), floor);
    if (!(d <= worst)) worst = d; // NaN wins
  }
  return worst;
}

/** Target length of one sample (short samples are less often cut by the scheduler on a loaded machine). */
const SAMPLE_NS = 1.5e6;

function measureKernel(spec, sk, C, n, plan, triadArrays, py) {
  const { rounds, warmup } = plan;
  const I = {};
  for (const [name, [lo, hi]] of Object.entries(spec.arrays)) I[name] = uniformArray(n, lo, hi, SEEDS[name]);
  const inputs = spec.args(I);
  const arr = Object.values(I);
  const cArgs = [arr[0], arr[1] ?? arr[0], spec.c[1], spec.c[2]];
  const out = new Float64Array(n).fill(1); // touched: no first-write page faults in the samples
  const big = n >= 1e7;

  // Correctness first: every variant against the hand JS loop. One scratch array for all of them:
  // at 10^7, churning fresh 80 MB arrays makes this VM's host re-fault the live ones afterwards.
  const expected = spec.hand(I, new Float64Array(n));
  const check = new Float64Array(n);
  const errors = {};
  const verify = (name, run) => {
    check.fill(NaN);
    run(check);
    errors[name] = maxError(check, expected, spec.floor);
  };
  sk.addon.setThreads(1);
  verify('sk1', (o) => sk.native.into(o, ...inputs));
  sk.addon.setThreads(THREADS);
  verify('skAll', (o) => sk.native.into(o, ...inputs));
  sk.addon.setThreads(1);
  verify('skRaw', (o) => sk.raw(o, ...inputs));
  verify('skJs', (o) => sk.jsOnly.into(o, ...inputs));
  for (const name of Object.keys(C_BUILDS)) verify(name, (o) => C[name].lib.run(spec.c[0], o, ...cArgs));
  const bad = Object.entries(errors).filter(([, e]) => !(e <= 1e-6));
  if (bad.length) throw new Error(`${spec.key} n=${n}: results disagree with the hand JS loop: ${bad.map(([k, e]) => `${k} ${e}`).join(', ')}`);
  const checksums = { inputs: Object.fromEntries(Object.entries(I).map(([k, v]) => [k, sum(v)])), output: sum(expected) };

  // A variant's run(reps) returns [wall ns, CPU ns of this thread] for reps back-to-back calls.
  const clock = C.cPlain.lib;
  const coresTimes = {};
  const js = (name, fn, threads) => ({
    name,
    run: (reps) => {
      sk.addon.setThreads(threads);
      const p0 = process.cpuUsage();
      const c0 = clock.cpuNs();
      const t0 = process.hrtime.bigint();
      for (let r = 0; r < reps; r++) fn();
      const wall = Number(process.hrtime.bigint() - t0);
      const cpu = clock.cpuNs() - c0;
      const p = process.cpuUsage(p0);
      // Cores this process got during the sample (all its threads' CPU time / wall time).
      if (threads > 1) coresTimes[name]?.push(((p.user + p.system) * 1000) / wall);
      return [wall, cpu];
    },
  });
  const c = (name, build, id, [x, y, o], p0, p1) => ({ name, run: (reps) => C[build].lib.time(id, reps, o, x, y, p0, p1) });
  // The triad's arrays are its own: one untimed pass first brings them back (cache, and this VM's
  // host, which re-faults pages another variant's traffic pushed out), as STREAM's repeated passes do.
  const triad = {
    name: 'triad',
    run: (reps) => {
      C.cFast.lib.time(8, 1, triadArrays[2], triadArrays[0], triadArrays[1], TRIAD_Q, 0);
      return C.cFast.lib.time(8, reps, triadArrays[2], triadArrays[0], triadArrays[1], TRIAD_Q, 0);
    },
  };
  const variants = [
    js('sk1', () => sk.native.into(out, ...inputs), 1),
    js('skAll', () => sk.native.into(out, ...inputs), THREADS),
    js('skRaw', () => sk.raw(out, ...inputs), 1),
    js('skJs', () => sk.jsOnly.into(out, ...inputs), 1),
    js('handJs', () => spec.hand(I, out), 1),
    ...Object.keys(C_BUILDS).map((name) => c(name, name, spec.c[0], [cArgs[0], cArgs[1], out], cArgs[2], cArgs[3])),
    triad,
  ];
  if (py) variants.push({ name: 'scipy', run: (reps) => py.run(spec.special, reps, n >= 1e6) });

  // Reps per variant: calibrated so a sample takes about SAMPLE_NS (at least one call).
  const reps = {};
  for (const v of variants) {
    let r = Math.max(1, Math.ceil(2e4 / n));
    for (let k = 0; k < 3 && n < 1e7; k++) {
      const [wall, cpu] = v.run(r);
      r = Math.max(1, Math.round((SAMPLE_NS * r) / Math.max(Math.min(wall, cpu || wall), 1)));
    }
    reps[v.name] = n >= 1e7 ? 1 : r;
  }
  const coresAll = [];
  const wallTimes = Object.fromEntries(variants.map((v) => [v.name, []]));
  const cpuTimes = Object.fromEntries(variants.map((v) => [v.name, []]));
  coresTimes.skAll = coresAll; // from here on: the timed samples only
  for (let r = -warmup; r < rounds; r++) {
    if (r === 0) coresAll.length = 0;
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + Math.max(r, 0)) % variants.length];
      const [wall, cpu] = v.run(reps[v.name]);
      if (r < 0) continue;
      wallTimes[v.name].push(wall / (reps[v.name] * n));
      cpuTimes[v.name].push(cpu / (reps[v.name] * n));
    }
  }

  // Allocation (10^7, a few kernels): k(…) against k.into(out, …), in a separate loop after the
  // others, so that its 80 MB of fresh memory per call does not disturb them.
  if (big && ALLOC_KERNELS.includes(spec.key)) {
    const pair = [js('skAlloc', () => sk.native(...inputs), 1), js('skIntoRef', () => sk.native.into(out, ...inputs), 1)];
    for (const v of pair) (wallTimes[v.name] = []), (cpuTimes[v.name] = []), (reps[v.name] = 1);
    for (let r = 0; r < ALLOC_ROUNDS; r++) {
      for (const v of r & 1 ? [...pair].reverse() : pair) {
        const [wall, cpu] = v.run(1);
        wallTimes[v.name].push(wall / n);
        cpuTimes[v.name].push(cpu / n);
      }
    }
  }
  sk.addon.setThreads(THREADS);
  const medians = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  const ns = medians(wallTimes);
  const cpuNs = medians(cpuTimes);
  const spread = Object.fromEntries(Object.entries(wallTimes).map(([k, t]) => [k, Math.max(...t) / Math.min(...t)]));
  return {
    kernel: spec.key, n, rounds, reps, ns, cpuNs, spread, samples: wallTimes, cpuSamples: cpuTimes, errors, checksums,
    coresDuringSkAll: median(coresAll),
    scipyInputs: py?.inputs,
    bound: (ns.triad * spec.bytes) / 24, cpuBound: (cpuNs.triad * spec.bytes) / 24,
  };
}

// ---------------------------------------------------------------------------------------------
// scipy.special: a /usr/bin/python3 server process, driven synchronously through two FIFOs so that
// its samples are interleaved with the other variants' in the same rounds. It generates the same
// inputs bit for bit (mulberry32 in numpy) and times itself (wall clock and thread CPU time).

const SCIPY_SERVER = String.raw`
import json, sys, time
import numpy as np, scipy, scipy.special as sc

def uniform(n, lo, hi, seed):
    k = np.arange(1, n + 1, dtype=np.uint64)
    t = ((seed + k * 0x6D2B79F5) & 0xFFFFFFFF).astype(np.uint32)
    t = (t ^ (t >> np.uint32(15))) * (t | np.uint32(1))
    t = t ^ (t + (t ^ (t >> np.uint32(7))) * (t | np.uint32(61)))
    u = (t ^ (t >> np.uint32(14))).astype(np.float64) / 4294967296.0
    return lo + (hi - lo) * u

def total(a):  # left to right, as the JS checksums
    return float(np.add.accumulate(a)[-1])


variants = {}
for line in requests:
    cmd = json.loads(line)
    if cmd["op"] == "setup":
        n = cmd["n"]
        variants = {}
        x50, y50 = uniform(n, 0.0, 50.0, 1), uniform(n, 0.0, 50.0, 2)
        xg = uniform(n, 0.5, 10.0, 1)
        out, t1, t2 = np.ones(n), np.ones(n), np.ones(n)
        def lg():
            np.add(x50, 1.0, out=t1); sc.gammaln(t1, out=t1)
            np.add(y50, 1.0, out=t2); sc.gammaln(t2, out=t2)
            np.subtract(t1, t2, out=out)
        variants = {"lgamma": lg, "gamma": lambda: sc.gamma(xg, out=out), "j0": lambda: sc.j0(x50, out=out)}
        reply({"inputs": {"lgamma": {"x": total(x50), "y": total(y50)}, "gamma": {"x": total(xg)}, "j0": {"x": total(x50)}}})
    elif cmd["op"] == "run":
        f = variants[cmd["kernel"]]
        if cmd.get("warm"):
            f()
        c0 = time.thread_time_ns(); t0 = time.perf_counter_ns()
        for _ in range(cmd["reps"]):
            f()
        wall = time.perf_counter_ns() - t0
        reply({"wall": wall, "cpu": time.thread_time_ns() - c0})
    else:
        break
`;

/** Starts the scipy server; null (with the reason in `.error`) when python3 or scipy is missing. */
function startScipy() {
  const server = startPythonServer(PYTHON, SCIPY_SERVER, 'import scipy.special, numpy', 'symkernel-scipy-');
  if (server.error) return server;
  return {
    versions: server.versions,
    setup: (n) => server.call({ op: 'setup', n }).inputs,
    /** [wall ns, CPU ns] for reps calls; at n ≥ 10^6 after one untimed call (its own arrays, as the triad's). */
    run: (kernel, reps, warm) => {
      const r = server.call({ op: 'run', kernel, reps, warm });
      return [r.wall, r.cpu];
    },
    close: server.close,
  };
}

// ---------------------------------------------------------------------------------------------

function fmt(v) {
  if (v === undefined || Number.isNaN(v)) return '–';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3);
}

async function main() {
  const started = Date.now();
  const load = [{ at: 'start', loadavg: os.loadavg() }];
  fs.mkdirSync(WORK, { recursive: true });
  const toolchain = await findToolchain();
  if (!toolchain) throw new Error('no C compiler found (tried $CC, else cc)');
  const sks = await buildSymkernel(toolchain);
  const C = buildHandC();
  const stdlib = await stdlibFunctions();
  H.useSpecial(stdlib.fns);
  const scipy = startScipy();

  const cpus = os.cpus();
  const meta = {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model ?? 'unknown',
    logicalCpus: cpus.length,
    availableParallelism: THREADS,
    platform: `${os.platform()}-${os.arch()}`,
    node: process.version,
    cc: toolchain.version,
    symkernelFlags: toolchain.flags.filter((f) => /^-(O|f|m|std)/.test(f)).join(' '),
    addon: path.relative(ROOT, sks[0].built.file),
    addonCached: sks[0].built.cached,
    addonBuildMs: sks[0].buildMs,
    addonMathImports: mathImports(sks[0].built.file),
    addonKernelCode: kernelCode(sks[0].built.file, sks.map((k) => k.id)),
    schedAutogroup: readText('/proc/sys/kernel/sched_autogroup_enabled'),
    git: gitState(),
    kernels: KERNELS.map((k, i) => ({ key: k.key, title: k.title, anchor: k.anchor, source: k.source, domains: k.arrays, bytes: k.bytes, id: sks[i].id, crossover: sks[i].crossover, functions: sks[i].functions })),
    scalars: { mu: MU, sigma: SIGMA, a: A },
    cBuilds: Object.fromEntries(Object.entries(C).map(([k, v]) => [k, { flags: v.flags, vectorCalls: v.vectorCalls }])),
    cLink: 'kernels.c compiled with the flags above (-fPIC -c); timing.c gcc -O2; linked gcc -shared … -lm',
    jsSpecial: stdlib.source,
    plan: PLAN,
    quick: QUICK,
  };
  console.log(`symkernel performance benchmark: ${KERNELS.length} kernels, n = ${PLAN.map((p) => p.n.toExponential(0)).join(', ')}`);
  console.log(`  ${meta.cpu} (${meta.logicalCpus} cpus), node ${meta.node}, ${meta.cc}; load ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  console.log(`  JS special functions: ${stdlib.source}`);

  const rows = [];
  const phases = [];
  for (const plan of PLAN) {
    const { n } = plan;
    const cpu0 = process.cpuUsage();
    const t0 = Date.now();
    const loadBefore = os.loadavg();
    const triadArrays = [uniformArray(n, -1, 1, 3), uniformArray(n, -1, 1, 4), new Float64Array(n).fill(1)];
    const scipyInputs = scipy?.setup ? scipy.setup(n) : null;
    for (let k = 0; k < KERNELS.length; k++) {
      const py = scipyInputs && KERNELS[k].special ? { run: scipy.run, inputs: scipyInputs[KERNELS[k].special] } : null;
      const row = measureKernel(KERNELS[k], sks[k], C, n, plan, triadArrays, py);
      rows.push(row);
      const v = row.cpuNs;
      console.log(
        `  n=${n.toExponential(0).padEnd(5)} ${KERNELS[k].key.padEnd(9)} sk1 ${fmt(v.sk1).padStart(6)}  raw ${fmt(v.skRaw).padStart(6)}  skJs ${fmt(v.skJs).padStart(6)}  hand ${fmt(v.handJs).padStart(6)}  C ${fmt(v.cPlain).padStart(6)}  fast ${fmt(v.cFast).padStart(6)}  simd ${fmt(v.cSimd).padStart(6)}  bound ${fmt(row.cpuBound).padStart(6)}${v.skAlloc ? `  alloc ${fmt(v.skAlloc)}` : ''}  (CPU ns/elem)  wall: sk1 ${fmt(row.ns.sk1)} skAll ${fmt(row.ns.skAll)}`,
      );
    }
    const cpu = process.cpuUsage(cpu0);
    const wall = (Date.now() - t0) / 1000;
    phases.push({ n, wallSeconds: wall, ownCpuSeconds: (cpu.user + cpu.system) / 1e6, loadavgBefore: loadBefore, loadavgAfter: os.loadavg() });
  }
  load.push({ at: 'after node phases', loadavg: os.loadavg() });
  scipy?.close?.();
  load.push({ at: 'end', loadavg: os.loadavg() });
  const result = { meta: { ...meta, totalSeconds: (Date.now() - started) / 1000, load, phases }, rows, scipy: scipy?.versions ? { versions: scipy.versions } : { error: scipy?.error } };
  fs.mkdirSync(path.dirname(JSON_OUT), { recursive: true });
  fs.writeFileSync(JSON_OUT, JSON.stringify(result, null, 1));
  console.log(`  wrote ${path.relative(process.cwd(), JSON_OUT)}; total ${result.meta.totalSeconds.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`bench/performance: ${error.stack ?? error}`);
  process.exit(1);
});
