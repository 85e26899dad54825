/**
 * Benchmark: every special function of the function table (src/functions/special-gamma.ts,
 * special-bessel.ts, special-incomplete.ts), one row each (Bessel functions at orders 0 and 2.5),
 * at n = 10^5, in ns per element:
 *
 *   node bench/special-functions.mjs [--quick]      (after `npm run build`; writes docs/special-functions-speed.md)
 *
 * Variants (same input arrays for all of them; interleaved: every round runs one sample of each
 * variant of a row, in an order rotated per round; median over the rounds):
 *   skNative  the symkernel native kernel `(…) => f(…)`, raw addon call addon[id](out, …arrays),
 *             addon.setThreads(1)
 *   skJs      symkernel's JS implementation (dist/special/index.js) in a plain loop
 *   stdlib    the @stdlib/math-base-special-* package a JS user has today, in a plain loop
 *             (installed at run time into bench/.out: npm install --prefix bench/.out --no-save …)
 *   glibc     glibc's libm (tgamma, lgamma, erf, erfc, j0, y0) in a C loop, gcc -O3, timed in C
 *   scipy     scipy.special on numpy arrays (out= where the function is a ufunc), in a
 *             /usr/bin/python3 server driven through FIFOs, reading the same arrays from files,
 *             timed by itself
 * Times are CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID; time.thread_time_ns in
 * Python): the machine is shared, wall clock would mostly measure the scheduler.
 * Each variant's result is compared with scipy's (max relative difference, |a-b|/max(|b|, 1e-300)
 * over elements where scipy's value is finite): a sanity check for argument orders, not an
 * accuracy study (the accuracy reports are elsewhere).
 *
 * Not a test: numbers depend on the machine and its load (recorded: os.loadavg).
 * Build outputs go to bench/.out/special-functions/ (gitignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAddon, compileLiteral, findToolchain } from '../dist/compiler.js';
import { median, startPythonServer, uniformArray } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT_DIR = path.join(HERE, '.out');
const WORK = path.join(OUT_DIR, 'special-functions');
const DOC = path.join(ROOT, 'docs/special-functions-speed.md');
const QUICK = process.argv.includes('--quick');
const PYTHON = '/usr/bin/python3';
const N = 1e5;
const ROUNDS = QUICK ? 3 : 7;
/** A sample is at least this long (reps calls of n elements). */
const SAMPLE_NS = 2e6;
/** Rows whose slowest variant takes longer than this per call get fewer rounds (runtime budget). */
const SLOW_CALL_NS = 60e6;

// ---------------------------------------------------------------------------------------------
// The rows. `a`: the array parameters (name → domain); `sk`: the body of the symkernel literal
// `(params) => sk` (its JS twin is `special.` + sk); `std`: [@stdlib package, expression with F];
// `c`: a glibc expression; `py`: Python statements writing `o` (scipy), `pyAlt`: a second scipy
// routine (order-0 Bessel functions: the dedicated j0/y0/i0/k0 next to jv/yv/iv/kv).

