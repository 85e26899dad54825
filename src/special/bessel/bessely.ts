/**
 * bessely(nu, x): Y_nu(x) for any real order nu and x >= 0 (NaN for x < 0). Same method as
 * native/special/bessely.c (see its header for the method, error bounds and special cases).
 */
import { y0Pos, y1Pos } from './j01.js';
import { jy, jyHankel, jyOut } from './jy.js';
import { cospi, sinpi } from './util.js';

function ynInt(n: number, x: number): number {
  if (x >= 25 && x >= 0.5 * n * n && jyHankel(n, x)) return jyOut.Y;
  let a = y0Pos(x), b = y1Pos(x);
  for (let k = 1; k < n; k += 1) {
    const c = 2 * k / x * b - a;
    a = b;
    b = c;
    if (b === Infinity || b === -Infinity) break;
  }
  return b;
}

export function bessely(nu: number, x: number): number {
  if (nu === 0 && x >= 0) return y0Pos(x); // the hot path first
  if (nu === 1 && x >= 0) return y1Pos(x);
  if (nu !== nu || x !== x) return NaN;
  if (nu === Infinity || nu === -Infinity || x < 0) return NaN;
  if (x === Infinity) return 0;
  if (nu === Math.floor(nu)) {
    const n = Math.abs(nu);
    const sign = nu < 0 && n % 2 !== 0 ? -1 : 1;
    if (x === 0) return -sign * Infinity;
    if (n === 0) return y0Pos(x);
    if (n === 1) return sign * y1Pos(x);
    return sign * ynInt(n, x);
  }
  if (nu > 0) {
    if (x === 0) return -Infinity;
    jy(nu, x, false, true);
    return jyOut.Y;
  }
  const v = -nu;
  const cv = cospi(v), sv = sinpi(v);
  if (x === 0) return cv === 0 ? 0 : -cv * Infinity;
  jy(v, x, true, cv !== 0);
  return cv !== 0 ? sv * jyOut.J + cv * jyOut.Y : sv * jyOut.J;
}
