/**
 * Confluent hypergeometric function ₁F₁(a; b; z) = M(a, b, z) (Kummer's function) for real
 * arguments. SymPy prints it as hyper((a,), (b,), z).
 *
 * Method (DLMF 13.2, 13.7):
 * - a a non-positive integer: the terminating series (a polynomial), summed directly.
 * - z ≥ 0: the series Σ (a)_k/(b)_k z^k/k! (positive terms when a, b > 0), or for
 *   z ≥ 30 + 2(|a| + |b|) the asymptotic expansion M = Γ(b)/Γ(a) e^z z^(a−b) Σ_s (1−a)_s (b−a)_s/(s! z^s)
 *   (DLMF 13.7.2) when its exponentially small companion term Γ(b)/Γ(b−a) z^−a is below 2^−56 of
 *   it and its terms fall below EPS without first growing past 2^20.
 * - z < 0: Kummer's transformation M(a, b, z) = e^z M(b − a, b, −z) (positive terms when b > a and
 *   b > 0; with e^z e^−z cancelled analytically in the asymptotic form), unless |z| ≤ 1 and the
 *   transformed series would alternate as well.
 * - A series whose terms cancel by more than 16 is re-summed in double-double arithmetic (~106
 *   bits); past 2^50 of cancellation (e.g. a ≫ 1 with z ≪ 0, where M oscillates) the result is NaN
 *   rather than a wrong number. e^z z^(a−b) Γ(b)/Γ(a) is multiplied in halves or quarters so that no
 *   factor overflows or goes subnormal; Γ ratios are paired (lgammaDelta) when their arguments are
 *   close.
 * Error: a few ulp where the series has positive terms; see docs/accuracy.md for the regions with
 * alternating terms and large parameters or arguments (the condition number of M in z is ~|z|).
 *
 * Special cases
 * - NaN in, NaN out; a = 0 or z = 0: 1; a = b: e^z;
 * - b = 0, −1, −2, …: NaN (pole) unless the series terminates first (a = −m with −m ≥ b);
 * - z = ±Inf: the limit where it is clear (+Inf for z = +Inf with a, b > 0; 0 for z = −Inf with
 *   b > a > 0), NaN otherwise.
 */
import { dd, ddAdd, ddDiv, ddMul, ddTwoSum, gammaRatio, gammaSign, isNonPositiveIntegerPrivate as isPole, lgammaDelta, lgammaPrivate } from './zeta-expint-hyper-common.js';
import { scaledExp } from './e1.js';

const EPS = 1.1102230246251565e-16; // 2^-53
const MAX_TERMS = 20000;
const MIN_NORMAL = 2.2250738585072014e-308; // 2^-1022

/**
 * Σ_k (a)_k/(b)_k z^k/k!, stopping as gaussSeries does in hyp2f1.ts; NaN if it does not converge.
 * When the terms cancel (Σ|term| > 16 |sum|, alternating signs) the sum is redone in
 * double-double arithmetic (kummerSeriesDD). t0 scales every term (keeps e^−x Σ from overflowing).
 */
