/**
 * native/vecmath: our vectorizable exp, log, sin, cos, expm1, log1p (static inline C, see
 * native/vecmath/README.md).
 *
 * Builds test/vecmath/driver.c with test/vecmath/kernels.c compiled like generated kernels, once
 * for the x86-64 baseline (SSE2) and once with -mavx2 -mfma (so both code paths of a
 * target_clones kernel run), plus a build with the kernels' own SK_KERNEL (native/sk_simd.h) for
 * the objdump checks. Then:
 *   - the reference points of test/data/reference/<fn>.jsonl (mpmath, correctly rounded),
 *   - 10^6 random points per function over the whole range (log-uniform magnitudes, both signs,
 *     subnormals, overflow and underflow edges, points next to multiples of pi/2, raw bit
 *     patterns), against long double (x87) expl/logl/sinl/cosl/expm1l/log1pl,
 *   - special values (±0, ±Inf, NaN, extremes) exactly as C99/IEEE,
 * all within 1 ulp (the elementary-function bar of SPEC §6); both code paths bit-identical, and
 * within 1 ulp also with -ffp-contract=fast; no arithmetic on subnormal numbers for ordinary or
 * tiny arguments (MXCSR flags); and the loops vectorized with the functions inlined (objdump of
 * the clones: ymm arithmetic in the AVX2 one, packed SSE2 in the default one, no call but to the
 * SIMD clone of the sin/cos fallback for |x| > 2^21).
 *
 * Skipped where the driver cannot be built as the kernels are (not x86-64 Linux with gcc).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-ignore -- plain JS helper shared with bench/vecmath.mjs (no type declarations)
import { buildVecmath, cpuHasAvx2Fma, runDriver, vecmathSupported, ROOT } from './vecmath/build.mjs';

const FNS = ['exp', 'log', 'sin', 'cos', 'expm1', 'log1p'] as const;
const BOUND = 1; // ulp
const RANDOM_N = 1_000_000;
const unsupported: string | null = vecmathSupported();
const avx2 = !unsupported && cpuHasAvx2Fma();
const VARIANTS = avx2 ? ['base', 'avx2'] : ['base'];

type Stats = {
  n: number;
  maxUlp: number | string;
  maxArg: string;
  notCR: number;
  over1: number;
  worst: string[][];
  maxUlpVsFile?: number | string;
  notCRvsFile?: number;
};

let build: { dir: string; driver: string; objects: Record<string, string> };
let refDir: string;

const ulp = (v: number | string) => (typeof v === 'string' ? Infinity : v);
const summary = (s: Stats) =>
  `max ${s.maxUlp} ulp at ${s.maxArg}, ${s.notCR}/${s.n} not correctly rounded, ${s.over1} over 1 ulp` +
  (s.worst.length ? ` e.g. ${JSON.stringify(s.worst.slice(0, 4))}` : '');

describe('native/vecmath', { skip: unsupported ?? false }, () => {
  before(async () => {
    build = await buildVecmath();
    refDir = path.join(build.dir, 'ref');
    await fs.mkdir(refDir, { recursive: true });
    for (const fn of FNS) {
      const lines = readFileSync(path.join(ROOT, 'test/data/reference', `${fn}.jsonl`), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const { args, value } = JSON.parse(l) as { args: number[]; value: number | string };
          const num = (v: number | string) => (Object.is(v, -0) ? '-0' : String(v));
          return `${num(args[0])} ${num(value)}`;
        });
      await fs.writeFile(path.join(refDir, `${fn}.txt`), lines.join('\n') + '\n');
    }
  });
  after(async () => {
    if (build) await fs.rm(build.dir, { recursive: true, force: true });
  });

  for (const variant of VARIANTS) {
    test(`${variant}: special values are exact (C99 / IEEE)`, () => {
      const [r] = runDriver(build.driver, ['special', variant]);
      assert.deepEqual(r.failures, [], JSON.stringify(r.failures));
    });

    for (const fn of FNS) {
      test(`${variant}: ${fn} at the reference points within ${BOUND} ulp`, () => {
        const [r] = runDriver(build.driver, ['ref', variant, fn, path.join(refDir, `${fn}.txt`)]) as Stats[];
        console.log(`  ${variant} ${fn} reference (${r.n}): vs mpmath ${r.maxUlpVsFile} ulp (${r.notCRvsFile} not CR); vs long double ${summary(r)}`);
        assert.ok(r.n >= 200);
        assert.ok(ulp(r.maxUlpVsFile!) <= BOUND, `vs the reference file: ${r.maxUlpVsFile} ulp`);
        assert.ok(ulp(r.maxUlp) <= BOUND, summary(r));
      });

      test(`${variant}: ${fn} at ${RANDOM_N} random points within ${BOUND} ulp`, () => {
        const [r] = runDriver(build.driver, ['random', variant, fn, RANDOM_N, 20240611]) as Stats[];
        console.log(`  ${variant} ${fn} random: ${summary(r)}`);
        assert.equal(r.n, RANDOM_N);
        assert.ok(ulp(r.maxUlp) <= BOUND, summary(r));
        assert.equal(r.over1, 0, summary(r));
      });
    }
  }

  test('both code paths give the same bits (no contraction: -std=c11 implies -ffp-contract=off)', { skip: !avx2 }, () => {
    for (const fn of FNS) {
      const [b] = runDriver(build.driver, ['hash', 'base', fn, RANDOM_N, 7]);
      const [a] = runDriver(build.driver, ['hash', 'avx2', fn, RANDOM_N, 7]);
      assert.equal(a.hash, b.hash, fn);
    }
  });

  test('with FMA contraction (-ffp-contract=fast) still within 1 ulp', { skip: !avx2 }, () => {
    for (const fn of FNS) {
      const [r] = runDriver(build.driver, ['random', 'avx2fc', fn, 200_000, 11]) as Stats[];
      assert.ok(ulp(r.maxUlp) <= BOUND, `${fn}: ${summary(r)}`);
    }
  });

  // Subnormal operands or results make many CPUs take microcode assists (slow by 10x or more): no
  // lane may compute with them unless the result itself is subnormal. MXCSR flags over blocks.
  const FLAG_RANGES: [string, number, number][] = [
    ['exp', -700, 700], ['exp', -10, 10], ['exp', 1e-300, 1e-3], ['exp', -1e-3, -1e-300],
    ['log', 1e-300, 1e300], ['log', 0.5, 2],
    ['sin', -1e5, 1e5], ['sin', 1e-300, 1e-3], ['sin', 1e6, 1e300],
    ['cos', -1e5, 1e5], ['cos', 1e-300, 1e-3], ['cos', 1e6, 1e300],
    ['expm1', -30, 700], ['expm1', 1e-300, 1e-3], ['expm1', -1e-3, -1e-300],
    ['log1p', -0.99, 0.5], ['log1p', 1e-300, 1e300], ['log1p', -1e-3, -1e-300],
  ];
  for (const variant of VARIANTS) {
    test(`${variant}: no arithmetic on subnormal numbers for normal results`, () => {
      for (const [fn, lo, hi] of FLAG_RANGES) {
        const [r] = runDriver(build.driver, ['flags', variant, fn, lo, hi]);
        assert.equal(r.hits, 0, `${fn} on [${lo}, ${hi}]: ${r.hits} of ${r.blocks} blocks (first at ${r.firstBlockArg})`);
      }
    });
  }

  test('target_clones build (SK_KERNEL): loops vectorized, functions inlined (objdump)', () => {
    const asm = execFileSync('objdump', ['-d', '--no-show-raw-insn', build.objects.clones], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const bodies = new Map<string, string>();
    for (const block of asm.split('\n\n')) {
      const m = /^[0-9a-f]+ <([^>]+)>:\n/m.exec(block);
      if (m) bodies.set(m[1], block);
    }
    const calls = (text: string) => [...text.matchAll(/\bcall\s+\S+\s+<([^>]+)>/g)].map((m) => m[1]);
    // The fallback for |x| > 2^21 (sin, cos) is the one call allowed: to its SIMD clone in the
    // vector loop, to the scalar function in the scalar epilogue.
    const allowed = (c: string) => /^(_ZGV\w+_)?sk_vm_(sin|cos)_big$/.test(c);
    for (const fn of FNS) {
      const clones = [...bodies.keys()].filter((k) => k.startsWith(`vm_clones_${fn}.`) && !k.endsWith('.resolver'));
      assert.ok(clones.includes(`vm_clones_${fn}.default`), `${fn}: clones ${clones}`);
      assert.ok(clones.length >= 2, `${fn}: no target clone beside the default (${clones})`);
      for (const name of clones) {
        const body = bodies.get(name)!;
        assert.deepEqual(calls(body).filter((c) => !allowed(c)), [], `${name} calls`);
        if (name.endsWith('.default')) {
          assert.match(body, /\bmulpd\s/, `${name}: not vectorized (no mulpd)`);
        } else {
          assert.ok((body.match(/%ymm/g) ?? []).length >= 40, `${name}: no ymm arithmetic`);
          assert.match(body, /vmulpd\s+%ymm/, `${name}: no packed multiply on ymm`);
        }
        if (fn === 'sin' || fn === 'cos') assert.ok(calls(body).some((c) => c.startsWith('_ZGV')), `${name}: no SIMD clone call`);
      }
    }
  });
});
