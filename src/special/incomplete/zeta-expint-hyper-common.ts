/**
 * PRIVATE helpers of zeta, hurwitz_zeta, expint/E1/Ei and hyp0f1/hyp1f1/hyp2f1. Not re-exported
 * from index.ts and not part of `symkernel/special`: the public gamma family lives in
 * src/special/gamma/ (another group). These are small, self-contained versions written so that this
 * group does not depend on that one; their C twins are in native/special/zeta_expint_hyper_common.c
 * and follow the same arithmetic step by step, so both backends agree.
 *
 * Method
 * - Γ(x), x ≥ 10: Stirling, Γ(x) = sqrt(2π/e) · (x/e)^(x−1/2) · exp(S(x)), with
 *   S(x) = Σ_{k=1..8} B_2k / (2k(2k−1) x^(2k−1)) (truncation < 2e-18 at x = 10). The base x/e is
 *   formed in double-double (Dekker product) and the power corrected by exp((x−1/2)·lo/hi), so the
 *   large exponent does not amplify the rounding of the base. −10 < x < 10: a polynomial fit of the
 *   entire 1/Γ on [1, 2] and the recurrence (exact factors x − j), no pow/exp. x ≤ −10: reflection
 *   Γ(x) = π / (sin(πx) Γ(1 − x)), sin(πx) reduced exactly. Error: a few ulp.
 * - ψ(x): asymptotic series (x ≥ 10) after upward recurrence; reflection for x < 0.
 *
 * Special cases: Γ at 0 and negative integers is NaN (rgamma there is 0); Γ(x) = Inf for x > 171.62.
 */

/** Dekker splitting constant 2^27 + 1. */
const SPLITTER = 134217729;

/** The rounding error of a * b (so that a * b = fl(a * b) + twoProdError(a, b) exactly). */
export function twoProdError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (hi + lo)^p for lo ≪ hi: pow of the leading part, corrected to first order in lo/hi. */
export function powDD(hi: number, lo: number, p: number): number {
  return Math.pow(hi, p) * Math.exp((p * lo) / hi);
}

/** Nearest integer, ties toward +Inf (Math.round; spelled out so the C twin is the same). */
function roundHalfUp(x: number): number {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

/** sin(πx), argument reduced exactly; sinpi(integer) = +0 (or −0 for −0). */
export function sinpi(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= 4503599627370496) return x === 0 ? x : 0;
  const n = roundHalfUp(2 * x);
  const y = x - n / 2;
  const q = ((n % 4) + 4) % 4;
  let r: number;
  if (q === 0) r = Math.sin(Math.PI * y);
  else if (q === 1) r = Math.cos(Math.PI * y);
  else if (q === 2) r = -Math.sin(Math.PI * y);
  else r = -Math.cos(Math.PI * y);
  return r === 0 ? (x === 0 ? x : 0) : r;
}

/** cos(πx), argument reduced exactly; cospi(n + 1/2) = +0. */
export function cospi(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= 4503599627370496) return Math.abs(x) >= 9007199254740992 || x % 2 === 0 ? 1 : -1;
  const n = roundHalfUp(2 * x);
  const y = x - n / 2;
  const q = ((n % 4) + 4) % 4;
  let r: number;
  if (q === 0) r = Math.cos(Math.PI * y);
  else if (q === 1) r = -Math.sin(Math.PI * y);
  else if (q === 2) r = -Math.cos(Math.PI * y);
  else r = Math.sin(Math.PI * y);
  return r === 0 ? 0 : r;
}

/** 1/e as hi + lo. */
const INV_E_HI = 0.36787944117144233; // 0x1.78b56362cef38p-2
const INV_E_LO = -1.2428753672788363e-17; // -0x1.ca8a4270fadf5p-57
/** sqrt(2π/e) */
const SQRT_2PI_OVER_E = 1.520346901066281; // 0x1.8535745aa7957p+0

/** B_2k / (2k(2k − 1)), k = 1..8: Stirling's series for lnΓ. */
const STIRLING = [
  0.08333333333333333, -0.002777777777777778, 0.0007936507936507937, -0.0005952380952380953,
  0.0008417508417508417, -0.0019175269175269176, 0.00641025641025641, -0.029550653594771242,
];

