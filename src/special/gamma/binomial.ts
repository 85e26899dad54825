/**
 * binomial(n, k) = Γ(n+1) / (Γ(k+1) Γ(n-k+1)) for real n, k, with SymPy's conventions for
 * integers (0 for negative integer k, (-1)^k C(k-n-1, k) for negative integer n) and exact
 * results wherever the coefficient is exactly representable. Same method as
 * native/special/binomial.c; see its Method and Special cases comments.
 */
import { FACTORIAL, PI } from './common.js';
import { betaPos, expSmall, invScaledBetaPos, sinpi2 } from './beta.js';
import { digamma } from './digamma.js';

/** log B(a + alo, b + blo) - log B(a, b), to first order. */
function betaShift(a: number, alo: number, b: number, blo: number): number {
  if (alo === 0 && blo === 0) return 0;
  const psum = digamma(a + b);
  let c = 0;
  if (alo !== 0) c += alo * (digamma(a) - psum);
  if (blo !== 0) c += blo * (digamma(b) - psum);
  return c;
}

const betaCorrected = (a: number, alo: number, b: number, blo: number) => betaPos(a, b) * expSmall(betaShift(a, alo, b, blo));
const invBetaCorrected = (a: number, alo: number, b: number, blo: number, s: number, slo: number) =>
  invScaledBetaPos(a, b, s) / (expSmall(betaShift(a, alo, b, blo)) * (1 + slo / s));

/** x + y = hi + LO[0] exactly (two-sum). */
const LO = new Float64Array(1);
function twoSum(x: number, y: number): number {
  const s = x + y;
  const v = s - x;
  LO[0] = x - (s - v) + (y - v);
  return s;
}
function oneMinus(hi: number, lo: number): number {
  const r = twoSum(1, -hi);
  LO[0] -= lo;
  return r;
}

/** C(n, k) for integers 0 ≤ k ≤ n (exact below 2^53, see binomial.c). */
function binomialNonneg(n: number, k: number): number {
  const j = Math.min(k, n - k);
  if (j === 0) return 1;
  if (n <= 170) {
    const r = FACTORIAL[n] / FACTORIAL[j] / FACTORIAL[n - j];
    if (r < 2 ** 50) return Math.round(r); // error < 1/2 there: exact
  }
  if (j <= 60) {
    let r = 1;
    for (let i = 1; i <= j; i++) {
      let a = r;
      let b = i;
      while (b !== 0) {
        const t = a % b;
        a = b;
        b = t;
      }
      r = (r / a) * ((n - j + i) / (i / a));
      if (r >= 2 ** 53 && i < j) break;
      if (i === j) return r;
    }
  }
  if (n <= 170) return FACTORIAL[n] / FACTORIAL[j] / FACTORIAL[n - j];
  const n1 = twoSum(n, 1);
  const nlo = LO[0];
  const a = twoSum(n - j, 1);
  const alo = LO[0];
  return invBetaCorrected(a, alo, j + 1, 0, n1, nlo);
}

/** Γ(N) / (Γ(K) Γ(M)), N = n+1, K = k+1, M = n-k+1 as two-sums (see binomial.c). */
function binomialReal(n: number, k: number): number {
  const N = twoSum(n, 1);
  const nl = LO[0];
  const K = twoSum(k, 1);
  const kl = LO[0];
  const t = twoSum(n, -k);
  const tl = LO[0];
  const M = twoSum(t, 1);
  const ml = LO[0] + tl;
  if ((M <= 0 && M === Math.floor(M) && ml === 0) || (K <= 0 && K === Math.floor(K) && kl === 0)) return 0;
  if (N <= 0 && N === Math.floor(N) && nl === 0) return NaN;
  if (K > 0 && M > 0) return invBetaCorrected(M, ml, K, kl, N, nl);
  if (N > 0) {
    const X = M < 0 ? M : K;
    const xl = M < 0 ? ml : kl;
    const o = oneMinus(X, xl);
    const ol = LO[0];
    return (sinpi2(X, xl) * betaCorrected(N, nl, o, ol)) / PI;
  }
  const sn = sinpi2(N, nl);
  const on = oneMinus(N, nl);
  const onl = LO[0];
  if (K < 0 && M < 0) {
    const ok = oneMinus(K, kl);
    const okl = LO[0];
    const om = oneMinus(M, ml);
    const oml = LO[0];
    return (sinpi2(K, kl) * sinpi2(M, ml) * betaCorrected(ok, okl, om, oml)) / (PI * sn);
  }
  const X = K < 0 ? K : M;
  const xl = K < 0 ? kl : ml;
  const Y = K < 0 ? M : K;
  const yl = K < 0 ? ml : kl;
  const ox = oneMinus(X, xl);
  const oxl = LO[0];
  const sx = sinpi2(X, xl);
  return sx * invBetaCorrected(on, onl, Y, yl, sn * ox, sn * oxl);
}

export function binomial(n: number, k: number): number {
  if (n !== n || k !== k) return n + k;
  if (!Number.isFinite(n) || !Number.isFinite(k)) return NaN;
  if (k === Math.floor(k)) {
    if (k < 0) return 0;
    if (k === 0) return 1;
    if (n === Math.floor(n)) {
      if (n >= 0) return k > n ? 0 : binomialNonneg(n, k);
      const m = twoSum(k, -n - 1);
      const v = binomialNonneg(m, k);
      return k % 2 === 0 ? v : -v;
    }
  }
  return binomialReal(n, k);
}
