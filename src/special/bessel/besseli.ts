/**
 * besseli(nu, x): I_nu(x) for any real order nu and real x. Same method as
 * native/special/besseli.c (see its header for the method, error bounds and special cases).
 */
import { ik, ikOut } from './ik.js';
import { PI, sinpi } from './util.js';

export function besseli(nu: number, x: number): number {
  if (nu !== nu || x !== x) return NaN;
  if (nu === Infinity || nu === -Infinity) return NaN;
  const isInt = nu === Math.floor(nu);
  let sign = 1;
  if (x < 0) {
    if (!isInt) return NaN;
    x = -x;
    if (nu % 2 !== 0) sign = -1;
  }
  const v = Math.abs(nu);
  if (x === 0) {
    if (v === 0) return 1;
    if (isInt) return v % 2 !== 0 ? x : 0; // odd n: the sign of x = ±0
    if (nu > 0) return 0;
    return Math.floor(v) % 2 === 0 ? Infinity : -Infinity;
  }
  if (x === Infinity) return sign * Infinity;
  if (isInt || nu > 0) {
    ik(v, x, true, false);
    return sign * ikOut.I;
  }
  const sv = sinpi(v);
  ik(v, x, true, true);
  return ikOut.I + (2 / PI) * sv * ikOut.K;
}