/** Stirling's S(x) = lnΓ(x) − [(x − 1/2) ln x − x + ln(2π)/2], x ≥ 10 (truncation < 2e-18). */
export function stirlingTail(x: number): number {
  const r = 1 / x;
  return r * horner(STIRLING, r * r);
}

/** Γ(x) for x ≥ 10 (Stirling with a double-double base). */
function gammaLarge(x: number): number {
  const bh = x * INV_E_HI;
  const bl = twoProdError(x, INV_E_HI, bh) + x * INV_E_LO;
  const p = x - 0.5;
  const e = SQRT_2PI_OVER_E * Math.exp(stirlingTail(x) + (p * bl) / bh);
  if (x < 140) return e * Math.pow(bh, p);
  const h = Math.pow(bh, 0.5 * p);
  return e * h * h;
}

/**
 * 1/Γ(x) on [1, 2] (an entire function there): degree-15 polynomial in 2x − 3, Chebyshev fit
 * (mpmath; max relative error 1.3e-16). The building block of Γ and 1/Γ below 10, with the
 * recurrence Γ(x + 1) = x Γ(x) (its factors x − j are exact).
 */
const RGAMMA_1_2 = [
  1.1283791670955126, -0.02058726322264155, -0.13166360888138617, 0.021887753255491794, 0.0031854287654827,
  -0.0013173490427663696, 0.00010332652853554406, 1.6568214392791072e-5, -4.338790023175905e-6, 2.9757348575235576e-7,
  2.476086975259896e-8, -6.785564183706895e-9, 5.265033028381591e-10, 7.08866291456305e-12, -5.494526824267024e-12,
  5.131033939660537e-13,
];

/** 1/Γ(x) for −10 < x < 10 without pow or exp: the [1, 2] fit and exact recurrence factors. */
function rgammaSmall(x: number): number {
  if (x >= 2) {
    // Γ(x) = Γ(t) Π_{j=1..n} (x − j), t = x − n ∈ [1, 2); every x − j is exact
    const n = Math.floor(x) - 1;
    let p = 1;
    for (let j = 1; j <= n; j++) p *= x - j;
    return horner(RGAMMA_1_2, 2 * (x - n) - 3) / p;
  }
  if (x >= 1) return horner(RGAMMA_1_2, 2 * x - 3);
  // 1/Γ(x) = Π_{k=0..n−1} (x + k) / Γ(x + n), x + n ∈ [1, 2)
  const n = Math.ceil(1 - x);
  let p = 1;
  for (let k = 0; k < n; k++) p *= x + k;
  return p * horner(RGAMMA_1_2, 2 * (x + n) - 3);
}

/** Γ(x) for real x (private; see the file comment). */
export function gammaPrivate(x: number): number {
  if (x !== x) return NaN;
  if (x >= 10) return x > 171.7 ? Infinity : gammaLarge(x);
  if (x > -10) {
    if (x <= 0 && x === Math.floor(x)) return NaN;
    return 1 / rgammaSmall(x);
  }
  if (x === -Infinity || x === Math.floor(x)) return NaN;
  // Reflection: Γ(x) = π / (sin(πx) Γ(1 − x)).
  const s = sinpi(x);
  const g = gammaPrivate(1 - x);
  if (!Number.isFinite(g)) return 0 * s;
  return Math.PI / (s * g);
}

/** 1/Γ(x), 0 at the poles (x = 0, −1, −2, …) and for x > 171.7. */
export function rgammaPrivate(x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x <= 0 && x === Math.floor(x)) return 0;
  if (x > -10 && x < 10) return rgammaSmall(x);
  if (x >= 10) return 1 / gammaPrivate(x);
  // 1/Γ(x) = sin(πx) Γ(1 − x) / π (may overflow to ±Inf for x ≪ 0).
  return (sinpi(x) * gammaPrivate(1 - x)) / Math.PI;
}

