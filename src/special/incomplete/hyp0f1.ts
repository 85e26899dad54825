/**
 * Confluent hypergeometric limit function ₀F₁(; b; z) = Σ z^k / ((b)_k k!) for real b and z. SymPy
 * prints it as hyper((), (b,), z). With x = 2√|z| and ν = b − 1 it is a Bessel function:
 * ₀F₁(; b; x²/4) = Γ(b) (x/2)^−ν I_ν(x) and ₀F₁(; b; −x²/4) = Γ(b) (x/2)^−ν J_ν(x) (DLMF 10.16.9).
 *
 * Method
 * - The power series, while its terms do not cancel by more than 16 (z > 0 with b > 0: never); a
 *   series that cancels more is re-summed in double-double (~106 bits), which carries z < 0 up to
 *   x ≈ 35 (cancellation ~e^x ≤ 2^50).
 * - x ≥ 25: the Hankel expansions (DLMF 10.17.3, 10.40.1) when their terms fall below EPS without
 *   first growing past the leading 1 (x large against ν²): for z > 0 e^x/√(2πx) Σ (−1)^k a_k(ν)/x^k, for z < 0
 *   √(2/(πx)) (P cos χ − Q sin χ), χ = x − (ν/2 + 1/4)π. x = 2√|z| is formed with its rounding
 *   error δ (exact residual of the square root), which is put back through e^δ and cos(χ + δ), so
 *   that the large argument does not amplify it.
 * - z < 0 otherwise: Miller's backward recurrence for J_ν + 2k(x) from an order well above x,
 *   normalized by the Neumann series (x/2)^ν / Γ(ν + 1) = Σ_k (ν + 2k) (ν + 1)_(k−1)/k! J_(ν+2k)(x)
 *   (DLMF 10.23.15; no Γ needed: ₀F₁ = J_ν / Σ).
 * Error: a few ulp for z > 0, b > 0; for z < 0 relative accuracy is lost near the zeros of J_ν
 * (the function oscillates), see docs/accuracy.md.
 *
 * Special cases
 * - NaN in, NaN out; z = 0: 1; b = 0, −1, −2, …: NaN (pole);
 * - z = +Inf: +Inf for b > 0; z = −Inf: 0 for b > 1/2 (the envelope decays like |z|^(1/4 − b/2)), NaN otherwise.
 */
import { cospi, dd, ddAdd, ddDiv, ddMul, ddTwoSum, gammaPrivate, gammaSign, isNonPositiveIntegerPrivate as isPole, lgammaPrivate, sinpi, twoProdError } from './zeta-expint-hyper-common.js';

const EPS = 1.1102230246251565e-16; // 2^-53
const MAX_TERMS = 20000;

/** Σ z^k/((b)_k k!) in double-double; NaN past 2^50 of cancellation. */
function seriesDD(b: number, z: number): number {
  let th = 1;
  let tl = 0;
  let sh = 1;
  let sl = 0;
  let big = 1;
  const kmin = Math.max(0, -b);
  for (let k = 0; k < MAX_TERMS; k++) {
    ddTwoSum(b, k);
    ddMul(dd.hi, dd.lo, k + 1, 0);
    ddDiv(z, 0, dd.hi, dd.lo);
    ddMul(th, tl, dd.hi, dd.lo);
    th = dd.hi;
    tl = dd.lo;
    ddAdd(sh, sl, th, tl);
    sh = dd.hi;
    sl = dd.lo;
    big += Math.abs(th);
    if (th === 0 || (k >= kmin && Math.abs(th) <= 1e-20 * Math.abs(sh) && Math.abs(z / ((b + k + 1) * (k + 2))) < 1)) {
      return big > 1125899906842624 * Math.abs(sh) ? NaN : sh + sl;
    }
    if (!Number.isFinite(sh)) return sh;
  }
  return NaN;
}

/** Σ z^k/((b)_k k!); re-summed in double-double when the terms cancel by more than 16. */
function series(b: number, z: number): number {
  let term = 1;
  let sum = 1;
  let big = 1;
  const kmin = Math.max(0, -b);
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = z / ((b + k) * (k + 1));
    term *= ratio;
    sum += term;
    big += Math.abs(term);
    if (term === 0 || (k >= kmin && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs(ratio) < 1)) {
      return big > 16 * Math.abs(sum) ? seriesDD(b, z) : sum;
    }
    if (!Number.isFinite(sum)) return sum;
  }
  return NaN;
}

/** Γ(b) 2^(b−1) / √(2π) · f, through logarithms when Γ(b) 2^(b−1) would overflow. */
function besselPrefactor(b: number, f: number): number {
  if (b < 170) return ((gammaPrivate(b) * Math.pow(2, b - 1)) / 2.5066282746310002) * f;
  return gammaSign(b) * f * Math.exp(lgammaPrivate(b) + (b - 1) * Math.LN2 - 0.9189385332046728);
}

