/**
 * Benchmark: native/vecmath against glibc, ns/element of the loop `out[i] = f(in[i])` at
 * n = 10^6 (BENCH_N to change), for f in exp, log, sin, cos, expm1, log1p. Variants
 * (test/vecmath/build.mjs):
 *   ours avx2     our function, compiled -mavx2 -mfma (the AVX2 code path)
 *   ours clones   our function in a loop with SK_KERNEL (native/sk_simd.h: target_clones), as
 *                 generated kernels are (the resolver picks the AVX2 clone on an AVX2 machine)
 *   ours sse2     our function, compiled -march=x86-64 (the baseline code path)
 *   glibc scalar  libm's exp/log/sin/cos, one call per element
 *   glibc libmvec libm's functions declared `omp declare simd` (AVX2 vector variants; NOT within
 *                 1 ulp for exp, sin, cos, which is why ours exist)
 * Arguments: exp uniform in [-700, 700], log log-uniform over [2^-1000, 2^1000], sin/cos uniform
 * in [-100, 100], expm1 uniform in [-5, 5], log1p half log-uniform over [2^-30, 2^10], half
 * uniform in [-0.99, 0]. Timing: thread CPU time (preemption on a loaded machine drops out), the best of
 * BENCH_REPS rounds, variants interleaved within a round.
 *
 * Run: node bench/vecmath.mjs   (x86-64 Linux with gcc; builds into bench/.out/vecmath)
 * Not a test: numbers depend on the machine.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVecmath, cpuHasAvx2Fma, runDriver, vecmathSupported } from '../test/vecmath/build.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPS = Number(process.env.BENCH_REPS ?? 40);

const why = vecmathSupported();
if (why) {
  console.log(`vecmath benchmark skipped: ${why}`);
  process.exit(0);
}
if (!cpuHasAvx2Fma()) console.log('(no AVX2/FMA on this CPU: AVX2 columns omitted)');

const { driver } = await buildVecmath(path.join(HERE, '.out', 'vecmath'));
const COLS = [
  ['avx2', 'ours avx2'],
  ['clones', 'ours clones'],
  ['base', 'ours sse2'],
  ['libm', 'glibc scalar'],
  ['mvec', 'glibc libmvec'],
];
const fmt = (v) => (v === undefined ? '-' : v.toFixed(2));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);

console.log(`ns/element, n = ${N}, best of ${REPS} (thread CPU time)\n`);
const header = ['fn', ...COLS.map((c) => c[1]), 'scalar/avx2', 'scalar/sse2', 'avx2/libmvec'];
const rows = [header];
for (const fn of ['exp', 'log', 'sin', 'cos', 'expm1', 'log1p']) {
  const [r] = runDriver(driver, ['bench', fn, N, REPS]);
  const ns = r.ns;
  rows.push([
    fn,
    ...COLS.map(([k]) => fmt(ns[k])),
    ratio(ns.libm, ns.avx2),
    ratio(ns.libm, ns.base),
    ratio(ns.avx2, ns.mvec),
  ]);
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
console.log('\nscalar/x: speed-up of ours over glibc scalar; avx2/libmvec: our cost relative to libmvec.');
