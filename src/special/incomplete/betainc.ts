/**
 * betainc(a, b, x): the regularized incomplete beta function I_x(a, b) = B_x(a, b)/B(a, b)
 * (scipy.special.betainc; the three-argument form of the SPEC — the four-argument SymPy form is
 * built on betaincu).
 *
 * Method: see ibeta-common.ts (continued fraction DLMF 8.17.22 on the side where it converges,
 * summed backward; the symmetry I_x(a, b) = 1 − I_{1−x}(b, a); the power series where that
 * complement would cancel; prefix x^a (1−x)^b / B(a, b) with a double-double exponent).
 *
 * Special cases (as scipy):
 *   NaN argument, a < 0, b < 0, x < 0 or x > 1 → NaN
 *   a = b = 0 → NaN; a = 0 → 1 (0 at x = 0); b = 0 → 0 (1 at x = 1)
 *   x = 0 → 0, x = 1 → 1
 *   a = b = +∞ → NaN; a = +∞ → 0 (1 at x = 1); b = +∞ → 1 (0 at x = 0)
 */
import { ibetaRegularized } from './ibeta-common.js';

export function betainc(a: number, b: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(x) || a < 0 || b < 0 || x < 0 || x > 1) return NaN;
  if ((a === 0 && b === 0) || (a === Infinity && b === Infinity)) return NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  if (a === 0 || b === Infinity) return 1;
  if (b === 0 || a === Infinity) return 0;
  return ibetaRegularized(a, b, x);
}
