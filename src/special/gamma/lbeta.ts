/**
 * lbeta(a, b) = log|B(a, b)| for all real a, b, without overflow for large arguments. Same method
 * as native/special/lbeta.c and beta.c; see their comments.
 */
import { betaAny } from './beta.js';

export function lbeta(a: number, b: number): number {
  return betaAny(a, b, true);
}