/**
 * The Hankel sums for order ν at x: returns Σ_k (−1)^k a_k/x^k (all k) when `alternate`, else the
 * pair P (even k, in hankelState.p) and Q (odd k, returned); NaN when the terms grow past 1 or do not
 * reach EPS. a_k = Π_{j≤k} (4ν² − (2j − 1)²) / (k! 8^k).
 */
const hankelState = { p: 0 };
function hankel(nu: number, x: number, alternate: boolean): number {
  const mu = 4 * nu * nu;
  let t = 1;
  let p = 1;
  let q = 0;
  let s = 1;
  for (let k = 1; k < 500; k++) {
    t *= (mu - (2 * k - 1) * (2 * k - 1)) / (8 * k * x);
    if (Math.abs(t) > 1) return NaN;
    if (alternate) s += k % 2 === 0 ? t : -t;
    else if (k % 2 === 0) p += (k % 4 === 0 ? 1 : -1) * t;
    else q += (k % 4 === 1 ? 1 : -1) * t;
    if (t === 0 || Math.abs(t) <= EPS * 0.5 * (alternate ? Math.abs(s) : Math.abs(p) + Math.abs(q))) {
      hankelState.p = p;
      return alternate ? s : q;
    }
  }
  return NaN;
}

/** ₀F₁(; b; −x²/4) by Miller's backward recurrence normalized with the Neumann series. */
function miller(b: number, x: number): number {
  const nu = b - 1;
  const kTop = Math.ceil((Math.max(x, Math.abs(nu)) + 30 + 4 * Math.sqrt(x)) / 2) + Math.ceil(Math.max(0, -nu) / 2);
  // c_k = (ν + 2k) (ν + 1)_(k−1) / k!, forward to kTop, then walked back down
  let c = 1;
  for (let k = 1; k <= kTop; k++) c = k === 1 ? nu + 2 : (c * ((nu + 2 * k) * (nu + k - 1))) / ((nu + 2 * k - 2) * k);
  let jUp = 0; // J_(μ+1)
  let j = 1e-300; // J_μ, μ = ν + 2 kTop
  let sum = c * j;
  for (let k = kTop; k >= 1; k--) {
    // two steps down: μ = ν + 2k → ν + 2k − 1 → ν + 2k − 2
    for (let step = 0; step < 2; step++) {
      const mu = nu + 2 * k - step;
      const jDown = ((2 * mu) / x) * j - jUp;
      jUp = j;
      j = jDown;
    }
    c = k === 1 ? 1 : (c * ((nu + 2 * k - 2) * k)) / ((nu + 2 * k) * (nu + k - 1));
    sum += c * j;
    if (Math.abs(j) > 1e250) {
      j *= 1e-250;
      jUp *= 1e-250;
      sum *= 1e-250;
    }
  }
  return j / sum;
}

export function hyp0f1(b: number, z: number): number {
  if (b !== b || z !== z) return NaN;
  if (z === 0) return 1;
  if (!Number.isFinite(b) || isPole(b)) return NaN;
  if (z === Infinity) return b > 0 ? Infinity : NaN;
  if (z === -Infinity) return b > 0.5 ? 0 : NaN;
  const y = Math.abs(z);
  // x = 2√y with its rounding error: √y = r + δ exactly to first order
  const r = Math.sqrt(y);
  const delta = (y - r * r - twoProdError(r, r, r * r)) / (2 * r);
  const x = 2 * r;
  const dx = 2 * delta;
  const nu = b - 1;
  if (x >= 25) {
    if (z > 0) {
      const s = hankel(nu, x, true);
      if (s === s) {
        // Γ(b) 2^(b−1) x^(1/2−b) e^x / √(2π) · S, e^x x^(1/2−b) in halves when needed
        const e = 0.5 - b;
        const hx = Math.exp(0.5 * x);
        const hp = Math.pow(x, 0.5 * e);
        const corr = 1 + dx * (1 + e / x);
        return besselPrefactor(b, s * corr * hx * hp) * hx * hp;
      }
    } else {
      const q = hankel(nu, x, false);
      if (q === q) {
        const p = hankelState.p;
        // χ = x − (ν/2 + 1/4)π; cos χ, sin χ from cos x, sin x and the exactly reduced phase
        const cphi = cospi(nu / 2 + 0.25);
        const sphi = sinpi(nu / 2 + 0.25);
        const cx = Math.cos(x);
        const sx = Math.sin(x);
        const cchi = cx * cphi + sx * sphi;
        const schi = sx * cphi - cx * sphi;
        const v = p * cchi - q * schi;
        const dv = -(p * schi + q * cchi) * dx; // first-order correction for x's rounding
        const e = 0.5 - b;
        const w = Math.pow(x, e) * (1 + (e * dx) / x);
        return besselPrefactor(b, 2 * (v + dv) * w);
      }
    }
  }
  if (z > 0 || x <= 35) {
    const s = series(b, z);
    if (s === s || z > 0) return s;
  }
  return miller(b, x + dx);
}
