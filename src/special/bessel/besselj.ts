/**
 * besselj(nu, x): J_nu(x) for any real order nu and real x. Same method as
 * native/special/besselj.c (see its header for the method, error bounds and special cases).
 */
import { j0, j1Pos } from './j01.js';
import { jy, jyHankel, jyOut } from './jy.js';
import { cospi, EPS, MAXIT, scaleDown, sinpi, TINY } from './util.js';

/** J_n(x) for integer n >= 2 and 0 < x < Inf. */
function jnInt(n: number, x: number): number {
  if (x >= 25 && x >= 0.5 * n * n && jyHankel(n, x)) return jyOut.J;
  if (x >= n) {
    let a = j0(x), b = j1Pos(x);
    for (let k = 1; k < n; k += 1) {
      const c = 2 * k / x * b - a;
      a = b;
      b = c;
    }
    return b;
  }
  if (n * (1 + Math.log(0.5 * x / n)) < -760) return 0;
  let h = 2 * n / x, c = h, d = 0, i: number;
  for (i = 1; i < MAXIT; i++) {
    const b = 2 * (n + i) / x;
    d = b - d;
    if (Math.abs(d) < TINY) d = TINY;
    c = b - 1 / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = c * d;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  if (i === MAXIT) return NaN;
  let jk1 = 1, jk = h, scale = 0;
  for (let k = n - 1; k >= 1; k -= 1) {
    const jm = 2 * k / x * jk - jk1;
    jk1 = jk;
    jk = jm;
    if (Math.abs(jk) > 2 ** 500) {
      jk *= 2 ** -500;
      jk1 *= 2 ** -500;
      scale += 500;
    }
  }
  const a0 = j0(x), a1 = j1Pos(x);
  const r = Math.abs(a0) >= Math.abs(a1) ? a0 / jk : a1 / jk1;
  return scale ? scaleDown(r, scale) : r;
}

export function besselj(nu: number, x: number): number {
  if (nu === 0) return j0(x); // the hot path first (NaN x propagates)
  if (nu === 1) return x < 0 ? -j1Pos(-x) : j1Pos(x);
  if (nu !== nu || x !== x) return NaN;
  if (nu === Infinity || nu === -Infinity) return NaN;
  const isInt = nu === Math.floor(nu);
  let sign = 1;
  if (x < 0) {
    if (!isInt) return NaN;
    x = -x;
    if (nu % 2 !== 0) sign = -1;
  }
  if (isInt) {
    const n = Math.abs(nu);
    if (nu < 0 && n % 2 !== 0) sign = -sign;
    if (n === 0) return j0(x);
    if (n === 1) return sign * j1Pos(x);
    if (x === 0) return sign * (n % 2 !== 0 ? x : 0); // odd n: the sign of x = ±0
    if (x === Infinity) return sign * 0;
    return sign * jnInt(n, x);
  }
  if (x === Infinity) return 0;
  if (nu > 0) {
    if (x === 0) return 0;
    jy(nu, x, true, false);
    return jyOut.J;
  }
  const v = -nu;
  const cv = cospi(v), sv = sinpi(v);
  if (x === 0) return Math.floor(v) % 2 === 0 ? Infinity : -Infinity;
  jy(v, x, cv !== 0, true);
  return cv !== 0 ? cv * jyOut.J - sv * jyOut.Y : -sv * jyOut.Y;
}
