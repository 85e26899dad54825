/**
 * uppergamma(a, x): the upper incomplete gamma function Γ(a, x) = ∫ₓ^∞ t^{a−1} e^{−t} dt,
 * unregularized (SymPy's uppergamma), for every real a and x > 0 (Γ(0, x) = E₁(x),
 * Γ(−n, x) for integers through the same recurrence).
 *
 * Method: a > 0: see igamma-common.ts (the continued fraction times x^a e^{−x}, the small-x
 * formula, or Γ(a)(1 − P)). a ≤ 0: the continued fraction for x > 1.1 or a < −30; the small-x
 * formula for −1/2 < a ≤ 0; otherwise the small-x formula at a + round(−a) and the downward
 * recurrence Γ(c−1, x) = (Γ(c, x) − x^{c−1} e^{−x})/(c − 1).
 *
 * Special cases:
 *   NaN argument or x < 0 → NaN
 *   x = 0 (or −0): a > 0 → Γ(a), a ≤ 0 → +∞ (the integral diverges)
 *   x = +∞ → 0
 *   a = +∞ → +∞ (x finite); a = −∞ (or a < −1e300) → 0 for x > 1, +∞ for x < 1
 *   (e^{−1}/(1 − a) at x = 1)
 */
import { gammaPrivate, igamUnregularized, upperNonPositive } from './igamma-common.js';

export function uppergamma(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return a > 0 ? gammaPrivate(a) : Infinity;
  if (x === Infinity) return 0;
  if (a === Infinity) return Infinity;
  if (a < -1e300) return x > 1 ? 0 : x === 1 ? Math.exp(-1) / (1 - a) : Infinity; // ≈ x^a e^{-x}/(x − a)
  if (a > 0) return igamUnregularized(a, x, true);
  return upperNonPositive(a, x);
}
