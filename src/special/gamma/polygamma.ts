/**
 * polygamma(n, x) = ψ^(n)(x) for integer n ≥ 0 and every real x. Same method as
 * native/special/polygamma.c (Euler–Maclaurin for the Hurwitz zeta function with exact scaling for
 * x > 0, reflection with the derivatives of cot for x < 0); see its Method and Special cases.
 */
import { FACTORIAL, PI, frexpExponent, ldexp } from './common.js';
import { cotpi, digamma } from './digamma.js';
import { lgammaPos } from './lgamma.js';

/** B_2j / (2j)!, j = 1 … 24 */
const BERNOULLI_OVER_FACTORIAL = [
  0.08333333333333333, -0.001388888888888889, 3.306878306878307e-5, -8.267195767195768e-7,
  2.08767569878681e-8, -5.284190138687493e-10, 1.3382536530684679e-11, -3.3896802963225827e-13,
  8.586062056277845e-15, -2.174868698558062e-16, 5.5090028283602295e-18, -1.3954464685812522e-19,
  3.534707039629467e-21, -8.953517427037546e-23, 2.267952452337683e-24, -5.744790668872202e-26,
  1.455172475614865e-27, -3.6859949406653103e-29, 9.336734257095045e-31, -2.36502241570063e-32,
  5.990671762482134e-34, -1.5174548844682903e-35, 3.843758125454189e-37, -9.736353072646691e-39,
];

/** (hi + lo)^-s scale^-s with scale a power of two (see polygamma.c). */
function scaledPower(hi: number, lo: number, scale: number, s: number): number {
  const b = hi * scale;
  let p: number;
  if (s <= 4) {
    const u = 1 / b;
    const u2 = u * u;
    p = s === 2 ? u2 : s === 3 ? u2 * u : u2 * u2;
  } else {
    p = Math.pow(b, -s);
  }
  return lo === 0 ? p : p * (1 - (s * lo) / hi);
}

/** y^-s [y/n + 1/2 + Σ_j B_2j/(2j)! (s)_{2j-1} y^(1-2j)] · scale^-s, y = yhi + ylo. */
function eulerMaclaurinTail(n: number, s: number, yhi: number, ylo: number, scale: number): number {
  const y = yhi + ylo;
  const inv2 = 1 / (y * y);
  let fac = s / y;
  const main = y / n + 0.5;
  let series = 0;
  for (let j = 0; j < 24; j++) {
    const term = BERNOULLI_OVER_FACTORIAL[j] * fac;
    series += term;
    if (Math.abs(term) < 2 ** -60 * main) break;
    fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * inv2;
  }
  return scaledPower(yhi, ylo, scale, s) * (main + series);
}

/** ψ^(n)(x) for x = xhi + xlo > 0, 1 ≤ n ≤ 170 an integer. */
function polygammaPos(n: number, xhi: number, xlo: number): number {
  const s = n + 1;
  const y0 = 12 + n;
  const e = frexpExponent(xhi);
  const scale = ldexp(1, -e);
  let sum = 0;
  let yhi = xhi;
  let ylo = xlo;
  let tailNeeded = true;
  if (xhi < y0) {
    // stop where the terms fall below 2^-60 of the first (large n; see polygamma.c)
    let count = Math.ceil(y0 - xhi);
    const kEff = xhi * Math.expm1(41.58883083359672 / s) + 2; // 60 ln 2
    if (kEff < count) {
      count = Math.ceil(kEff);
      tailNeeded = false;
    }
    for (let k = count - 1; k >= 0; k--) {
      const a = xhi + k;
      const bv = a - xhi;
      const alo = xhi - (a - bv) + (k - bv) + xlo;
      sum += scaledPower(a, alo, scale, s);
    }
    const a = xhi + count;
    const bv = a - xhi;
    ylo = xhi - (a - bv) + (count - bv) + xlo;
    yhi = a;
  }
  let total = sum;
  if (tailNeeded) total += eulerMaclaurinTail(n, s, yhi, ylo, scale);
  const sign = n % 2 === 1 ? 1 : -1;
  const e2 = frexpExponent(total);
  const m2 = ldexp(total, -e2);
  const f = FACTORIAL[n];
  const e1 = frexpExponent(f);
  return sign * ldexp(ldexp(f, -e1) * m2, e1 + e2 - e * s);
}

/** ψ^(n)(x) for x > 0 and n > 170: terms relative to the first (see polygamma.c). */
function polygammaPosLarge(n: number, x: number): number {
  const s = n + 1;
  const y0 = 12 + n;
  let count = x < y0 ? Math.ceil(y0 - x) : 0;
  const kEff = x * Math.expm1(41.58883083359672 / s) + 2;
  let tailNeeded = true;
  if (kEff < count) {
    count = Math.ceil(kEff);
    tailNeeded = false;
  }
  let rel = 0;
  for (let k = count - 1; k >= 0; k--) rel += Math.exp(-s * Math.log1p(k / x));
  if (tailNeeded) {
    const y = x + count;
    const inv2 = 1 / (y * y);
    let fac = s / y;
    const main = y / n + 0.5;
    let series = 0;
    for (let j = 0; j < 24; j++) {
      const term = BERNOULLI_OVER_FACTORIAL[j] * fac;
      series += term;
      if (Math.abs(term) < 2 ** -60 * main) break;
      fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * inv2;
    }
    rel += Math.exp(-s * Math.log1p(count / x)) * (main + series);
  }
  const sign = n % 2 === 1 ? 1 : -1;
  return sign * Math.exp(lgammaPos(n + 1) - s * Math.log(x)) * rel;
}

/** ψ^(n)(x) for x < 0 not an integer, 1 ≤ n ≤ 170. */
function polygammaNeg(n: number, x: number): number {
  const a = 1 - x;
  const bv = a - 1;
  const alo = 1 - (a - bv) + (-x - bv);
  const pos = polygammaPos(n, a, alo);
  let coef = new Float64Array(n + 2);
  let next = new Float64Array(n + 2);
  coef[1] = 1;
  for (let i = 0; i < n; i++) {
    next.fill(0, 0, i + 3);
    for (let j = 1; j <= i + 1; j++) {
      const d = j * coef[j];
      next[j - 1] -= d;
      next[j + 1] -= d;
    }
    [coef, next] = [next, coef];
  }
  const c = cotpi(x);
  const c2 = c * c;
  let j = n + 1;
  let p = coef[j];
  for (j -= 2; j >= 0; j -= 2) p = p * c2 + coef[j];
  if ((n + 1) % 2 === 1) p *= c;
  const reflected = n % 2 === 0 ? pos : -pos;
  return reflected - Math.pow(PI, n + 1) * p;
}

export function polygamma(n: number, x: number): number {
  if (n !== n || x !== x) return n + x;
  if (!(n >= 0) || n !== Math.floor(n) || n === Infinity) return NaN;
  if (n === 0) return digamma(x);
  const odd = n % 2 === 1;
  if (x === Infinity) return odd ? 0 : -0;
  if (x <= 0 && x === Math.floor(x)) {
    if (x === -Infinity) return NaN;
    if (odd) return Infinity;
    if (x === 0) return Object.is(x, -0) ? Infinity : -Infinity;
    return NaN;
  }
  if (x > 0) return n <= 170 ? polygammaPos(n, x, 0) : polygammaPosLarge(n, x);
  if (n > 170) return NaN;
  return polygammaNeg(n, x);
}