/** ln|Γ(x)| (private), for scaling large terms; accurate to ~1e-15 absolute near its zeros. */
export function lgammaPrivate(x: number): number {
  if (x !== x) return NaN;
  if (!Number.isFinite(x)) return Infinity;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + stirlingTail(x);
  if (x >= 0.5) return Math.log(gammaPrivate(x));
  if (x === Math.floor(x)) return Infinity;
  return Math.log(Math.PI / Math.abs(sinpi(x))) - lgammaPrivate(1 - x);
}

/** B_2k / (2k), k = 1..8: the asymptotic series of ψ. */
const DIGAMMA_ASYMPTOTIC = [
  0.08333333333333333, -0.008333333333333333, 0.003968253968253968, -0.004166666666666667,
  0.007575757575757576, -0.021092796092796094, 0.08333333333333333, -0.4432598039215686,
];

/** ψ(x) (digamma, private). NaN at the poles. */
export function digammaPrivate(x: number): number {
  if (x !== x || x === -Infinity) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0) {
    if (x === Math.floor(x)) return NaN;
    // ψ(x) = ψ(1 − x) − π / tan(πx)
    return digammaPrivate(1 - x) - (Math.PI * cospi(x)) / sinpi(x);
  }
  let acc = 0;
  let y = x;
  while (y < 10) {
    acc -= 1 / y;
    y += 1;
  }
  const r2 = 1 / (y * y);
  const tail = r2 * horner(DIGAMMA_ASYMPTOTIC, r2);
  return acc + Math.log(y) - 0.5 / y - tail;
}

/** Σ c[i] t^i by Horner's rule, highest power first (the C twin loops the same way). */
export function horner(c: readonly number[], t: number): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) r = r * t + c[i];
  return r;
}

/** x is 0, −1, −2, … (a pole of Γ). */
export const isNonPositiveIntegerPrivate = (x: number) => x <= 0 && x === Math.floor(x);

