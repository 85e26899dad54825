/**
 * Rewrites for computation: the table of rules applied to canonical IR before scheduling
 * ("expand hint for computation": the same value, computed the way a numerical analyst would).
 *
 * A rule is a record `{ name, from, to, domain, why, apply }`. `apply` returns the replacement or
 * undefined; it contains the guard, so a rule that would change results outside its domain does
 * not fire. Each rule has three tests (test/rules.test.ts): it fires, it does not fire outside its
 * domain, and the result is numerically no worse on sampled inputs.
 *
 * Rewrites that decide how an expression is *computed* rather than *which* expression (small
 * powers as multiplications, x^(k/2) through sqrt, division by a constant) happen in the
 * scheduler, which reports them under their names too (passes/schedule.ts).
 */
import { FUNCTIONS } from '../functions/table.js';
import * as ir from '../ir/nodes.js';
import { isPositive } from './sign.js';

export interface Rule {
  name: string;
  from: string;
  to: string;
  /** Where the rule is applied (its guard, in words). */
  domain: string;
  /** Why it is better. */
  why: string;
  apply: (n: ir.Node) => ir.Node | undefined;
}

const isCall = (n: ir.Node, fn: string): n is ir.Call => n.kind === 'call' && n.fn === fn;
const has = (fn: string) => FUNCTIONS.has(fn);
const HALF = ir.num({ p: 1n, q: 2n });

/** a + (rest): splits off an exact constant term of a sum. */
function constantTerm(n: ir.Add): [ir.Num | undefined, ir.Node[]] {
  const [first, ...rest] = n.terms;
  return first.kind === 'num' ? [first, rest] : [undefined, [...n.terms]];
}

/** c·t with c an exact integer: [c, t]. */
function integerMultiple(n: ir.Node): [bigint, ir.Node] | undefined {
  if (n.kind === 'mul' && n.factors[0].kind === 'num' && n.factors[0].value.q === 1n) {
    const rest = n.factors.slice(1);
    return [n.factors[0].value.p, rest.length === 1 ? rest[0] : ir.mul(...rest)];
  }
  if (ir.isNumber(n)) return undefined;
  return [1n, n];
}

const isPowerOfTwo = (k: bigint) => k > 0n && (k & (k - 1n)) === 0n;

/** x + 1 costs no extra rounding: it folds away (x = t - 1, a constant) or into x's constant term. */
function exactShift(x: ir.Node): boolean {
  const shifted = ir.add(x, ir.ONE);
  return shifted.kind !== 'add' || (x.kind === 'add' && x.terms[0].kind === 'num');
}