const U = (lo, hi) => ({ lo, hi });
const INT = (lo, hi) => ({ lo, hi, int: true });
const ROWS = [
  { key: 'gamma', a: { x: U(0.1, 20) }, sk: 'gamma(x)', std: ['gamma', 'F(x)'], c: 'tgamma(x)', py: 'sc.gamma(x, out=o)' },
  { key: 'lgamma', a: { x: U(0.1, 50) }, sk: 'lgamma(x)', std: ['gammaln', 'F(x)'], c: 'lgamma(x)', py: 'sc.gammaln(x, out=o)' },
  { key: 'loggamma', a: { x: U(0.1, 50) }, sk: 'loggamma(x)', std: ['gammaln', 'F(x)'], c: 'lgamma(x)', py: 'sc.loggamma(x, out=o)' },
  { key: 'digamma', a: { x: U(0.1, 50) }, sk: 'digamma(x)', std: ['digamma', 'F(x)'], py: 'sc.psi(x, out=o)' },
  { key: 'polygamma(1, x)', a: { x: U(0.1, 50) }, sk: 'polygamma(1, x)', std: ['trigamma', 'F(x)'], py: 'o[:] = sc.polygamma(1, x)' },
  { key: 'beta', a: { a: U(0.1, 20), b: U(0.1, 20) }, sk: 'beta(a, b)', std: ['beta', 'F(a, b)'], py: 'sc.beta(a, b, out=o)' },
  { key: 'lbeta', a: { a: U(0.1, 20), b: U(0.1, 20) }, sk: 'lbeta(a, b)', std: ['betaln', 'F(a, b)'], py: 'sc.betaln(a, b, out=o)' },
  { key: 'factorial', a: { x: INT(0, 170) }, sk: 'factorial(x)', std: ['factorial', 'F(x)'], py: 'o[:] = sc.factorial(x, exact=False)' },
  { key: 'binomial', a: { n: INT(0, 60), k: { binomialK: true } }, sk: 'binomial(n, k)', std: ['binomcoef', 'F(n, k)'], py: 'sc.binom(n, k, out=o)' },
  { key: 'erf', a: { x: U(-5, 5) }, sk: 'erf(x)', std: ['erf', 'F(x)'], c: 'erf(x)', py: 'sc.erf(x, out=o)' },
  { key: 'erfc', a: { x: U(-3, 10) }, sk: 'erfc(x)', std: ['erfc', 'F(x)'], c: 'erfc(x)', py: 'sc.erfc(x, out=o)' },
  { key: 'erfinv', a: { y: U(-1, 1) }, sk: 'erfinv(y)', std: ['erfinv', 'F(y)'], py: 'sc.erfinv(y, out=o)' },
  { key: 'erfcinv', a: { y: U(0, 2) }, sk: 'erfcinv(y)', std: ['erfcinv', 'F(y)'], py: 'sc.erfcinv(y, out=o)' },
  { key: 'besselj(0, x)', a: { x: U(0, 50) }, sk: 'besselj(0, x)', std: ['besselj0', 'F(x)'], c: 'j0(x)', py: 'sc.jv(0.0, x, out=o)', pyAlt: ['j0', 'sc.j0(x, out=o)'] },
  { key: 'besselj(2.5, x)', a: { x: U(0, 50) }, sk: 'besselj(2.5, x)', py: 'sc.jv(2.5, x, out=o)' },
  { key: 'bessely(0, x)', a: { x: U(0.1, 50) }, sk: 'bessely(0, x)', std: ['bessely0', 'F(x)'], c: 'y0(x)', py: 'sc.yv(0.0, x, out=o)', pyAlt: ['y0', 'sc.y0(x, out=o)'] },
  { key: 'bessely(2.5, x)', a: { x: U(0.1, 50) }, sk: 'bessely(2.5, x)', py: 'sc.yv(2.5, x, out=o)' },
  { key: 'besseli(0, x)', a: { x: U(0, 30) }, sk: 'besseli(0, x)', py: 'sc.iv(0.0, x, out=o)', pyAlt: ['i0', 'sc.i0(x, out=o)'] },
  { key: 'besseli(2.5, x)', a: { x: U(0, 30) }, sk: 'besseli(2.5, x)', py: 'sc.iv(2.5, x, out=o)' },
  { key: 'besselk(0, x)', a: { x: U(0.1, 30) }, sk: 'besselk(0, x)', py: 'sc.kv(0.0, x, out=o)', pyAlt: ['k0', 'sc.k0(x, out=o)'] },
  { key: 'besselk(2.5, x)', a: { x: U(0.1, 30) }, sk: 'besselk(2.5, x)', py: 'sc.kv(2.5, x, out=o)' },
  { key: 'gammainc', a: { a: U(0.1, 20), x: U(0, 30) }, sk: 'gammainc(a, x)', std: ['gammainc', 'F(x, a, true, false)'], py: 'sc.gammainc(a, x, out=o)' },
  { key: 'gammaincc', a: { a: U(0.1, 20), x: U(0, 30) }, sk: 'gammaincc(a, x)', std: ['gammainc', 'F(x, a, true, true)'], py: 'sc.gammaincc(a, x, out=o)' },
  { key: 'lowergamma', a: { a: U(0.1, 20), x: U(0, 30) }, sk: 'lowergamma(a, x)', std: ['gammainc', 'F(x, a, false, false)'], py: 'sc.gammainc(a, x, out=o); o *= sc.gamma(a)', pyComposed: true },
  { key: 'uppergamma', a: { a: U(0.1, 20), x: U(0, 30) }, sk: 'uppergamma(a, x)', std: ['gammainc', 'F(x, a, false, true)'], py: 'sc.gammaincc(a, x, out=o); o *= sc.gamma(a)', pyComposed: true },
  { key: 'betainc', a: { a: U(0.1, 20), b: U(0.1, 20), x: U(0, 1) }, sk: 'betainc(a, b, x)', std: ['betainc', 'F(x, a, b, true, false)'], py: 'sc.betainc(a, b, x, out=o)' },
  { key: 'betaincu', a: { a: U(0.1, 20), b: U(0.1, 20), x: U(0, 1) }, sk: 'betaincu(a, b, x)', std: ['betainc', 'F(x, a, b, false, false)'], py: 'sc.betainc(a, b, x, out=o); o *= sc.beta(a, b)', pyComposed: true },
  { key: 'zeta', a: { s: U(1.05, 30) }, sk: 'zeta(s)', std: ['riemann-zeta', 'F(s)'], py: 'sc.zeta(s, out=o)' },
  { key: 'hurwitz_zeta', a: { s: U(1.1, 20), q: U(0.1, 10) }, sk: 'hurwitz_zeta(s, q)', py: 'sc.zeta(s, q, out=o)' },
  { key: 'expint', a: { n: INT(1, 10), x: U(0.01, 30) }, sk: 'expint(n, x)', py: 'sc.expn(ni, x, out=o)' },
  { key: 'E1', a: { x: U(0.01, 50) }, sk: 'E1(x)', py: 'sc.exp1(x, out=o)' },
  { key: 'Ei', a: { x: U(-30, 30) }, sk: 'Ei(x)', py: 'sc.expi(x, out=o)' },
  { key: 'hyp0f1', a: { b: U(0.5, 10), x: U(-30, 30) }, sk: 'hyp0f1(b, x)', py: 'sc.hyp0f1(b, x, out=o)' },
  { key: 'hyp1f1', a: { a: U(0.1, 5), b: U(0.5, 10), x: U(-10, 10) }, sk: 'hyp1f1(a, b, x)', py: 'sc.hyp1f1(a, b, x, out=o)' },
  { key: 'hyp2f1', a: { a: U(0.1, 3), b: U(0.1, 3), c: U(0.5, 5), x: U(-1, 0.9) }, sk: 'hyp2f1(a, b, c, x)', std: ['hyp2f1', 'F(a, b, c, x)'], py: 'sc.hyp2f1(a, b, c, x, out=o)' },
];
const VARIANTS = ['skNative', 'skJs', 'stdlib', 'glibc', 'scipy', 'scipyAlt'];

