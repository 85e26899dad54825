/**
 * besselk(nu, x): K_nu(x) for any real order nu and x >= 0 (NaN for x < 0). Same method as
 * native/special/besselk.c (see its header for the method, error bounds and special cases).
 */
import { ik, ikOut } from './ik.js';

export function besselk(nu: number, x: number): number {
  if (nu !== nu || x !== x) return NaN;
  if (nu === Infinity || nu === -Infinity || x < 0) return NaN;
  if (x === 0) return Infinity;
  if (x === Infinity) return 0;
  ik(Math.abs(nu), x, false, true);
  return ikOut.K;
}
