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
import { beta } from '../special/gamma/beta.js';
import { lbeta } from '../special/gamma/lbeta.js';
import { factorial } from '../special/gamma/factorial.js';
import { binomial } from '../special/gamma/binomial.js';
import { erf } from '../special/gamma/erf.js';
import { erfc } from '../special/gamma/erfc.js';
import { erfinv } from '../special/gamma/erfinv.js';
import { erfcinv } from '../special/gamma/erfcinv.js';

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
  special('beta', 2, 'beta', beta),
  special('lbeta', 2, 'lbeta', lbeta),
  special('factorial', 1, 'factorial', factorial),
  special('binomial', 2, 'binomial', binomial),
  // C: glibc's erf and erfc are within 1 and 3 ulp (measured) and fast; JS has its own.
  { name: 'erf', arity: 1, c: 'erf', js: 'erf', jsSpecial: true, evaluate: erf },
  { name: 'erfc', arity: 1, c: 'erfc', js: 'erfc', jsSpecial: true, evaluate: erfc },
  special('erfinv', 1, 'erfinv', erfinv),
  special('erfcinv', 1, 'erfcinv', erfcinv),
];
