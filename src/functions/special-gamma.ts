/**
 * Gamma-family special functions (gamma, lgamma, loggamma, digamma, polygamma, beta, lbeta,
 * factorial, binomial, erf, erfc, erfinv, erfcinv): C in native/special/, JS in src/special/gamma/.
 * Meanings as in the SPEC (§3): lgamma is log|Γ| (C), loggamma is SymPy's (NaN where Γ < 0).
 */
import type { FunctionInfo } from './types.js';
import { gamma } from '../special/gamma/gamma.js';
import { lgamma } from '../special/gamma/lgamma.js';
import { loggamma } from '../special/gamma/loggamma.js';
import { digamma } from '../special/gamma/digamma.js';
import { polygamma } from '../special/gamma/polygamma.js';

const special = (name: string, arity: number, file: string, evaluate: (...a: number[]) => number): FunctionInfo => ({
  name,
  arity,
  c: `sk_${name}`,
  cSource: `special/${file}.c`,
  js: name,
  jsSpecial: true,
  evaluate,
});

export const SPECIAL_GAMMA: FunctionInfo[] = [
  special('gamma', 1, 'gamma', gamma),
  special('lgamma', 1, 'lgamma', lgamma),
  special('loggamma', 1, 'lgamma', loggamma),
  special('digamma', 1, 'digamma', digamma),
  special('polygamma', 2, 'polygamma', polygamma),
];
