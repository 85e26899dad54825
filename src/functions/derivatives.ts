/**
 * ∂f/∂(argument i) for every function of the table, as IR. A function (or an argument) missing
 * here cannot be differentiated (an order of a Bessel function, the s of zeta, …); `diff` reports
 * that as a build error. Rules that need a function the table does not have yet throw
 * MissingFunction, reported the same way.
 */
import * as ir from '../ir/nodes.js';
import { core } from './surface.js';

type N = ir.Node;
export type Partial = (args: N[]) => N;

const q = (p: bigint, d = 1n) => ir.num({ p, q: d });
const HALF = q(1n, 2n);
const sq = (x: N) => ir.pow(x, q(2n));
const recip = (x: N) => ir.pow(x, ir.MINUS_ONE);
const ZERO_EVERYWHERE: Partial = () => ir.ZERO;

function heaviside(t: N): N {
  return ir.piecewise([
    { value: ir.ONE, cond: ir.rel('<', ir.ZERO, t) },
    { value: ir.ZERO, cond: ir.rel('<', t, ir.ZERO) },
    { value: HALF, cond: ir.rel('==', t, ir.ZERO) },
  ]);
}

/** d/dx of a one-argument function, as a function of x. */
const unary = (d: (x: N) => N): Partial[] => [([x]) => d(x)];