function kummerSeries(a: number, b: number, z: number, t0 = 1): number {
  let term = t0;
  let sum = t0;
  let big = t0;
  const kmin = Math.max(0, -a, -b);
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = ((a + k) / ((b + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    big += Math.abs(term);
    if (term === 0 || (k >= kmin && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs(ratio) < 1)) {
      return big > 16 * Math.abs(sum) ? kummerSeriesDD(a, b, z, t0) : sum;
    }
    if (!Number.isFinite(sum)) return sum;
  }
  return NaN;
}

/**
 * The same series with terms and sum in double-double (about 106 bits), for cancelling sums: the
 * result keeps double accuracy while the cancellation Σ|term|/|sum| stays below ~2^50; beyond that
 * it is NaN rather than a wrong number.
 */
function kummerSeriesDD(a: number, b: number, z: number, t0: number): number {
  let th = t0;
  let tl = 0;
  let sh = t0;
  let sl = 0;
  let big = Math.abs(t0);
  const kmin = Math.max(0, -a, -b);
  for (let k = 0; k < MAX_TERMS; k++) {
    ddTwoSum(a, k);
    ddMul(dd.hi, dd.lo, z, 0);
    const nh = dd.hi;
    const nl = dd.lo;
    ddTwoSum(b, k);
    ddMul(dd.hi, dd.lo, k + 1, 0);
    ddDiv(nh, nl, dd.hi, dd.lo);
    ddMul(th, tl, dd.hi, dd.lo);
    th = dd.hi;
    tl = dd.lo;
    ddAdd(sh, sl, th, tl);
    sh = dd.hi;
    sl = dd.lo;
    big += Math.abs(th);
    if (th === 0 || (k >= kmin && Math.abs(th) <= 1e-20 * Math.abs(sh) && Math.abs(((a + k + 1) * z) / ((b + k + 1) * (k + 2))) < 1)) {
      return big > 1125899906842624 * Math.abs(sh) ? NaN : sh + sl;
    }
    if (!Number.isFinite(sh)) return sh;
  }
  return NaN;
}

/**
 * e^−x M(a, b, x) for x ≥ 30 by the asymptotic expansion (DLMF 13.7.2),
 *   Γ(b)/Γ(a) x^(a−b) Σ_s (1−a)_s (b−a)_s / (s! x^s),
 * or NaN where it is not accurate: it needs x ≥ 30 + 2(|a| + |b|), the exponentially small
 * companion term Γ(b)/Γ(b−a) x^−a (relative size e^−x x^(b−2a) Γ(a)/Γ(b−a)) below 2^−56, and
 * the terms of the sum must fall below EPS without first growing past 2^20 (when they grow past
 * 16 the sum is redone in double-double). Returns the prefactor and the sum separately (prefactor
 * in asym.prefactor) so that the caller can combine it with e^x without overflow.
 */
const asym = { prefactor: 0 };
function asymptoticSum(a: number, b: number, x: number): number {
  if (!(x >= 30 + 2 * (Math.abs(a) + Math.abs(b)))) return NaN;
  const companion = -x + (b - 2 * a) * Math.log(x) + lgammaPrivate(a) - lgammaPrivate(b - a);
  if (!(companion < -39)) return NaN;
  let t = 1;
  let sum = 1;
  let big = 1;
  for (let k = 0; k < 500; k++) {
    const ratio = ((1 - a + k) * (b - a + k)) / ((k + 1) * x);
    t *= ratio;
    sum += t;
    big += Math.abs(t);
    if (t === 0 || Math.abs(t) <= EPS * Math.abs(sum)) {
      asym.prefactor = gammaRatio(b, 1, a, 1);
      return big > 16 * Math.abs(sum) ? asymptoticSumDD(a, b, x) : sum;
    }
    if (Math.abs(t) > 1048576) return NaN;
  }
  return NaN;
}

/** Σ_s (1−a)_s (b−a)_s / (s! x^s) in double-double (its terms grew before they shrank). */
function asymptoticSumDD(a: number, b: number, x: number): number {
  let th = 1;
  let tl = 0;
  let sh = 1;
  let sl = 0;
  for (let k = 0; k < 500; k++) {
    ddTwoSum(-a, 1 + k); // 1 − a + k exactly
    const ph = dd.hi;
    const pl = dd.lo;
    ddTwoSum(b, -a);
    ddAdd(dd.hi, dd.lo, k, 0); // b − a + k
    ddMul(ph, pl, dd.hi, dd.lo);
    const nh = dd.hi;
    const nl = dd.lo;
    ddMul(k + 1, 0, x, 0);
    ddDiv(nh, nl, dd.hi, dd.lo);
    ddMul(th, tl, dd.hi, dd.lo);
    th = dd.hi;
    tl = dd.lo;
    ddAdd(sh, sl, th, tl);
    sh = dd.hi;
    sl = dd.lo;
    if (th === 0 || Math.abs(th) <= 1e-20 * Math.abs(sh)) return sh + sl;
  }
  return NaN;
}

/** e^y · p^q · f, in halves (or quarters) when e^y or p^q alone would overflow or underflow. */
function expPowProduct(y: number, p: number, q: number, f: number): number {
  for (let n = 1; n <= 8; n *= 2) {
    const e = Math.exp(y / n);
    const w = Math.pow(p, q / n);
    const g = e * w;
    // every factor must be a normal double (a subnormal one has already lost digits)
    if (e >= MIN_NORMAL && e < Infinity && w >= MIN_NORMAL && w < Infinity && g >= MIN_NORMAL && g < Infinity) {
      let r = f;
      for (let i = 0; i < n; i++) r *= g;
      return r;
    }
  }
  return f * Math.exp(y + q * Math.log(p));
}

/** M(a, b, x) for x > 0, times e^−x when `scaled`. */
function positiveArgument(a: number, b: number, x: number, scaled: boolean): number {
  if (x >= 30) {
    const sum = asymptoticSum(a, b, x);
    if (sum === sum) {
      const g = asym.prefactor;
      if (g !== 0 && Number.isFinite(g)) return expPowProduct(scaled ? 0 : x, x, a - b, g * sum);
      // Γ(b)/Γ(a) itself overflows: all in one exponent (absolute error ~eps·|exponent|)
      return gammaSign(b) * gammaSign(a) * sum * Math.exp((scaled ? 0 : x) + (a - b) * Math.log(x) + lgammaDelta(a, b - a));
    }
  }
  if (!scaled) return kummerSeries(a, b, x);
  // e^−x Σ: start the terms at e^−x/2 so the peak terms (~e^x) do not overflow below x ≈ 1400
  if (x < 700) return Math.exp(-x) * kummerSeries(a, b, x);
  const h = Math.exp(-0.5 * x);
  return h * kummerSeries(a, b, x, h);
}

export function hyp1f1(a: number, b: number, z: number): number {
  if (a !== a || b !== b || z !== z) return NaN;
  if (z === 0 || a === 0) return 1;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return NaN;
  const aPoly = isPole(a);
  if (isPole(b) && !(aPoly && a >= b)) return NaN;
  if (aPoly) return Number.isFinite(z) ? kummerSeries(a, b, z) : NaN;
  if (a === b) return Math.exp(z);
  if (z === Infinity) return a > 0 && b > 0 ? Infinity : NaN;
  if (z === -Infinity) return b > a && a > 0 ? 0 : NaN;
  if (z > 0) return positiveArgument(a, b, z, false);
  const x = -z;
  const c = b - a;
  if (x <= 1 && !(c > 0 && b > 0)) return kummerSeries(a, b, z);
  if (isPole(c)) return scaledExp(z, kummerSeries(c, b, x));
  return positiveArgument(c, b, x, true);
}
