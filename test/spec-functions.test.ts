/**
 * Every function SPEC §3 names compiles in a literal and evaluates on both backends, at a point of
 * its domain, to the same value (within the special-function bound) — the "nothing is missing"
 * check. Accuracy itself is test/accuracy.test.ts's job.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { evaluateJsKernel, evaluateNativeKernels } from './accuracy/measure.js';

/** Name → a call with arguments in its domain (SPEC §3 spelling). */
const CALLS: Record<string, string> = {
  exp: 'exp(0.3)', exp2: 'exp2(0.3)', expm1: 'expm1(0.3)', log: 'log(0.3)', 'log(x, b)': 'log(0.3, 2)', log2: 'log2(0.3)',
  log10: 'log10(0.3)', log1p: 'log1p(0.3)', sqrt: 'sqrt(0.3)', cbrt: 'cbrt(-0.3)', abs: 'abs(-0.3)', sign: 'sign(-0.3)',
  floor: 'floor(2.7)', ceil: 'ceil(2.2)', round: 'round(2.5)', trunc: 'trunc(-2.7)', fmod: 'fmod(-7.5, 2)', min: 'min(1, 2, 0.5)',
  max: 'max(1, 2, 0.5)', clamp: 'clamp(3, 0, 1)', hypot: 'hypot(3, 4)', atan2: 'atan2(1, 2)', sin: 'sin(0.3)', cos: 'cos(0.3)',
  tan: 'tan(0.3)', asin: 'asin(0.3)', acos: 'acos(0.3)', atan: 'atan(0.3)', sinh: 'sinh(0.3)', cosh: 'cosh(0.3)', tanh: 'tanh(0.3)',
  asinh: 'asinh(0.3)', acosh: 'acosh(1.3)', atanh: 'atanh(0.3)', erf: 'erf(0.3)', erfc: 'erfc(0.3)', erfinv: 'erfinv(0.3)',
  erfcinv: 'erfcinv(0.3)', gamma: 'gamma(4.3)', lgamma: 'lgamma(-2.5)', loggamma: 'loggamma(4.3)', digamma: 'digamma(4.3)',
  polygamma: 'polygamma(2, 4.3)', beta: 'beta(2.5, 1.5)', factorial: 'factorial(4.5)', 'postfix !': '5!', binomial: 'binomial(7.5, 2.5)',
  'besselj (integer order)': 'besselj(2, 3.3)', 'besselj (real order)': 'besselj(2.5, 3.3)', 'bessely (integer order)': 'bessely(1, 3.3)',
  'bessely (real order)': 'bessely(0.5, 3.3)', 'besseli (integer order)': 'besseli(1, 3.3)', 'besseli (real order)': 'besseli(1.5, 3.3)',
  'besselk (integer order)': 'besselk(0, 3.3)', 'besselk (real order)': 'besselk(0.25, 3.3)', zeta: 'zeta(3.5)', 'zeta(s, a)': 'zeta(3.5, 2.5)',
  lowergamma: 'lowergamma(2.5, 1.5)', uppergamma: 'uppergamma(-1.5, 1.5)', gammainc: 'gammainc(2.5, 1.5)', gammaincc: 'gammaincc(2.5, 1.5)',
  'betainc(a, b, x)': 'betainc(2.5, 1.5, 0.3)', 'betainc(a, b, x1, x2)': 'betainc(2.5, 1.5, 0.1, 0.3)',
  betainc_regularized: 'betainc_regularized(2.5, 1.5, 0.1, 0.3)', Mod: 'Mod(-7.5, 2)', '%': '7.5 % -2', sec: 'sec(0.3)', csc: 'csc(0.3)',
  cot: 'cot(0.3)', asec: 'asec(1.3)', acsc: 'acsc(1.3)', acot: 'acot(0.3)', sech: 'sech(0.3)', csch: 'csch(0.3)', coth: 'coth(0.3)',
  expint: 'expint(2, 1.5)', Ei: 'Ei(1.5)', E1: 'E1(1.5)', 'Heaviside(x, h0)': 'Heaviside(0, 0.25)', 'hyper 0F1': 'hyper([], [1.5], 0.3)',
  'hyper 1F1': 'hyper([0.5], [1.5], 0.3)', 'hyper 2F1': 'hyper([0.5, 1], [1.5], -0.3)', Abs: 'Abs(-0.3)', Min: 'Min(1, 0.5)', Max: 'Max(1, 0.5)',
  ceiling: 'ceiling(2.2)', Rational: 'Rational(1, 3)', Float: "Float('0.1')", Piecewise: 'Piecewise((1, 0.3 > 1), (2, True))',
};
for (const family of ['normal', 'lognormal', 'gamma', 'beta', 'studentt', 'exponential', 'cauchy', 'laplace', 'chisq', 'weibull']) {
  const args = { normal: '0.3, 0.1, 1.5', lognormal: '0.3, 0.1, 1.5', gamma: '0.3, 2.5, 1.5', beta: '0.3, 2.5, 1.5', studentt: '0.3, 3.5', exponential: '0.3, 1.5', cauchy: '0.3, 0.1, 1.5', laplace: '0.3, 0.1, 1.5', chisq: '0.3, 3.5', weibull: '0.3, 2.5, 1.5' }[family];
  for (const kind of ['pdf', 'logpdf', 'cdf']) CALLS[`${family}_${kind}`] = `${family}_${kind}(${args})`;
}
for (const [family, args] of [['poisson', '3, 2.5'], ['binomial', '3, 10, 0.25']]) {
  for (const kind of ['pmf', 'logpmf', 'cdf']) CALLS[`${family}_${kind}`] = `${family}_${kind}(${args})`;
}

test('every SPEC §3 function compiles and both backends agree on a value in its domain', async () => {
  const names = Object.keys(CALLS);
  const failures: string[] = [];
  const kernels = names.map((name) => {
    try {
      // A parameter keeps the expression from folding to a constant at build time.
      return compileLiteral(`(t) => t + ${CALLS[name]}`);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
  });
  assert.deepEqual(failures, [], 'functions that do not compile');
  const point = [{ args: [0], value: 0 }];
  const native = await evaluateNativeKernels(kernels.map((kernel) => ({ kernel: kernel!, points: point })));
  for (const [i, name] of names.entries()) {
    const [js] = await evaluateJsKernel(kernels[i]!, point);
    const [nat] = native[i];
    assert.ok(Number.isFinite(js), `${name}: JS gives ${js}`);
    assert.ok(Math.abs(js - nat) <= 1e-14 * Math.abs(js) || js === nat, `${name}: JS ${js} vs native ${nat}`);
  }
});
