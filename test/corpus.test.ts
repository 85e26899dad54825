/**
 * The SymPy corpus (test/fixtures/sympy-corpus.jsonl, scripts/corpus/sympy_corpus.py): real-valued
 * expressions exactly as SymPy prints them with str(), with mpmath reference values. Each must
 * compile unchanged and evaluate on both backends to the reference; `diff` of each must match
 * SymPy's derivative, both numerically (its reference values) and as an expression (SymPy's
 * derivative string compiled by us).
 *
 * Tolerance: 1e-12 relative, or 1e-13 of the entry's largest magnitude (cancellation near zeros of
 * a composite expression is not the compiler's doing); NaN and infinities must match exactly —
 * they carry the semantics (domains, Piecewise without a true branch, non-real results).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { compileLiteral, type CompiledKernel } from '../src/compile.js';
import { evaluateJsKernel, evaluateNativeKernels, type Point } from './accuracy/measure.js';

interface Entry {
  id: string;
  params: string[];
  expr: string;
  functions: string[];
  points: number[][];
  values: (number | string)[];
  /** A null value: SymPy's zoo (a division by zero) — no reference; IEEE arithmetic gives ±Inf or NaN. */
  diff: { param: string; expr: string; values: (number | string | null)[] } | null;
}

const FILE = 'test/fixtures/sympy-corpus.jsonl';
const parse = (v: number | string | null) => (v === null ? NaN : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v));
const entries: Entry[] = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

/** `zoo`: the reference is SymPy's complex infinity (JSON null): any non-finite result agrees. */
function agrees(got: number, want: number, scale: number, zoo: boolean): boolean {
  if (zoo) return !Number.isFinite(got);
  if (Number.isNaN(want) || !Number.isFinite(want)) return Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want));
  if (!Number.isFinite(got)) return false;
  return Math.abs(got - want) <= 1e-12 * Math.abs(want) || Math.abs(got - want) <= 1e-13 * scale;
}

const scaleOf = (values: number[]) => Math.max(1e-300, ...values.filter(Number.isFinite).map(Math.abs));

interface Job {
  label: string;
  kernel: CompiledKernel;
  points: Point[];
  /** Per point: the reference is zoo (no value; IEEE gives ±Inf or NaN). */
  zoo?: boolean[];
}

test('the corpus has at least 200 SymPy str() expressions', () => {
  assert.ok(entries.length >= 200, `${entries.length} entries in ${FILE}`);
});

test('every corpus expression compiles unchanged and matches the reference on both backends; diff matches SymPy', async (t) => {
  const failures: string[] = [];
  const jobs: Job[] = [];
  for (const e of entries) {
    const literal = `(${e.params.join(', ')}) => ${e.expr}`;
    const points = e.points.map((args, i) => ({ args, value: parse(e.values[i]) }));
    try {
      jobs.push({ label: `${e.id}: ${e.expr}`, kernel: compileLiteral(literal), points });
      if (e.diff) {
        const dPoints = e.points.map((args, i) => ({ args, value: parse(e.diff!.values[i]) }));
        const zoo = e.diff.values.map((v) => v === null);
        jobs.push({ label: `${e.id} diff(…, ${e.diff.param})`, kernel: compileLiteral(`(${e.params.join(', ')}) => diff(${e.expr}, ${e.diff.param})`), points: dPoints, zoo });
        jobs.push({ label: `${e.id} SymPy's derivative: ${e.diff.expr}`, kernel: compileLiteral(`(${e.params.join(', ')}) => ${e.diff.expr}`), points: dPoints, zoo });
      }
    } catch (error) {
      failures.push(`${e.id}: ${(error as Error).message.split('\n')[0]}  in  ${e.expr}`);
    }
  }
  assert.deepEqual(failures, [], 'corpus expressions that do not compile');

  const native = await evaluateNativeKernels(jobs.map((j) => ({ kernel: j.kernel, points: j.points })));
  const wrong: string[] = [];
  for (const [i, job] of jobs.entries()) {
    const js = await evaluateJsKernel(job.kernel, job.points);
    const scale = scaleOf(job.points.filter((_, k) => !job.zoo?.[k]).map((p) => p.value));
    for (const [backend, got] of [['js', js], ['native', native[i]]] as const) {
      job.points.forEach((p, k) => {
        if (!agrees(got[k], p.value, scale, job.zoo?.[k] ?? false)) wrong.push(`${backend} ${job.label} at (${p.args.join(', ')}): ${got[k]}, want ${p.value}`);
      });
    }
  }
  t.diagnostic(`${entries.length} expressions, ${jobs.length} kernels, ${jobs.reduce((n, j) => n + j.points.length, 0)} points per backend`);
  if (process.env.CORPUS_REPORT) fs.writeFileSync(process.env.CORPUS_REPORT, wrong.join("\n") + "\n");
  assert.deepEqual(wrong.slice(0, 30), [], `${wrong.length} mismatches`);
});
