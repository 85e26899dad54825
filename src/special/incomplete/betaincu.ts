/**
 * betaincu(a, b, x): the unregularized incomplete beta function
 * B_x(a, b) = ∫₀ˣ t^{a−1} (1−t)^{b−1} dt for a, b > 0, 0 ≤ x ≤ 1 (SymPy's betainc(a, b, 0, x);
 * the four-argument betainc(a, b, x1, x2) is B_{x2} − B_{x1}).
 *
 * Method: see ibeta-common.ts; the directly computed side uses x^a (1−x)^b itself (exponent in
 * double-double), the other one B(a, b)(1 − I_{1−x}(b, a)).
 *
 * Special cases:
 *   NaN argument, a ≤ 0, b ≤ 0, x < 0 or x > 1 → NaN
 *   x = 0 → 0; x = 1 → B(a, b)
 *   a = +∞ or b = +∞ → 0 (the integrand vanishes; B(a, b) = 0)
 */
import { betaPrivate, ibetaUnregularized } from './ibeta-common.js';

export function betaincu(a: number, b: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(x) || a <= 0 || b <= 0 || x < 0 || x > 1) return NaN;
  if (x === 0 || a === Infinity || b === Infinity) return 0;
  if (x === 1) return betaPrivate(a, b);
  return ibetaUnregularized(a, b, x);
}
