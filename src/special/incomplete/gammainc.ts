/**
 * gammainc(a, x): the regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a)
 * (scipy.special.gammainc; the two-argument form of the SPEC).
 *
 * Method: see igamma-common.ts (Temme's uniform expansion for large a near x ≈ a, power series,
 * Legendre's continued fraction, DiDonato–Morris small-x formula; the other tail as 1 − tail).
 *
 * Special cases:
 *   NaN argument, a < 0 or x < 0 → NaN
 *   a = 0: x > 0 → 1, x = 0 → NaN (scipy)
 *   x = 0 (or −0) → 0
 *   x = +∞ → 1 (a = +∞ → NaN); a = +∞, x finite → 0
 */
import { igamRegularized } from './igamma-common.js';

export function gammainc(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a < 0 || x < 0) return NaN;
  if (a === 0) return x > 0 ? 1 : NaN;
  if (x === 0) return 0;
  if (x === Infinity) return a === Infinity ? NaN : 1;
  if (a === Infinity) return 0;
  return igamRegularized(a, x, false);
}