export const DERIVATIVES: Readonly<Record<string, readonly (Partial | undefined)[]>> = {
  exp: unary((x) => core('exp', x)),
  exp2: unary((x) => ir.mul(core('exp2', x), core('log', q(2n)))),
  expm1: unary((x) => core('exp', x)),
  log: unary((x) => recip(x)),
  log2: unary((x) => recip(ir.mul(x, core('log', q(2n))))),
  log10: unary((x) => recip(ir.mul(x, core('log', q(10n))))),
  log1p: unary((x) => recip(ir.add(ir.ONE, x))),
  sqrt: unary((x) => ir.mul(HALF, ir.pow(x, q(-1n, 2n)))),
  cbrt: unary((x) => ir.div(ir.ONE, ir.mul(q(3n), sq(core('cbrt', x))))),
  abs: unary((x) => core('sign', x)),
  // sign' is 2·δ(x) in SymPy: zero everywhere a double can tell apart. floor, ceil, round, trunc,
  // mod and fmod are left out, as SymPy leaves their derivatives unevaluated.
  sign: [ZERO_EVERYWHERE],
  // d/dx max(x, y) = Heaviside(x - y) (1/2 at a tie, as SymPy), and so on.
  min: [([x, y]) => heaviside(ir.sub(y, x)), ([x, y]) => heaviside(ir.sub(x, y))],
  max: [([x, y]) => heaviside(ir.sub(x, y)), ([x, y]) => heaviside(ir.sub(y, x))],
  hypot: [([x, y]) => ir.div(x, core('hypot', x, y)), ([x, y]) => ir.div(y, core('hypot', x, y))],
  atan2: [([y, x]) => ir.div(x, ir.add(sq(x), sq(y))), ([y, x]) => ir.neg(ir.div(y, ir.add(sq(x), sq(y))))],
  sin: unary((x) => core('cos', x)),
  cos: unary((x) => ir.neg(core('sin', x))),
  tan: unary((x) => ir.add(ir.ONE, sq(core('tan', x)))),
  asin: unary((x) => ir.pow(ir.sub(ir.ONE, sq(x)), q(-1n, 2n))),
  acos: unary((x) => ir.neg(ir.pow(ir.sub(ir.ONE, sq(x)), q(-1n, 2n)))),
  atan: unary((x) => recip(ir.add(ir.ONE, sq(x)))),
  sinh: unary((x) => core('cosh', x)),
  cosh: unary((x) => core('sinh', x)),
  tanh: unary((x) => ir.sub(ir.ONE, sq(core('tanh', x)))),
  asinh: unary((x) => ir.pow(ir.add(sq(x), ir.ONE), q(-1n, 2n))),
  acosh: unary((x) => ir.pow(ir.sub(sq(x), ir.ONE), q(-1n, 2n))),
  atanh: unary((x) => recip(ir.sub(ir.ONE, sq(x)))),

  // Gamma family
  gamma: unary((x) => ir.mul(core('gamma', x), core('digamma', x))),
  lgamma: unary((x) => core('digamma', x)),
  loggamma: unary((x) => core('digamma', x)),
  factorial: unary((x) => ir.mul(core('gamma', ir.add(x, ir.ONE)), core('digamma', ir.add(x, ir.ONE)))),
  digamma: unary((x) => core('polygamma', ir.ONE, x)),
  polygamma: [undefined, ([n, x]) => core('polygamma', ir.add(n, ir.ONE), x)],
  beta: [
    ([a, b]) => ir.mul(core('beta', a, b), ir.sub(core('digamma', a), core('digamma', ir.add(a, b)))),
    ([a, b]) => ir.mul(core('beta', a, b), ir.sub(core('digamma', b), core('digamma', ir.add(a, b)))),
  ],
  lbeta: [
    ([a, b]) => ir.sub(core('digamma', a), core('digamma', ir.add(a, b))),
    ([a, b]) => ir.sub(core('digamma', b), core('digamma', ir.add(a, b))),
  ],
  binomial: [
    ([n, k]) => ir.mul(core('binomial', n, k), ir.sub(core('digamma', ir.add(n, ir.ONE)), core('digamma', ir.add(ir.sub(n, k), ir.ONE)))),
    ([n, k]) => ir.mul(core('binomial', n, k), ir.sub(core('digamma', ir.add(ir.sub(n, k), ir.ONE)), core('digamma', ir.add(k, ir.ONE)))),
  ],
  erf: unary((x) => ir.mul(q(2n), ir.pow(ir.constant('pi'), q(-1n, 2n)), core('exp', ir.neg(sq(x))))),
  erfc: unary((x) => ir.mul(q(-2n), ir.pow(ir.constant('pi'), q(-1n, 2n)), core('exp', ir.neg(sq(x))))),
  erfinv: unary((x) => ir.mul(HALF, ir.pow(ir.constant('pi'), HALF), core('exp', sq(core('erfinv', x))))),
  erfcinv: unary((x) => ir.mul(ir.neg(HALF), ir.pow(ir.constant('pi'), HALF), core('exp', sq(core('erfcinv', x))))),

  // Bessel functions: derivatives in x (not in the order)
  besselj: [undefined, ([n, x]) => ir.mul(HALF, ir.sub(core('besselj', ir.sub(n, ir.ONE), x), core('besselj', ir.add(n, ir.ONE), x)))],
  bessely: [undefined, ([n, x]) => ir.mul(HALF, ir.sub(core('bessely', ir.sub(n, ir.ONE), x), core('bessely', ir.add(n, ir.ONE), x)))],
  besseli: [undefined, ([n, x]) => ir.mul(HALF, ir.add(core('besseli', ir.sub(n, ir.ONE), x), core('besseli', ir.add(n, ir.ONE), x)))],
  besselk: [undefined, ([n, x]) => ir.mul(ir.neg(HALF), ir.add(core('besselk', ir.sub(n, ir.ONE), x), core('besselk', ir.add(n, ir.ONE), x)))],

  // Incomplete gamma and beta: derivatives in x
  lowergamma: [undefined, ([a, x]) => ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), core('exp', ir.neg(x)))],
  uppergamma: [undefined, ([a, x]) => ir.neg(ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), core('exp', ir.neg(x))))],
  gammainc: [undefined, ([a, x]) => ir.div(ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), core('exp', ir.neg(x))), core('gamma', a))],
  gammaincc: [undefined, ([a, x]) => ir.neg(ir.div(ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), core('exp', ir.neg(x))), core('gamma', a)))],
  betainc: [undefined, undefined, ([a, b, x]) => ir.div(ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), ir.pow(ir.sub(ir.ONE, x), ir.sub(b, ir.ONE))), core('beta', a, b))],
  betaincu: [undefined, undefined, ([a, b, x]) => ir.mul(ir.pow(x, ir.sub(a, ir.ONE)), ir.pow(ir.sub(ir.ONE, x), ir.sub(b, ir.ONE)))],

  // Zeta, exponential integrals, hypergeometric
  hurwitz_zeta: [undefined, ([s, a]) => ir.mul(ir.neg(s), core('hurwitz_zeta', ir.add(s, ir.ONE), a))],
  expint: [undefined, ([n, x]) => ir.neg(core('expint', ir.sub(n, ir.ONE), x))],
  E1: unary((x) => ir.neg(ir.div(core('exp', ir.neg(x)), x))),
  Ei: unary((x) => ir.div(core('exp', x), x)),
  hyp0f1: [undefined, ([b, z]) => ir.div(core('hyp0f1', ir.add(b, ir.ONE), z), b)],
  hyp1f1: [undefined, undefined, ([a, b, z]) => ir.mul(ir.div(a, b), core('hyp1f1', ir.add(a, ir.ONE), ir.add(b, ir.ONE), z))],
  hyp2f1: [
    undefined,
    undefined,
    undefined,
    ([a, b, c, z]) => ir.mul(ir.div(ir.mul(a, b), c), core('hyp2f1', ir.add(a, ir.ONE), ir.add(b, ir.ONE), ir.add(c, ir.ONE), z)),
  ],
};
