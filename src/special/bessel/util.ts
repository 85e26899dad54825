/**
 * Helpers shared by the Bessel functions (as native/special/bessel_util.c): sin(pi a), cos(pi a)
 * exact at integers and half-integers; 1/Gamma(1+mu) with Temme's Gamma1, Gamma2 for
 * |mu| <= 1/2 (Taylor series of 1/Gamma(1+x), tables.ts); Gamma(1+nu) for the power series.
 */
import { RGAMMA } from './tables.js';

export const PI = Math.PI;
export const EPS = 2 ** -53;
export const TINY = 2 ** -1000;
export const MAXIT = 2000000;

export function sinpi(a: number): number {
  let r = a % 2;
  let sign = 1;
  if (r < 0) { r = -r; sign = -1; }
  if (r >= 1) { r -= 1; sign = -sign; }
  if (r > 0.5) r = 1 - r;
  if (r === 0) return sign * 0;
  return sign * (r <= 0.25 ? Math.sin(PI * r) : Math.cos(PI * (0.5 - r)));
}

export function cospi(a: number): number {
  let r = Math.abs(a) % 2;
  if (r > 1) r = 2 - r;
  if (r <= 0.25) return Math.cos(PI * r);
  if (r < 0.75) return Math.sin(PI * (0.5 - r));
  return -Math.cos(PI * (1 - r));
}

/** Temme's auxiliary values for |mu| <= 1/2: [Gamma1, Gamma2, 1/Gamma(1+mu), 1/Gamma(1-mu)]. */
export const temme = { gam1: 0, gam2: 0, rgPlus: 0, rgMinus: 0 };
export function temmeGammas(mu: number): void {
  const m2 = mu * mu;
  let even = 0, odd = 0;
  for (let k = RGAMMA.length - 2; k >= 0; k -= 2) {
    even = even * m2 + RGAMMA[k];
    odd = odd * m2 + RGAMMA[k + 1];
  }
  temme.gam1 = -odd;
  temme.gam2 = even;
  temme.rgPlus = even + mu * odd;
  temme.rgMinus = even - mu * odd;
}

/** Gamma(1+nu) for 0 <= nu <= 170. */
export function gamma1p(nu: number): number {
  const n = Math.floor(nu + 0.5);
  const mu = nu - n;
  temmeGammas(mu);
  let g = 1 / temme.rgPlus;
  for (let k = 1; k <= n; k += 1) g *= mu + k;
  return g;
}

/** x * 2^-scale for scale a multiple of 500 (C's ldexp(x, -scale)). */
export function scaleDown(x: number, scale: number): number {
  for (; scale > 0; scale -= 500) x *= 2 ** -500;
  return x;
}

/** x * 2^n (C's ldexp). */
export function ldexp(x: number, n: number): number {
  for (; n > 1000; n -= 1000) x *= 2 ** 1000;
  for (; n < -1000; n += 1000) x *= 2 ** -1000;
  return x * 2 ** n;
}

/** m * e^x * 2^e without intermediate overflow or underflow (as bessel_util.c). */
export function expLdexp(m: number, x: number, e: number): number {
  const k = Math.floor(x * 1.4426950408889634 + 0.5);
  const r = (x - k * 0.6931471803691238) - k * 1.9082149292705877e-10;
  return ldexp(m * Math.exp(r), k + e);
}

/** m * e^x without premature overflow. */
export function scaleExp(m: number, x: number): number {
  if (Math.abs(x) < 700) return m * Math.exp(x);
  const h = Math.exp(0.5 * x);
  return (m * h) * h;
}