export const COMPUTATION_RULES: readonly Rule[] = [
  {
    name: 'lowerFactorialToGamma',
    from: 'factorial(x)',
    to: 'gamma(x + 1)',
    domain: 'only where x + 1 adds no rounding: x is t - 1 (or has a constant term the 1 folds into) or a constant',
    why: 'one definition, one implementation, and log(factorial(t - 1)) then becomes loggamma(t) through logOfGammaToLoggamma; but gamma(x + 1) for a plain x rounds x + 1 first, which costs ψ(x+1)·ulp(x) — up to 1e-14 at x ≈ 60 — so there factorial keeps its own, exact shift',
    apply: (n) => (isCall(n, 'factorial') && has('gamma') && exactShift(n.args[0]) ? ir.call('gamma', [ir.add(n.args[0], ir.ONE)]) : undefined),
  },
  {
    name: 'logOfGammaToLoggamma',
    from: 'log(gamma(x))',
    to: 'loggamma(x)',
    domain: 'all x: both are NaN where Γ(x) < 0 (loggamma is SymPy\'s log Γ)',
    why: 'gamma overflows beyond x ≈ 171; loggamma does not, and is more accurate',
    apply: (n) => (isCall(n, 'log') && isCall(n.args[0], 'gamma') && has('loggamma') ? ir.call('loggamma', [n.args[0].args[0]]) : undefined),
  },
  {
    name: 'logOfAbsGammaToLgamma',
    from: 'log(abs(gamma(x)))',
    to: 'lgamma(x)',
    domain: 'all x',
    why: 'no overflow of gamma, one call instead of three',
    apply: (n) =>
      isCall(n, 'log') && isCall(n.args[0], 'abs') && isCall(n.args[0].args[0], 'gamma') && has('lgamma')
        ? ir.call('lgamma', [n.args[0].args[0].args[0]])
        : undefined,
  },
  {
    name: 'logOnePlusToLog1p',
    from: 'log(1 + x)',
    to: 'log1p(x)',
    domain: 'all x (both NaN below -1)',
    why: 'log(1 + x) loses every digit of x once |x| < 1e-16; log1p keeps them',
    apply: (n) => {
      if (!isCall(n, 'log') || n.args[0].kind !== 'add') return undefined;
      const [c, rest] = constantTerm(n.args[0]);
      return c && c.value.p === 1n && c.value.q === 1n ? ir.call('log1p', [ir.add(...rest)]) : undefined;
    },
  },
  {
    name: 'expMinusOneToExpm1',
    from: 'exp(x) - 1',
    to: 'expm1(x)',
    domain: 'all x',
    why: 'exp(x) - 1 cancels catastrophically for small |x|; expm1 is accurate there',
    apply: (n) => {
      if (n.kind !== 'add') return undefined;
      const [c, rest] = constantTerm(n);
      if (!c || c.value.p !== -1n || c.value.q !== 1n) return undefined;
      const i = rest.findIndex((t) => isCall(t, 'exp'));
      if (i === -1) return undefined;
      const e = rest[i] as ir.Call;
      return ir.add(ir.call('expm1', [e.args[0]]), ...rest.filter((_, j) => j !== i));
    },
  },
  {
    name: 'logOfExp',
    from: 'log(exp(x))',
    to: 'x',
    domain: 'all real x (also ±Inf and NaN)',
    why: 'exp overflows for x > 709 while the value is just x',
    apply: (n) => (isCall(n, 'log') && isCall(n.args[0], 'exp') ? n.args[0].args[0] : undefined),
  },
  {
    name: 'expOfLog',
    from: 'exp(log(x))',
    to: 'x',
    domain: 'only where x > 0 is provable (for x < 0 the value is NaN, not x)',
    why: 'saves two calls and their rounding',
    apply: (n) => (isCall(n, 'exp') && isCall(n.args[0], 'log') && isPositive(n.args[0].args[0]) ? n.args[0].args[0] : undefined),
  },
  {
    name: 'sqrtOfSquaresToHypot',
    from: 'sqrt(x^2 + y^2)',
    to: 'hypot(x, y)',
    domain: 'all x, y',
    why: 'x^2 overflows for |x| > 1e154 and underflows below 1e-162; hypot does neither',
    apply: (n) => {
      if (n.kind !== 'pow' || n.exp !== HALF || n.base.kind !== 'add' || n.base.terms.length !== 2) return undefined;
      const [a, b] = n.base.terms;
      const two = ir.num(2);
      if (a.kind !== 'pow' || b.kind !== 'pow' || a.exp !== two || b.exp !== two) return undefined;
      return ir.call('hypot', [a.base, b.base]);
    },
  },
  {
    name: 'floatHalfPowerToSqrt',
    from: 'x^0.5',
    to: 'sqrt(x)',
    domain: 'all x (equal values; at x = -Inf pow gives +Inf where the real-valued answer is NaN)',
    why: 'sqrt is correctly rounded and several times faster than pow',
    apply: (n) => (n.kind === 'pow' && n.exp.kind === 'float' && n.exp.value === 0.5 ? ir.pow(n.base, HALF) : undefined),
  },
  {
    name: 'twoToPowerToExp2',
    from: '2^x',
    to: 'exp2(x)',
    domain: 'all x',
    why: 'exp2 is a dedicated, faster routine; exact at integers like pow',
    apply: (n) => (n.kind === 'pow' && n.base.kind === 'num' && n.base.value.p === 2n && n.base.value.q === 1n && !ir.isNumber(n.exp) ? ir.call('exp2', [n.exp]) : undefined),
  },
  {
    name: 'eToPowerToExp',
    from: 'E^x',
    to: 'exp(x)',
    domain: 'all x',
    why: 'exp(x) is exp; pow(2.718…, x) rounds e first',
    apply: (n) => (n.kind === 'pow' && n.base.kind === 'const' && n.base.name === 'e' ? ir.call('exp', [n.exp]) : undefined),
  },
  {
    name: 'combineExponentials',
    from: 'exp(a*t) * exp(b*t)',
    to: 'exp((a + b)*t)',
    domain: 'integers a, b with a + b = ±2^k: the combined argument is exactly 2^k·t, so no rounding is added',
    why: 'one exp instead of two; where a + b is not a power of two the rounding of (a + b)·t would cost |t|·2^-53 relative, so the rule does not fire',
    apply: (n) => {
      if (n.kind !== 'mul') return undefined;
      const exps = n.factors.map((f, i) => [f, i] as const).filter(([f]) => isCall(f, 'exp'));
      for (let i = 0; i < exps.length; i++) {
        for (let j = i + 1; j < exps.length; j++) {
          const a = integerMultiple((exps[i][0] as ir.Call).args[0]);
          const b = integerMultiple((exps[j][0] as ir.Call).args[0]);
          if (!a || !b || a[1] !== b[1]) continue;
          const sum = a[0] + b[0];
          if (!isPowerOfTwo(sum < 0n ? -sum : sum)) continue;
          const rest = n.factors.filter((_, k) => k !== exps[i][1] && k !== exps[j][1]);
          return ir.mul(ir.call('exp', [ir.mul(ir.num(sum), a[1])]), ...rest);
        }
      }
      return undefined;
    },
  },
  {
    name: 'fusedMultiplyAdd',
    from: 'a*b + c',
    to: 'fma(a, b, c)',
    domain: 'never on the portable x86-64 build: it has no FMA instruction, so fma() is a library call (measured slower, and JS has no fma to match it)',
    why: 'one rounding instead of two — worth it where the CPU has FMA (a later, dispatched build)',
    apply: () => undefined,
  },
];
