/**
 * J0, J1, Y0, Y1 for x >= 0: the fast path of besselj / bessely at orders 0 and 1. The same
 * method and tables as native/special/bessel_j01.c (see its header for the method and bounds):
 * piecewise polynomials on [0, 8] centred at the zeros, the log form of Y below 2, Hankel's P/Q
 * polynomials in 64/x^2 beyond 8 with an exact reduction of x - pi/4.
 */
import { ASYM_P0, ASYM_P1, ASYM_Q0, ASYM_Q1, J0_PIECES, J1_PIECES, Y0_LOG, Y0_PIECES, Y1_LOG, Y1_PIECES } from './tables.js';

export const TWO_OVER_PI = 0.6366197723675814;
const SQRT2_OVER_PI = 0.7978845608028654;
const SQRT1_2 = 0.7071067811865476;
/** pi/4 = PIO4_1 + PIO4_2, PIO4_1 with 32 significant bits (0x1.921fb544p-1). */
const PIO4_1 = 0.7853981633670628;
const PIO4_2 = 3.038550253253096e-11;

/** Estrin's scheme for c[o] + c[o+1] t + ... + c[o+15] t^15. */
export function estrin16(c: ArrayLike<number>, o: number, t: number): number {
  const t2 = t * t, t4 = t2 * t2, t8 = t4 * t4;
  const p0 = c[o] + c[o + 1] * t, p1 = c[o + 2] + c[o + 3] * t, p2 = c[o + 4] + c[o + 5] * t, p3 = c[o + 6] + c[o + 7] * t;
  const p4 = c[o + 8] + c[o + 9] * t, p5 = c[o + 10] + c[o + 11] * t, p6 = c[o + 12] + c[o + 13] * t, p7 = c[o + 14] + c[o + 15] * t;
  const q0 = p0 + p1 * t2, q1 = p2 + p3 * t2, q2 = p4 + p5 * t2, q3 = p6 + p7 * t2;
  return (q0 + q1 * t4) + (q2 + q3 * t4) * t8;
}

let sinChi = 0;
let cosChi = 0;

/** sin and cos of chi = x - pi/4 for x > 8 (absolute error ~1e-16), into sinChi, cosChi. */
function sincosChi(x: number): void {
  if (!(x < 1.6e6)) {
    const s = Math.sin(x), c = Math.cos(x);
    cosChi = (c + s) * SQRT1_2;
    sinChi = (s - c) * SQRT1_2;
    return;
  }
  const k = Math.floor(x * TWO_OVER_PI);
  const m = 2 * k + 1;
  const r = (x - m * PIO4_1) - m * PIO4_2;
  const z = r * r, z2 = z * z, z4 = z2 * z2;
  const s = r + r * z * ((-0.16666666666666666 + 0.008333333333333333 * z) + (-0.0001984126984126984 + 2.7557319223985893e-6 * z) * z2
    + ((-2.505210838544172e-8 + 1.6059043836821613e-10 * z) + (-7.647163731819816e-13 + 2.8114572543455206e-15 * z) * z2) * z4);
  const c = (1.0 - 0.5 * z) + z2 * ((0.041666666666666664 - 0.001388888888888889 * z) + (2.48015873015873e-5 - 2.755731922398589e-7 * z) * z2
    + ((2.08767569878681e-9 - 1.1470745597729725e-11 * z) + (4.779477332387385e-14 - 1.5619206968586225e-16 * z) * z2) * z4);
  switch (k & 3) {
    case 0: sinChi = s; cosChi = c; break;
    case 1: sinChi = c; cosChi = -s; break;
    case 2: sinChi = -s; cosChi = -c; break;
    default: sinChi = -c; cosChi = s; break;
  }
}

function piece(table: Float64Array, x: number): number {
  let i = Math.trunc(x * 2);
  if (i > 15) i = 15;
  const o = 19 * i;
  const t = (x - table[o]) - table[o + 1];
  const m = table[o + 2];
  return estrin16(table, o + 3, t) * (m * t + (1 - m));
}

export function j0(x: number): number {
  x = Math.abs(x);
  if (x <= 0.5) return estrin16(J0_PIECES, 3, x * x);
  if (x <= 8) return piece(J0_PIECES, x);
  if (x === Infinity) return 0;
  if (x !== x) return x;
  const r = 1 / x, u = 64 * r * r;
  const q = estrin16(ASYM_Q0, 0, u) * r, p = estrin16(ASYM_P0, 0, u);
  sincosChi(x);
  return (p * cosChi - q * sinChi) * SQRT2_OVER_PI * Math.sqrt(r);
}

/** J1 for x >= 0. */
export function j1Pos(x: number): number {
  if (x <= 0.5) return x * estrin16(J1_PIECES, 3, x * x);
  if (x <= 8) return piece(J1_PIECES, x);
  if (x === Infinity) return 0;
  if (x !== x) return x;
  const r = 1 / x, u = 64 * r * r;
  const q = estrin16(ASYM_Q1, 0, u) * r, p = estrin16(ASYM_P1, 0, u);
  sincosChi(x); // chi1 = chi0 - pi/2
  return (p * sinChi + q * cosChi) * SQRT2_OVER_PI * Math.sqrt(r);
}

/** Y0 for x >= 0. */
export function y0Pos(x: number): number {
  if (x < 2) {
    if (x === 0) return -Infinity;
    const j = x <= 0.5 ? estrin16(J0_PIECES, 3, x * x) : piece(J0_PIECES, x);
    return TWO_OVER_PI * Math.log(x) * j + estrin16(Y0_LOG, 0, x * x);
  }
  if (x <= 8) return piece(Y0_PIECES, x);
  if (x === Infinity) return 0;
  if (x !== x) return x;
  const r = 1 / x, u = 64 * r * r;
  const q = estrin16(ASYM_Q0, 0, u) * r, p = estrin16(ASYM_P0, 0, u);
  sincosChi(x);
  return (p * sinChi + q * cosChi) * SQRT2_OVER_PI * Math.sqrt(r);
}

/** Y1 for x >= 0. */
export function y1Pos(x: number): number {
  if (x < 2) {
    if (x === 0) return -Infinity;
    const j = x <= 0.5 ? x * estrin16(J1_PIECES, 3, x * x) : piece(J1_PIECES, x);
    return TWO_OVER_PI * (Math.log(x) * j - 1 / x) + x * estrin16(Y1_LOG, 0, x * x);
  }
  if (x <= 8) return piece(Y1_PIECES, x);
  if (x === Infinity) return 0;
  if (x !== x) return x;
  const r = 1 / x, u = 64 * r * r;
  const q = estrin16(ASYM_Q1, 0, u) * r, p = estrin16(ASYM_P1, 0, u);
  sincosChi(x);
  return (q * sinChi - p * cosChi) * SQRT2_OVER_PI * Math.sqrt(r);
}
