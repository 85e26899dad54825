/**
 * lowergamma(a, x): the lower incomplete gamma function γ(a, x) = ∫₀ˣ t^{a−1} e^{−t} dt, unregularized
 * (SymPy's lowergamma), for a > 0 (SPEC §3: lowergamma for a > 0).
 *
 * Method: see igamma-common.ts; the directly computed tail uses x^a e^{−x} itself (power series),
 * the other one Γ(a)(1 − Q). Overflows to +∞ where γ(a, x) does.
 *
 * Special cases:
 *   NaN argument, a ≤ 0 or x < 0 → NaN
 *   x = 0 (or −0) → 0
 *   x = +∞ → Γ(a)
 *   a = +∞: x ≤ 1 → 0, x > 1 → +∞ (likewise for a > 1e300, e^{−1}/a at x = 1)
 */
import { gammaPrivate, igamUnregularized } from './igamma-common.js';

export function lowergamma(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return NaN;
  if (x === 0) return 0;
  if (a > 1e300) return x > 1 ? Infinity : x === 1 ? Math.exp(-1) / a : 0; // x^a e^{-x}/a dominates
  if (x === Infinity) return gammaPrivate(a);
  return igamUnregularized(a, x, false);
}