// ---------------------------------------------------------------------------------------------
// Inputs: mulberry32, seed 1, 2, 3, … per parameter (as bench/performance.mjs).


function inputsOf(row) {
  const arrays = [];
  Object.values(row.a).forEach((d, j) => {
    if (d.binomialK) {
      // k uniform over the integers 0 … n of its row
      const u = uniformArray(N, 0, 1, j + 1);
      arrays.push(u.map((v, i) => Math.floor(v * (arrays[0][i] + 1))));
    } else if (d.int) arrays.push(uniformArray(N, d.lo, d.hi + 1, j + 1).map(Math.floor));
    else arrays.push(uniformArray(N, d.lo, d.hi, j + 1));
  });
  return arrays;
}

function domainText(row) {
  return Object.entries(row.a)
    .map(([k, d]) => (d.binomialK ? `${k} ∈ {0, …, n}` : d.int ? `${k} ∈ {${d.lo}, …, ${d.hi}}` : `${k} ∈ [${d.lo}, ${d.hi}]`))
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// Building

const STDLIB_PACKAGES = [...new Set(ROWS.filter((r) => r.std).map((r) => `@stdlib/math-base-special-${r.std[0]}`))];

function ensureStdlib() {
  const modules = path.join(OUT_DIR, 'node_modules');
  const missing = STDLIB_PACKAGES.filter((p) => !fs.existsSync(path.join(modules, p, 'lib/index.js')));
  if (missing.length) {
    // Everything at once: an install with --no-save prunes what it was not asked for.
    const r = spawnSync('npm', ['install', '--prefix', OUT_DIR, '--no-save', '--no-audit', '--no-fund', ...STDLIB_PACKAGES, '@stdlib/math-base-special-besselj0'], { encoding: 'utf8' });
    if (r.status !== 0) console.error(`npm install failed; rows without @stdlib: ${r.stderr.trim().split('\n').pop()}`);
  }
  const versions = {};
  for (const p of STDLIB_PACKAGES) {
    const file = path.join(modules, p, 'package.json');
    if (fs.existsSync(file)) versions[p] = JSON.parse(fs.readFileSync(file, 'utf8')).version;
  }
  return versions;
}

/** One loop function per row (separate call sites, so no row's feedback pollutes another's). */
function loopModule(kind, stdlibVersions) {
  const lines = [`// generated by bench/special-functions.mjs`];
  if (kind === 'skJs') lines.push(`import * as S from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/special/index.js')).href)};`);
  lines.push('export const loops = {};');
  ROWS.forEach((row, r) => {
    let expr;
    if (kind === 'skJs') expr = `S.${row.sk}`;
    else {
      if (!row.std || !stdlibVersions[`@stdlib/math-base-special-${row.std[0]}`]) return;
      const file = path.join(OUT_DIR, 'node_modules', `@stdlib/math-base-special-${row.std[0]}`, 'lib/index.js');
      lines.push(`import F${r} from ${JSON.stringify(pathToFileURL(file).href)};`);
      expr = row.std[1].replace(/\bF\(/, `F${r}(`);
    }
    const names = Object.keys(row.a);
    lines.push(`loops[${r}] = function (A, o) {`);
    lines.push(`  ${names.map((p, j) => `const A${j} = A[${j}];`).join(' ')}`);
    lines.push(`  for (let i = 0; i < o.length; i++) {`);
    lines.push(`    ${names.map((p, j) => `const ${p} = A${j}[i];`).join(' ')}`);
    lines.push(`    o[i] = ${expr};`);
    lines.push(`  }`);
    lines.push(`};`);
  });
  const text = lines.join('\n') + '\n';
  const file = path.join(WORK, `${kind}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  fs.writeFileSync(file, text);
  return import(pathToFileURL(file).href).then((m) => m.loops);
}

/** glibc loops + the CPU clock, as a Node-API addon: time(id, reps, out, x) → [wall ns, CPU ns]. */
function buildGlibc() {
  const headers = createRequire(import.meta.url)('node-api-headers').include_dir;
  const cases = ROWS.map((row, r) => (row.c ? `  case ${r}: for (size_t i = 0; i < n; i++) { const double x = X[i]; o[i] = ${row.c}; } return 1;` : null)).filter(Boolean);
  const src = String.raw`/* generated by bench/special-functions.mjs */
#define _GNU_SOURCE
#define NAPI_VERSION 8
#include <node_api.h>
#include <math.h>
#include <time.h>

static double clock_ns(clockid_t id) { struct timespec t; clock_gettime(id, &t); return (double)t.tv_sec * 1e9 + (double)t.tv_nsec; }

__attribute__((noinline)) static int run(int id, size_t n, double *o, const double *X) {
  switch (id) {
${cases.join('\n')}
  default: return 0;
  }
}

static napi_value js_cpu(napi_env env, napi_callback_info info) {
  napi_value v; napi_create_double(env, clock_ns(CLOCK_THREAD_CPUTIME_ID), &v); return v;
}

static double *f64(napi_env env, napi_value v, size_t *n) {
  napi_typedarray_type type; void *data = NULL; size_t len = 0; bool is = false;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return NULL;
  if (napi_get_typedarray_info(env, v, &type, &len, &data, NULL, NULL) != napi_ok || type != napi_float64_array) return NULL;
  *n = len; return (double *)data;
}

/* time(id, reps, out, x) */
static napi_value js_time(napi_env env, napi_callback_info info) {
  napi_value argv[4]; size_t argc = 4; int32_t id = 0, reps = 1; size_t n = 0, m = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc != 4) { napi_throw_type_error(env, NULL, "time(id, reps, out, x)"); return NULL; }
  napi_get_value_int32(env, argv[0], &id); napi_get_value_int32(env, argv[1], &reps);
  double *o = f64(env, argv[2], &n), *x = f64(env, argv[3], &m);
  if (!o || !x || m != n) { napi_throw_type_error(env, NULL, "Float64Arrays of one length"); return NULL; }
  const double w0 = clock_ns(CLOCK_MONOTONIC), c0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
  for (int32_t r = 0; r < reps; r++) if (!run(id, n, o, x)) { napi_throw_error(env, NULL, "no such loop"); return NULL; }
  const double c1 = clock_ns(CLOCK_THREAD_CPUTIME_ID), w1 = clock_ns(CLOCK_MONOTONIC);
  napi_value res, a, b; napi_create_array_with_length(env, 2, &res);
  napi_create_double(env, w1 - w0, &a); napi_create_double(env, c1 - c0, &b);
  napi_set_element(env, res, 0, a); napi_set_element(env, res, 1, b);
  return res;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "cpuNs", NAPI_AUTO_LENGTH, js_cpu, NULL, &fn); napi_set_named_property(env, exports, "cpuNs", fn);
  napi_create_function(env, "time", NAPI_AUTO_LENGTH, js_time, NULL, &fn); napi_set_named_property(env, exports, "time", fn);
  return exports;
}
`;
  const hash = createHash('sha256').update(src).digest('hex').slice(0, 16);
  const c = path.join(WORK, `glibc-${hash}.c`);
  const lib = path.join(WORK, `glibc-${hash}.node`);
  if (!fs.existsSync(lib)) {
    fs.writeFileSync(c, src);
    execFileSync('gcc', ['-O3', '-fPIC', '-shared', `-I${headers}`, c, '-o', lib, '-lm']);
  }
  return { lib: createRequire(import.meta.url)(lib), flags: 'gcc -O3 -fPIC -shared … -lm' };
}

// ---------------------------------------------------------------------------------------------
// scipy server (FIFOs, as bench/performance.mjs): reads each row's arrays from files, writes its
// results back for the comparison, times itself.

const SCIPY_SERVER = String.raw`
import json, sys, time, os, warnings
import numpy as np, scipy, scipy.special as sc
warnings.simplefilter("ignore")
fns = {}
for line in requests:
    cmd = json.loads(line)
    if cmd["op"] == "setup":
        env = {"sc": sc, "np": np}
        for name, file in cmd["arrays"].items():
            env[name] = np.fromfile(file, dtype=np.float64)
        if "n" in env:
            env["ni"] = env["n"].astype(np.int64)
        env["o"] = np.ones(env[next(iter(cmd["arrays"]))].size)
        errors = {}
        for key, code in cmd["code"].items():
            try:
                f = compile(code, key, "exec")
                exec(f, env)
                env["o"].tofile(cmd["outputs"][key])
                fns[key] = (f, env)
            except Exception as e:
                errors[key] = repr(e)
        reply({"errors": errors})
    elif cmd["op"] == "run":
        f, env = fns[cmd["key"]]
        c0 = time.thread_time_ns(); t0 = time.perf_counter_ns()
        for _ in range(cmd["reps"]):
            exec(f, env)
        wall = time.perf_counter_ns() - t0
        reply({"wall": wall, "cpu": time.thread_time_ns() - c0})
    else:
        break
`;

function startScipy() {
  const server = startPythonServer(PYTHON, SCIPY_SERVER, 'import scipy.special, numpy', 'symkernel-sf-scipy-');
  if (server.error) return server;
  const { dir, call } = server;
  return {
    versions: server.versions,
    dir,
    /** Hands the server one row's arrays; returns {key: Float64Array result} and errors. */
    setup: (r, names, arrays, code) => {
      const files = {};
      names.forEach((name, j) => {
        files[name] = path.join(dir, `r${r}-${name}.f64`);
        fs.writeFileSync(files[name], new Uint8Array(arrays[j].buffer));
      });
      const outputs = Object.fromEntries(Object.keys(code).map((k) => [k, path.join(dir, `r${r}-${k}.out`)]));
      const { errors } = call({ op: 'setup', arrays: files, code, outputs });
      const results = {};
      for (const [k, file] of Object.entries(outputs)) {
        if (errors[k]) continue;
        const b = fs.readFileSync(file);
        results[k] = new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
      }
      return { results, errors };
    },
    run: (key, reps) => {
      const r = call({ op: 'run', key, reps });
      return [r.wall, r.cpu];
    },
    close: server.close,
  };
}

// ---------------------------------------------------------------------------------------------


/** Max |a − b| / max(|b|, 1e-300) over elements where the reference b is finite (NaN in a counts). */
function maxDiff(a, b) {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    if (!Number.isFinite(b[i])) continue;
    if (a[i] === b[i]) continue;
    const d = Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-300);
    if (!(d <= worst)) worst = d;
  }
  return worst;
}

function fmt(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function fmtDiff(v) {
  if (v === undefined || v === null) return '—';
  if (v === 0) return '0';
  return Number.isNaN(v) ? 'NaN' : v.toExponential(0);
}

async function main() {
  const started = Date.now();
  const load = [{ at: 'start', loadavg: os.loadavg() }];
  fs.mkdirSync(WORK, { recursive: true });
  const toolchain = await findToolchain();
  if (!toolchain) throw new Error('no C compiler found (tried $CC, else cc)');

  // symkernel: one addon holding every row's kernel.
  const compiled = ROWS.map((row) => compileLiteral(`(${Object.keys(row.a).join(', ')}) => ${row.sk}`));
  ROWS.forEach((row, r) => {
    if (compiled[r].params.join() !== Object.keys(row.a).join()) throw new Error(`${row.key}: params ${compiled[r].params}`);
  });
  const t0 = Date.now();
  const built = await buildAddon(compiled, toolchain, WORK);
  const buildMs = Date.now() - t0;
  const addon = createRequire(import.meta.url)(built.file);
  addon.setThreads(1);

  const stdlibVersions = ensureStdlib();
  const skJs = await loopModule('skJs', stdlibVersions);
  const stdlib = await loopModule('stdlib', stdlibVersions);
  const glibc = buildGlibc();
  const clock = glibc.lib;
  const scipy = startScipy();

  console.log(`symkernel special functions: ${ROWS.length} rows, n = ${N}, ${ROUNDS} rounds; CPU ns per element (median)`);
  console.log(`  ${os.cpus()[0]?.model} (${os.cpus().length} cpus), node ${process.version}, ${toolchain.version}; load ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  console.log(`  addon ${path.relative(ROOT, built.file)} (${built.cached ? 'cached' : `built in ${(buildMs / 1000).toFixed(1)} s`}); scipy ${scipy.versions ? JSON.stringify(scipy.versions) : scipy.error}`);
  const header = `  ${'function'.padEnd(17)} ${VARIANTS.map((v) => v.padStart(9)).join(' ')}   (max rel. diff vs scipy: native / js / stdlib / glibc)`;
  console.log(header);

  const results = [];
  for (let r = 0; r < ROWS.length; r++) {
    const row = ROWS[r];
    const names = Object.keys(row.a);
    const arrays = inputsOf(row);
    const out = new Float64Array(N).fill(1);
    const id = compiled[r].id;
    const jsVariant = (fn) => (reps) => {
      const c0 = clock.cpuNs();
      const w0 = process.hrtime.bigint();
      for (let k = 0; k < reps; k++) fn();
      const wall = Number(process.hrtime.bigint() - w0);
      return [wall, clock.cpuNs() - c0];
    };
    const variants = {};
    const outputs = {};
    const once = (name, fn) => {
      const o = new Float64Array(N).fill(NaN);
      fn(o);
      outputs[name] = o;
    };
    variants.skNative = jsVariant(() => addon[id](out, ...arrays));
    once('skNative', (o) => addon[id](o, ...arrays));
    variants.skJs = jsVariant(() => skJs[r](arrays, out));
    once('skJs', (o) => skJs[r](arrays, o));
    if (stdlib[r]) {
      variants.stdlib = jsVariant(() => stdlib[r](arrays, out));
      once('stdlib', (o) => stdlib[r](arrays, o));
    }
    if (row.c) {
      variants.glibc = (reps) => clock.time(r, reps, out, arrays[0]);
      once('glibc', (o) => clock.time(r, 1, o, arrays[0]));
    }
    let scipyErrors = {};
    if (scipy.setup) {
      const code = { scipy: row.py };
      if (row.pyAlt) code.scipyAlt = row.pyAlt[1];
      const s = scipy.setup(r, names, arrays, code);
      scipyErrors = s.errors;
      for (const [k, v] of Object.entries(s.results)) {
        outputs[k] = v;
        variants[k] = (reps) => scipy.run(k, reps);
      }
    }
    const ref = outputs.scipy;
    const diffs = ref ? Object.fromEntries(['skNative', 'skJs', 'stdlib', 'glibc', 'scipyAlt'].filter((k) => outputs[k]).map((k) => [k, maxDiff(outputs[k], ref)])) : {};

    // Calibrate reps (one warm-up call included), then interleaved rounds.
    const list = Object.entries(variants);
    const reps = {};
    let slowest = 0;
    for (const [name, run] of list) {
      let [wall, cpu] = run(1);
      [wall, cpu] = run(1);
      const per = Math.max(Math.min(wall, cpu || wall), 1);
      slowest = Math.max(slowest, per);
      reps[name] = Math.max(1, Math.round(SAMPLE_NS / per));
    }
    const rounds = slowest > SLOW_CALL_NS ? Math.min(ROUNDS, 5) : ROUNDS;
    const cpuTimes = Object.fromEntries(list.map(([k]) => [k, []]));
    const wallTimes = Object.fromEntries(list.map(([k]) => [k, []]));
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < list.length; k++) {
        const [name, run] = list[(k + round) % list.length];
        const [wall, cpu] = run(reps[name]);
        cpuTimes[name].push(cpu / (reps[name] * N));
        wallTimes[name].push(wall / (reps[name] * N));
      }
    }
    const cpuNs = Object.fromEntries(Object.entries(cpuTimes).map(([k, v]) => [k, median(v)]));
    const wallNs = Object.fromEntries(Object.entries(wallTimes).map(([k, v]) => [k, median(v)]));
    results.push({ row, cpuNs, wallNs, diffs, rounds, reps, scipyErrors, domain: domainText(row) });
    const d = (k) => fmtDiff(diffs[k]);
    console.log(`  ${row.key.padEnd(17)} ${VARIANTS.map((v) => fmt(cpuNs[v]).padStart(9)).join(' ')}   (${d('skNative')} / ${d('skJs')} / ${d('stdlib')} / ${d('glibc')})${Object.keys(scipyErrors).length ? `  scipy errors: ${JSON.stringify(scipyErrors)}` : ''}`);
  }
  load.push({ at: 'end', loadavg: os.loadavg() });
  scipy.close?.();
  const totalSeconds = (Date.now() - started) / 1000;
  console.log(`  total ${totalSeconds.toFixed(0)} s; load at end ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);

  fs.writeFileSync(DOC, renderDoc({ results, load, totalSeconds, toolchain, built, buildMs, stdlibVersions, scipy, glibc }));
  console.log(`  wrote ${path.relative(process.cwd(), DOC)}`);
}

// ---------------------------------------------------------------------------------------------
// The document

/** The commit measured, and the files of src/ and native/ that differ from it (others' work in progress is measured too). */
function gitState() {
  try {
    const run = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    const dirty = run('status', '--porcelain', '--', 'src', 'native').split('\n').filter(Boolean).map((l) => l.slice(3));
    return `commit ${run('rev-parse', '--short', 'HEAD').trim()}${dirty.length ? ` plus the working tree's uncommitted changes to ${dirty.join(', ')} (native/ as compiled by this run; JS from dist/ of the last \`npm run build\`)` : ' (src/ and native/ clean)'}`;
  } catch {
    return 'git state unknown';
  }
}

function renderDoc({ results, load, totalSeconds, toolchain, built, buildMs, stdlibVersions, scipy, glibc }) {
  const cpus = os.cpus();
  const L = [];
  L.push('# Special functions: speed per element');
  L.push('');
  L.push('Generated by `bench/special-functions.mjs`. Rerun (after `npm run build`; about 1–3 minutes):');
  L.push('');
  L.push('```sh');
  L.push('npm run build && node bench/special-functions.mjs');
  L.push('```');
  L.push('');
  L.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical CPUs), ${os.platform()}-${os.arch()}, node ${process.version}, ${toolchain.version}; scipy ${scipy.versions ? `${scipy.versions.scipy} / numpy ${scipy.versions.numpy} / python ${scipy.versions.python}` : `unavailable (${scipy.error})`}.`);
  L.push(`Code measured: ${gitState()}; the addon built ${built.cached ? 'earlier (cached, same sources)' : `in ${(buildMs / 1000).toFixed(1)} s`} with \`${toolchain.flags.filter((f) => /^-(O|f|m|std)/.test(f)).join(' ')}\`.`);
  L.push(`Machine load (os.loadavg, 1/5/15 min): ${load.map((l) => `${l.at} ${l.loadavg.map((v) => v.toFixed(2)).join(' / ')}`).join('; ')} — a shared machine; ${ROUNDS} rounds${QUICK ? ' (--quick)' : ''}, total ${totalSeconds.toFixed(0)} s.`);
  L.push('');
  L.push(`**CPU nanoseconds per element** at n = ${N.toLocaleString('en-US')} (median over the rounds; CPU time of the calling thread, so other jobs on the machine inflate it less than wall clock; lower is better). "—": no such function in that library.`);
  L.push('');
  L.push('| function | inputs (uniform, mulberry32) | symkernel native | symkernel JS | @stdlib | glibc | scipy | scipy (dedicated) |');
  L.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const c = r.cpuNs;
    const flag = (k) => (r.diffs[k] !== undefined && !(r.diffs[k] <= 1e-6) ? ' ⚠' : '');
    const std = r.row.std && c.stdlib !== undefined ? `${fmt(c.stdlib)}${flag('stdlib')}` : '—';
    const glibcCell = r.row.c && c.glibc !== undefined ? `${fmt(c.glibc)}${flag('glibc')}` : '—';
    const py = c.scipy !== undefined ? `${fmt(c.scipy)}${r.row.pyComposed ? ' †' : ''}` : '—';
    const alt = c.scipyAlt !== undefined ? `${fmt(c.scipyAlt)} (${r.row.pyAlt[0]})` : '—';
    L.push(`| \`${r.row.sk}\` | ${r.domain} | ${fmt(c.skNative)}${flag('skNative')} | ${fmt(c.skJs)}${flag('skJs')} | ${std} | ${glibcCell} | ${py} | ${alt} |`);
  }
  L.push('');
  L.push('† composed from two scipy calls (scipy has no unregularized incomplete gamma/beta): `gammainc(a, x)·gamma(a)`, `gammaincc(a, x)·gamma(a)`, `betainc(a, b, x)·beta(a, b)`.');
  L.push('⚠ the variant differs from scipy by more than 1e-6 relative somewhere in the inputs (see the table below).');
  L.push('');

  // Reading
  L.push('## Reading');
  L.push('');
  L.push(reading(results));
  L.push('');

  L.push('## What was run');
  L.push('');
  L.push('- **symkernel native**: the kernel compiled from the literal `(params) => f(params)` (column "function"), all rows in one addon built by `buildAddon` with the project flags; called raw, `addon[id](out, …arrays)`, after `addon.setThreads(1)` (one thread, no runtime dispatch).');
  L.push('- **symkernel JS**: `import * as S from \'dist/special/index.js\'` and a plain loop `out[i] = S.f(…)`, one loop function per row.');
  L.push(`- **@stdlib**: the same loop over \`@stdlib/math-base-special-*\` (installed at run time into bench/.out, not a dependency): ${Object.entries(stdlibVersions).map(([p, v]) => `${p.replace('@stdlib/math-base-special-', '')}@${v}`).join(', ')}. Mappings: lgamma and loggamma → gammaln, polygamma(1, x) → trigamma, binomial → binomcoef, zeta → riemann-zeta, besselj(0, ·)/bessely(0, ·) → besselj0/bessely0, gammainc/gammaincc/lowergamma/uppergamma → gammainc(x, a, regularized, upper), betainc/betaincu → betainc(x, a, b, regularized). @stdlib has no Bessel function of real order, no I/K, no Hurwitz zeta, exponential integrals or 0F1/1F1.`);
  L.push(`- **glibc**: \`tgamma\`, \`lgamma\`, \`erf\`, \`erfc\`, \`j0\`, \`y0\` in a C loop (${glibc.flags}), timed inside C; glibc's \`jn\`/\`yn\` take integer orders only (no row at order 2.5) and it has no digamma, beta, incomplete gamma/beta, zeta or hypergeometric functions.`);
  L.push('- **scipy**: `scipy.special` ufuncs with `out=` on numpy arrays read from the same bytes (polygamma and factorial(exact=False) are Python wrappers without `out=`: their result is copied into `o`); `expint(n, x)` → `expn` with n as int64. In a /usr/bin/python3 server driven through FIFOs, so its samples interleave with the others; timed by the server (`time.thread_time_ns`). "scipy (dedicated)": the order-0 routines `j0`, `y0`, `i0`, `k0` next to `jv`/`yv`/`iv`/`kv`.');
  L.push(`- Every round runs one sample of each variant of a row (order rotated per round); a sample is enough back-to-back calls for ≥ ${SAMPLE_NS / 1e6} ms; median over ${ROUNDS} rounds (5 for rows with a call slower than ${SLOW_CALL_NS / 1e6} ms).`);
  L.push('');
  L.push('## Sanity check: max relative difference from scipy');
  L.push('');
  L.push('|x − scipy| / max(|scipy|, 1e-300) over the elements where scipy is finite (not an accuracy study: scipy is not exact either; large values flag disagreements worth a look, e.g. different conventions or cancellation near zeros of the function).');
  L.push('');
  L.push('| function | symkernel native | symkernel JS | @stdlib | glibc | scipy (dedicated) |');
  L.push('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const d = (k) => fmtDiff(r.diffs[k]);
    L.push(`| \`${r.row.sk}\` | ${d('skNative')} | ${d('skJs')} | ${d('stdlib')} | ${d('glibc')} | ${d('scipyAlt')} |`);
  }
  L.push('');
  L.push('Wall-clock medians (ns/element; inflated by the machine\'s other jobs): ' + results.map((r) => `${r.row.key} ${['skNative', 'skJs', 'stdlib', 'glibc', 'scipy'].filter((k) => r.wallNs[k] !== undefined).map((k) => `${k} ${fmt(r.wallNs[k])}`).join(', ')}`).join('; ') + '.');
  L.push('');
  return L.join('\n');
}

