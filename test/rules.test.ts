/**
 * Every computation rewrite rule, three ways: it fires; it does not fire outside its domain (or on
 * a look-alike it must not touch); and on sampled inputs the rewritten kernel agrees with the
 * kernel compiled without that rule wherever the latter is accurate — plus, for rules that exist
 * for accuracy, a point where the rule gives the exact answer and the original does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { COMPUTATION_RULES } from '../src/passes/rules.js';
import { FUNCTIONS } from '../src/functions/table.js';
import { loadJsKernel, uniform } from './helpers.js';

interface RuleCase {
  fires: string;
  doesNotFire: string[];
  /** Literal and per-parameter sampling domains for the agreement check. */
  sample: { literal: string; domains: [number, number][]; tolerance?: number };
  /** A point where the rule makes the result exact (or far better): args and the true value. */
  better?: { literal: string; args: number[]; exact: number };
  /** Functions the rule needs from the table. */
  needs?: string[];
}

const CASES: Record<string, RuleCase> = {
  lowerFactorialToGamma: {
    fires: '(n) => factorial(n - 1)',
    doesNotFire: ['(n) => gamma(n)', '(n) => factorial(n)', '(n) => factorial(2*n)'],
    sample: { literal: '(n) => factorial(n - 1)', domains: [[1.5, 20]], tolerance: 1e-14 },
    better: { literal: '(n) => factorial(n - 1) - 0*factorial(n)', args: [5], exact: 24 },
    needs: ['factorial', 'gamma'],
  },
  logOfGammaToLoggamma: {
    fires: '(x) => log(gamma(x))',
    doesNotFire: ['(x) => log(gamma(x) + 1)', '(x) => log(2*gamma(x))', '(n) => log(factorial(n))'],
    sample: { literal: '(x) => log(gamma(x))', domains: [[0.1, 100]], tolerance: 1e-13 },
    better: { literal: '(x) => log(gamma(x))', args: [200], exact: 857.9336698258574 },
    needs: ['gamma', 'loggamma'],
  },
  logOfAbsGammaToLgamma: {
    fires: '(x) => log(abs(gamma(x)))',
    doesNotFire: ['(x) => log(abs(gamma(x) - 1))'],
    sample: { literal: '(x) => log(abs(gamma(x)))', domains: [[-9.5, 50]], tolerance: 1e-12 },
    better: { literal: '(x) => log(abs(gamma(x)))', args: [200], exact: 857.9336698258574 },
    needs: ['gamma', 'lgamma'],
  },
  logOnePlusToLog1p: {
    fires: '(x) => log(1 + x)',
    doesNotFire: ['(x) => log(2 + x)', '(x) => log(1 + x) * 0 + log(x)'],
    sample: { literal: '(x) => log(1 + x)', domains: [[0.5, 100]] },
    better: { literal: '(x) => log(1 + x)', args: [1e-20], exact: 1e-20 },
  },
  expMinusOneToExpm1: {
    fires: '(x, y) => exp(x) - 1 + y',
    doesNotFire: ['(x) => exp(x) - 2', '(x) => exp(x) + 1'],
    sample: { literal: '(x) => exp(x) - 1', domains: [[1, 50]] },
    better: { literal: '(x) => exp(x) - 1', args: [1e-20], exact: 1e-20 },
  },
  logOfExp: {
    fires: '(x) => log(exp(x))',
    doesNotFire: ['(x) => log(exp(x) + 1)'],
    sample: { literal: '(x) => log(exp(x))', domains: [[-700, 700]] },
    better: { literal: '(x) => log(exp(x))', args: [800], exact: 800 },
  },
  expOfLog: {
    fires: '(x) => exp(log(x^2 + 2))',
    doesNotFire: ['(x) => exp(log(x))', '(x) => exp(log(x - 1))'],
    sample: { literal: '(x) => exp(log(x^2 + 2))', domains: [[-1e3, 1e3]], tolerance: 1e-15 },
  },
  sqrtOfSquaresToHypot: {
    fires: '(x, y) => sqrt(x^2 + y^2)',
    doesNotFire: ['(x, y) => sqrt(x^2 + 2*y^2)', '(x, y) => sqrt(x^2 - y^2)', '(x) => sqrt(x^2 + 4)'],
    sample: { literal: '(x, y) => sqrt(x^2 + y^2)', domains: [[-1e3, 1e3], [-1e3, 1e3]] },
    better: { literal: '(x, y) => sqrt(x^2 + y^2)', args: [3e200, 4e200], exact: 5e200 },
  },
  floatHalfPowerToSqrt: {
    fires: '(x) => x^0.5',
    doesNotFire: ['(x) => x^0.25', '(x) => x^1.5'],
    sample: { literal: '(x) => x^0.5', domains: [[0, 1e6]] },
  },
  twoToPowerToExp2: {
    fires: '(x) => 2^x',
    doesNotFire: ['(x) => 3^x', '(x) => x^2'],
    sample: { literal: '(x) => 2^x', domains: [[-1000, 1000]] },
    better: { literal: '(x) => 2^x', args: [-1074], exact: 5e-324 },
  },
  eToPowerToExp: {
    fires: '(x) => E^x',
    doesNotFire: ['(x, e) => e^x'],
    sample: { literal: '(x) => E^x', domains: [[-5, 5]] },
    better: { literal: '(x) => E^x', args: [-693], exact: Math.exp(-693) },
  },
  combineExponentials: {
    fires: '(t) => exp(3*t) * exp(-t)',
    doesNotFire: ['(t) => exp(2*t) * exp(t)', '(s, t) => exp(s) * exp(t)', '(t) => exp(t) * exp(-t) + t'],
    sample: { literal: '(t) => exp(3*t) * exp(-t)', domains: [[-100, 100]], tolerance: 4e-16 * 300 },
    better: { literal: '(t) => exp(3*t) * exp(-t)', args: [300], exact: Math.exp(600) },
  },
  fusedMultiplyAdd: {
    fires: '',
    doesNotFire: ['(a, b, c) => a*b + c'],
    sample: { literal: '(a, b, c) => a*b + c', domains: [[-1, 1], [-1, 1], [-1, 1]] },
  },
};

