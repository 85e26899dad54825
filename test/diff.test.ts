/**
 * Symbolic differentiation, checked numerically against finite differences (Richardson-extrapolated
 * central differences, a different algorithm) and symbolically on simple cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { FUNCTIONS } from '../src/functions/table.js';
import { expectError, expectIR, loadJsKernel, uniform } from './helpers.js';

async function scalarFunction(literal: string): Promise<(...args: number[]) => number> {
  const js = await loadJsKernel(compileLiteral(literal).js);
  const out = new Float64Array(1);
  return (...args) => {
    js(1, ...args, out);
    return out[0];
  };
}

/** f'(x) by Richardson extrapolation of central differences (error O(h^4)). */
function finiteDifference(f: (x: number) => number, x: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const d = (k: number) => (f(x + k) - f(x - k)) / (2 * k);
  return (4 * d(h / 2) - d(h)) / 3;
}

const CASES: { f: string; params: string; domain: [number, number]; others?: number[]; needs?: string[] }[] = [
  { f: 'sin(x)*x^3 + exp(-x^2/2)', params: 'x', domain: [-3, 3] },
  { f: 'log(1 + x^2) / (2 + cos(x))', params: 'x', domain: [-3, 3] },
  { f: 'x^y', params: 'x, y', domain: [0.5, 3], others: [1.7] },
  { f: 'sqrt(x) + cbrt(x) + x^(5/2)', params: 'x', domain: [0.5, 4] },
  { f: 'atan2(x, 2) + hypot(x, 3) + tanh(x) + asinh(x) + atan(x)', params: 'x', domain: [-3, 3] },
  { f: 'asin(x/2) + acos(x/3) + atanh(x/4) + acosh(x + 3)', params: 'x', domain: [-1, 1] },
  { f: 'exp2(x) + log2(x + 5) + log10(x + 5) + expm1(x) + log1p(x + 2)', params: 'x', domain: [-1, 1] },
  { f: 'x < 0 ? x^2 : sin(x)', params: 'x', domain: [-2, 2] },
  { f: 'Max(x, 0.5) * Min(x, 1) + abs(x - 0.3)', params: 'x', domain: [-2, 2] },
  { f: 'normal_pdf(x, 0.3, 1.7)', params: 'x', domain: [-4, 4] },
  { f: 'sinh(x) * cosh(x) / (1 + tan(x/4)^2)', params: 'x', domain: [-2, 2] },
  { f: 'gamma(x) + lgamma(x) + digamma(x)', params: 'x', domain: [0.5, 5], needs: ['gamma', 'lgamma', 'digamma', 'polygamma'] },
  { f: 'erf(x) * erfc(x/2)', params: 'x', domain: [-2, 2], needs: ['erf', 'erfc'] },
  { f: 'besselj(1.5, x) + bessely(0, x) + besseli(2, x) + besselk(1, x)', params: 'x', domain: [0.5, 5], needs: ['besselj', 'bessely', 'besseli', 'besselk'] },
  { f: 'gammainc(2.5, x) + lowergamma(1.5, x) + uppergamma(0.5, x)', params: 'x', domain: [0.5, 5], needs: ['gammainc', 'lowergamma', 'uppergamma', 'gamma'] },
  { f: 'betainc(2, 3, x)', params: 'x', domain: [0.1, 0.9], needs: ['betainc', 'beta'] },
];

test('d/dx by the derivative table agrees with finite differences', async (t) => {
  for (const c of CASES) {
    const missing = (c.needs ?? []).filter((f) => !FUNCTIONS.has(f));
    if (missing.length) {
      t.diagnostic(`${c.f}: needs ${missing.join(', ')} (not in this build)`);
      continue;
    }
    const [first, ...rest] = c.params.split(', ');
    const f = await scalarFunction(`(${c.params}) => ${c.f}`);
    const df = await scalarFunction(`(${c.params}) => diff(${c.f}, ${first})`);
    for (const x of uniform(40, c.domain[0], c.domain[1], 7)) {
      const others = c.others ?? rest.map(() => 1.3);
      const want = finiteDifference((v) => f(v, ...others), x);
      const got = df(x, ...others);
      const scale = Math.max(1, Math.abs(want), Math.abs(f(x, ...others)));
      assert.ok(Math.abs(got - want) <= 1e-7 * scale, `d/d${first} ${c.f} at ${x}: ${got} vs finite difference ${want}`);
    }
  }
});

test('derivatives are simplified canonical IR', () => {
  expectIR('(x) => diff(x^2, x)', '(* 2 x)');
  expectIR('(x) => diff(x^3, x, 2)', '(* 6 x)');
  expectIR('(x, y) => diff(x*y + y^2, y)', '(+ x (* 2 y))');
  expectIR('(x) => diff(sin(x), x, 0)', '(sin x)');
  expectIR('(x) => diff(exp(2*x), x)', '(* 2 (exp (* 2 x)))');
  expectIR('(x) => diff(abs(x), x)', '(sign x)');
  expectIR('(x) => diff(x < 0 ? -x : x^2, x)', '(piecewise (-1 (< x 0)) ((* 2 x) true))');
  // A symbolic exponent: k x^k / x, SymPy's form (NaN at x = 0 like SymPy's, not the limit).
  expectIR('(x, k) => diff(x^k, x)', '(* k (^ x -1) (^ x k))');
  // An argument without x contributes nothing, even with no partial derivative in it.
  expectIR('(x, s) => diff(x * zeta(s), x)', '(zeta s)');
});

test('higher derivatives: d^n/dx^n of exp(2x) is 2^n exp(2x)', async () => {
  const f = await scalarFunction('(x) => diff(exp(2*x), x, 5)');
  assert.equal(f(0.25), 32 * Math.exp(0.5));
});

test('what cannot be differentiated is a build error at the expression', () => {
  expectError('(x) => diff(floor(x) * x, x)', 'SK0111', 12, /floor/);
  expectError('(x) => diff(x, y)', 'SK0112', 15);
  expectError('(x) => diff(x, x, 1.5)', 'SK0112', 18);
  expectError('(x) => diff(x, 2)', 'SK0112', 15);
});