function reading(results) {
  const ratio = (a, b) => (a !== undefined && b !== undefined ? b / a : undefined);
  const vsScipy = results.map((r) => [r.row.key, ratio(r.cpuNs.skNative, Math.min(r.cpuNs.scipy ?? Infinity, r.cpuNs.scipyAlt ?? Infinity))]).filter(([, v]) => v !== undefined && Number.isFinite(v));
  const vsStd = results.map((r) => [r.row.key, ratio(r.cpuNs.skNative, r.cpuNs.stdlib)]).filter(([, v]) => v !== undefined);
  const jsVsStd = results.map((r) => [r.row.key, ratio(r.cpuNs.skJs, r.cpuNs.stdlib)]).filter(([, v]) => v !== undefined);
  const vsGlibc = results.map((r) => [r.row.key, ratio(r.cpuNs.skNative, r.cpuNs.glibc)]).filter(([, v]) => v !== undefined);
  const geo = (xs) => Math.exp(xs.reduce((s, [, v]) => s + Math.log(v), 0) / xs.length);
  const list = (xs) => xs.map(([k, v]) => `${k} (${v >= 1 ? `${v.toFixed(1)}×` : `1/${(1 / v).toFixed(1)}`})`).join(', ');
  const faster = vsScipy.filter(([, v]) => v >= 1.1);
  const slower = vsScipy.filter(([, v]) => v <= 1 / 1.1).sort((a, b) => a[1] - b[1]);
  const even = vsScipy.filter(([, v]) => v > 1 / 1.1 && v < 1.1);
  const stdSlower = vsStd.filter(([, v]) => v < 1 / 1.1);
  const jsStdSlower = jsVsStd.filter(([, v]) => v < 1 / 1.1);
  return [
    `Ratios are the other's time over symkernel native's (above 1: symkernel is faster; against scipy the faster of its two routines where a row has two).`,
    `Against scipy (one thread each), symkernel native is faster on ${faster.length} of ${vsScipy.length} rows — ${list(faster) || 'none'}`,
    `— about even (within 10 %) on ${even.length}${even.length ? ` (${list(even)})` : ''}, and slower on ${slower.length}${slower.length ? `: ${list(slower)}` : ''};`,
    `geometric mean ${geo(vsScipy).toFixed(2)}× (scipy's per-call Python overhead is negligible at n = 10^5).`,
    `Against @stdlib, which a JS user has for ${vsStd.length} of the rows, the native kernel is ${geo(vsStd).toFixed(1)}× faster in geometric mean${stdSlower.length ? `, slower only on ${list(stdSlower)}` : ' and faster on every one of them'};`,
    `symkernel's own JS implementation against @stdlib: ${geo(jsVsStd).toFixed(2)}× in geometric mean${jsStdSlower.length ? `, slower on ${list(jsStdSlower)}` : ', never slower'}.`,
    vsGlibc.length ? `Against glibc's scalar libm (where it has the function): ${list(vsGlibc)}.` : '',
  ].join(' ');
}

main().catch((error) => {
  console.error(`bench/special-functions: ${error.stack ?? error}`);
  process.exit(1);
});
