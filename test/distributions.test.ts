/**
 * Distribution helpers (pdf/pmf, logpdf/logpmf, cdf of twelve families) against mpmath references
 * (test/data/distributions.jsonl, scripts/reference/distributions.py), on both backends through the
 * real kernel path.
 *
 * The bound scales with the conditioning of the value: a density e^(-a) evaluated in doubles has a
 * relative error of about |a|·ε from rounding its argument (the reference is exact), so points are
 * checked at rel ≤ 2e-14 · (1 + |ln v|); log-densities at abs ≤ 2e-14 · (1 + |v|).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { compileLiteral } from '../src/compile.js';
import { DISTRIBUTIONS } from '../src/functions/distributions.js';
import { evaluateJsKernel, evaluateNativeKernels, type Point } from './accuracy/measure.js';

const parse = (v: number | string) => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number));
const rows = fs.readFileSync('test/data/distributions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byFn = new Map<string, Point[]>();
for (const r of rows) {
  if (!byFn.has(r.fn)) byFn.set(r.fn, []);
  byFn.get(r.fn)!.push({ args: r.args.map(parse), value: parse(r.value) });
}

function withinBound(fn: string, got: number, want: number): boolean {
  if (Object.is(got, want) || got === want || (Number.isNaN(got) && Number.isNaN(want))) return true;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return false;
  if (/_log(pdf|pmf)$/.test(fn)) return Math.abs(got - want) <= 2e-14 * (1 + Math.abs(want));
  if (want === 0) return Math.abs(got) < 1e-300;
  return Math.abs(got - want) / Math.abs(want) <= 2e-14 * (1 + Math.abs(Math.log(Math.abs(want))));
}

test('every distribution helper has reference values', () => {
  assert.deepEqual(Object.keys(DISTRIBUTIONS).filter((fn) => !byFn.has(fn)).sort(), []);
});

test('distribution helpers match mpmath on both backends', async (t) => {
  const fns = [...byFn.keys()].sort();
  const kernels = fns.map((fn) => {
    const arity = byFn.get(fn)![0].args.length;
    const params = Array.from({ length: arity }, (_, i) => `a${i}`).join(', ');
    return compileLiteral(`(${params}) => ${fn}(${params})`);
  });
  const native = await evaluateNativeKernels(fns.map((fn, i) => ({ kernel: kernels[i], points: byFn.get(fn)! })));
  for (const [i, fn] of fns.entries()) {
    const points = byFn.get(fn)!;
    const js = await evaluateJsKernel(kernels[i], points);
    await t.test(fn, () => {
      for (const [backend, got] of [['js', js], ['native', native[i]]] as const) {
        const bad = points.map((p, j) => ({ p, got: got[j] })).filter(({ p, got }) => !withinBound(fn, got, p.value));
        assert.equal(bad.length, 0, `${backend}: ${bad.length} of ${points.length} past the bound, e.g. ${fn}(${bad[0]?.p.args.join(', ')}) = ${bad[0]?.got}, want ${bad[0]?.p.value}`);
      }
    });
  }
});

test('log-densities are computed in log space: no -Infinity where the density underflows', async () => {
  const k = compileLiteral('(x) => normal_logpdf(x, 0, 1)');
  const [v] = await evaluateJsKernel(k, [{ args: [60], value: 0 }]);
  assert.equal(v, -1800 - Math.log(2 * Math.PI) / 2);
});