/** x·y, through logarithms when the plain product overflows or underflows (a huge gamma ratio times a tiny power). */
export function mulSafe(x: number, y: number): number {
  const p = x * y;
  if ((p !== 0 && Number.isFinite(p)) || x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return p;
  return Math.sign(x) * Math.sign(y) * Math.exp(Math.log(Math.abs(x)) + Math.log(Math.abs(y)));
}

/** sign(Γ(x)) for x not a pole. */
export const gammaSign = (x: number) => (x > 0 ? 1 : sinpi(x) < 0 ? -1 : 1);

/**
 * Γ(n1) Γ(n2) / (Γ(d1) Γ(d2)). Small arguments, or numerators far from every denominator: products
 * of Γ and 1/Γ (a few ulp each). Otherwise (or on overflow) each numerator is paired with the nearer
 * denominator and the ratio taken as exp(lgammaDelta(d, n − d)), accurate for large arguments that
 * differ little (the logarithms of the four gammas would each carry an absolute error eps·|lnΓ|).
 */
export function gammaRatio(n1: number, n2: number, d1: number, d2: number): number {
  if (isNonPositiveIntegerPrivate(d1) || isNonPositiveIntegerPrivate(d2)) return 0;
  if (isNonPositiveIntegerPrivate(n1) || isNonPositiveIntegerPrivate(n2)) return NaN;
  const small = Math.abs(n1) < 20 && Math.abs(n2) < 20 && Math.abs(d1) < 20 && Math.abs(d2) < 20;
  const straight = Math.abs(n1 - d1) + Math.abs(n2 - d2);
  const crossed = Math.abs(n1 - d2) + Math.abs(n2 - d1);
  if (small || Math.min(straight, crossed) > 20) {
    // products of Γ and 1/Γ (a few ulp each) when they neither overflow nor underflow
    const g = gammaPrivate(n1) * rgammaPrivate(d1) * (gammaPrivate(n2) * rgammaPrivate(d2));
    if (Math.abs(g) >= 2.2250738585072014e-308 && Math.abs(g) < Infinity) return g;
  }
  const sign = gammaSign(n1) * gammaSign(n2) * gammaSign(d1) * gammaSign(d2);
  if (straight <= crossed) return sign * Math.exp(lgammaDelta(d1, n1 - d1) + lgammaDelta(d2, n2 - d2));
  return sign * Math.exp(lgammaDelta(d2, n1 - d2) + lgammaDelta(d1, n2 - d1));
}

/** ln|1 + u|, through log1p where 1 + u is near 1 (u > −1/2). */
export const logAbs1p = (u: number) => (u > -0.5 ? Math.log1p(u) : Math.log(Math.abs(1 + u)));

/**
 * ln|Γ(x + e)| − ln|Γ(x)|, computed as a difference in its own right (not of two logarithms), so
 * that for small e it has full relative accuracy and for large x it avoids the absolute error
 * eps·|lnΓ(x)| of each logarithm: Stirling's formula differenced term by term with log1p/expm1
 * when x, x + e ≥ 10; upward recurrence (log1p terms) when both are positive; reflection when both
 * are below 1/2. Across a pole (x and x + e on either side of 0) the plain difference of lnΓ.
 */
export function lgammaDelta(x: number, e: number): number {
  const y = x + e;
  if (x >= 10 && y >= 10) {
    const l = Math.log1p(e / x);
    let d = (x - 0.5) * l + e * Math.log(y) - e;
    let xp = 1 / x; // x^(1 − 2k)
    const x2 = xp * xp;
    for (let k = 1; k <= 8; k++) {
      d += STIRLING[k - 1] * xp * Math.expm1((1 - 2 * k) * l);
      xp *= x2;
    }
    return d;
  }
  if (x > 0 && y > 0) {
    let d = 0;
    let t = x;
    while (t < 10 || t + e < 10) {
      d -= Math.log1p(e / t);
      t += 1;
    }
    return d + lgammaDelta(t, e);
  }
  if (x < 0.5 && y < 0.5) {
    // ln|Γ(t)| = ln π − ln|sin πt| − ln Γ(1 − t)
    let sinTerm: number;
    if (Math.abs(e) < 0.25) {
      // sin π(x + e) / sin πx − 1 = −2 sin²(πe/2) + cot(πx) sin(πe)
      sinTerm = -logAbs1p(-2 * Math.sin(0.5 * Math.PI * e) ** 2 + (cospi(x) / sinpi(x)) * Math.sin(Math.PI * e));
    } else {
      sinTerm = Math.log(Math.abs(sinpi(x))) - Math.log(Math.abs(sinpi(y)));
    }
    return sinTerm - lgammaDelta(1 - x, -e);
  }
  return lgammaPrivate(y) - lgammaPrivate(x);
}

/*
 * Double-double arithmetic (Dekker, Knuth; no FMA needed), for the series that cancel: a value is
 * hi + lo with |lo| ≤ ulp(hi)/2. Results are left in dd.hi/dd.lo (no allocation on the hot path).
 */
export const dd = { hi: 0, lo: 0 };

/** (hi, lo) = a + b exactly (Knuth's two-sum). */
export function ddTwoSum(a: number, b: number): void {
  const s = a + b;
  const bv = s - a;
  dd.hi = s;
  dd.lo = a - (s - bv) + (b - bv);
}

/** (xh + xl) · (yh + yl) */
export function ddMul(xh: number, xl: number, yh: number, yl: number): void {
  const p = xh * yh;
  const e = twoProdError(xh, yh, p) + (xh * yl + xl * yh);
  const s = p + e;
  dd.hi = s;
  dd.lo = e - (s - p);
}

/** (xh + xl) / (yh + yl) */
export function ddDiv(xh: number, xl: number, yh: number, yl: number): void {
  const q1 = xh / yh;
  // r = x − q1 y, exactly enough: q1·yh as a two-product, the rest in double
  const p = q1 * yh;
  const pe = twoProdError(q1, yh, p);
  const r = xh - p - pe + xl - q1 * yl;
  const q2 = r / yh;
  const s = q1 + q2;
  dd.hi = s;
  dd.lo = q2 - (s - q1);
}

/** (xh + xl) + (yh + yl) */
export function ddAdd(xh: number, xl: number, yh: number, yl: number): void {
  const s = xh + yh;
  const bv = s - xh;
  const e = xh - (s - bv) + (yh - bv) + xl + yl;
  const t = s + e;
  dd.hi = t;
  dd.lo = e - (t - s);
}
