/**
 * Gamma-family special functions (gamma, lgamma, digamma, polygamma, beta, lbeta, factorial,
 * binomial, erf, erfc, erfinv, erfcinv): C in native/special/, JS in src/special/gamma/.
 */
import type { FunctionInfo } from './types.js';

export const SPECIAL_GAMMA: FunctionInfo[] = [];