const rulesFired = (literal: string) => compileLiteral(literal).rules.map((r) => r.rule);

test('every rule has its cases', () => {
  assert.deepEqual(COMPUTATION_RULES.map((r) => r.name).filter((n) => !CASES[n]), []);
});

for (const rule of COMPUTATION_RULES) {
  const c = CASES[rule.name];
  if (!c) continue;
  const missing = (c.needs ?? []).filter((f) => !FUNCTIONS.has(f));
  test(`${rule.name}: fires, stays inside its domain, no worse numerically`, async (t) => {
    if (missing.length) {
      // The rule cannot fire without its functions; it must then leave the expression alone.
      assert.throws(() => compileLiteral(c.fires), new RegExp(`Unknown function '(${missing.join('|')})'`));
      t.diagnostic(`needs ${missing.join(', ')}: only the guard is checked`);
      return;
    }
    if (rule.name === 'fusedMultiplyAdd') assert.ok(!rulesFired(c.doesNotFire[0]).includes(rule.name));
    else assert.ok(rulesFired(c.fires).includes(rule.name), `${rule.name} fires on ${c.fires}`);
    for (const literal of c.doesNotFire) assert.ok(!rulesFired(literal).includes(rule.name), `${rule.name} must not fire on ${literal}`);

    const others = COMPUTATION_RULES.filter((r) => r !== rule);
    const withRule = await loadJsKernel(compileLiteral(c.sample.literal).js);
    const without = await loadJsKernel(compileLiteral(c.sample.literal, { rules: others }).js);
    const n = 512;
    const inputs = c.sample.domains.map(([lo, hi], i) => uniform(n, lo, hi, 77 + i));
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    withRule(n, ...inputs, a);
    without(n, ...inputs, b);
    const tolerance = c.sample.tolerance ?? 4 * Number.EPSILON;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(b[i])) continue; // where the original overflows, the rule may only do better
      assert.ok(Math.abs(a[i] - b[i]) <= tolerance * Math.abs(b[i]) || a[i] === b[i], `${rule.name} at ${inputs.map((x) => x[i])}: ${a[i]} vs ${b[i]}`);
    }

    if (c.better) {
      const f = await loadJsKernel(compileLiteral(c.better.literal).js);
      const g = await loadJsKernel(compileLiteral(c.better.literal, { rules: others }).js);
      const out = new Float64Array(1);
      f(1, ...c.better.args, out);
      const rewritten = out[0];
      g(1, ...c.better.args, out);
      const original = out[0];
      const err = (v: number) => (v === c.better!.exact ? 0 : Math.abs(v - c.better!.exact) / Math.abs(c.better!.exact));
      assert.ok(err(rewritten) <= 1e-14, `${rule.name}: ${rewritten} vs exact ${c.better.exact}`);
      assert.ok(!(err(original) <= err(rewritten)) || err(original) === 0, `${rule.name}: the original (${original}) should be worse here`);
    }
  });
}
