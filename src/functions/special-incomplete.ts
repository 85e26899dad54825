/**
 * Incomplete gamma and beta, zeta, exponential integrals, hypergeometric 0F1/1F1/2F1:
 * C in native/special/, JS in src/special/incomplete/.
 */
import type { FunctionInfo } from './types.js';
import { zeta } from '../special/incomplete/zeta.js';

export const SPECIAL_INCOMPLETE: FunctionInfo[] = [
  { name: 'zeta', arity: 1, c: 'sk_zeta', cSource: 'special/zeta.c', js: 'zeta', jsSpecial: true, evaluate: zeta },
];
