/**
 * Incomplete gamma and beta, zeta, exponential integrals, hypergeometric 0F1/1F1/2F1:
 * C in native/special/, JS in src/special/incomplete/.
 */
import type { FunctionInfo } from './types.js';

export const SPECIAL_INCOMPLETE: FunctionInfo[] = [];
