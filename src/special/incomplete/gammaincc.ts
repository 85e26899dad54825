/**
 * gammaincc(a, x): the regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a)
 * = 1 − P(a, x), computed without the cancellation of 1 − P (scipy.special.gammaincc).
 *
 * Method: see igamma-common.ts.
 *
 * Special cases:
 *   NaN argument, a < 0 or x < 0 → NaN
 *   a = 0: x > 0 → 0, x = 0 → NaN (scipy)
 *   x = 0 (or −0) → 1
 *   x = +∞ → 0 (a = +∞ → NaN); a = +∞, x finite → 1
 */
import { igamRegularized } from './igamma-common.js';

export function gammaincc(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a < 0 || x < 0) return NaN;
  if (a === 0) return x > 0 ? 0 : NaN;
  if (x === 0) return 1;
  if (x === Infinity) return a === Infinity ? NaN : 0;
  if (a === Infinity) return 1;
  return igamRegularized(a, x, true);
}
