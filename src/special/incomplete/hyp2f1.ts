/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1 (and every z
 * when the series terminates). SymPy prints it as hyper((a, b), (c,), z), e.g. in the Student-t and
 * Beta cdfs.
 *
 * Method (Abramowitz & Stegun 15.3; DLMF 15.8):
 * - a or b a non-positive integer: the terminating series; for z > 1/2 mapped to 1 − z (DLMF 15.8.7),
 *   which for the Beta-cdf shape ₂F₁(a, −m; a + 1; z) is a sum of positive terms.
 * - −1 ≤ z ≤ 1/2: a convergent series: the Gauss series, its Euler transform
 *   (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z), or a Pfaff transform (1 − z)^−a ₂F₁(a, c − b; c; w),
 *   w = z/(z − 1) ∈ (0, 1/2] — whichever has the fewest sign changes among its terms (the Student-t
 *   cdf's ₂F₁(1/2, (ν+1)/2; 3/2; −x²/ν) becomes a series of positive terms).
 * - 1/2 < z < 1: the 1 − z connection formula (A&S 15.3.6); when c − a − b is an integer, its
 *   limiting forms with logarithms and digamma values (A&S 15.3.10–15.3.12); when c − a − b is within
 *   0.1 of an integer (or the two terms of 15.3.6 cancel), a rearrangement of 15.3.6 in which the 1/ε
 *   singular parts cancel analytically (nearInteger). If the connection formula still cancels (large parameters) and z ≤ 0.9, the best
 *   series is used instead when its own error estimate is smaller.
 * - −1 ≤ z < −1/4 with large parameters (max |param|·|z| > 20): the connection formula in 1/(1 − z)
 *   as well, since the series would peak late and accumulate rounding; the smaller error estimate wins.
 * - z < −1: Pfaff to w ∈ (1/2, 1), then as above in w (equivalently A&S 15.3.8 in powers of
 *   1/(1 − z)); the Pfaff form that terminates, else the one with fewer negative parameters.
 * 1 − z is formed exactly as hi + lo and every power (1 − z)^p as hi^p (1 + p lo/hi), so a large
 * exponent does not amplify the rounding of 1 − z; c − a − b is formed exactly (two-sum) so that the
 * near-integer distance ε is exact. Gamma ratios pair each numerator with the nearer denominator
 * (lgammaDelta), which keeps large parameters accurate. Γ, 1/Γ and ψ are this group's private helpers.
 * Error: ~1e-15 relative on the main domain (docs/accuracy.md); more for parameters beyond ~100 in
 * magnitude, negative c, or where several parameters are negative (the series alternate).
 *
 * Special cases
 * - NaN in, NaN out; z = 0, a = 0 or b = 0: 1;
 * - c = 0, −1, −2, …: NaN (pole) unless the series terminates first (a or b = −m with m ≤ −c);
 * - z = 1: Gauss's sum Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)) when c − a − b > 0, else ±Inf (divergent);
 * - z > 1: NaN (on the branch cut, the value is not real) unless the series terminates;
 * - z = −Inf: 0 when a, b > 0 and the series does not terminate, else NaN.
 */
import { digammaPrivate, gammaPrivate, gammaRatio, gammaSign, lgammaDelta, logAbs1p, mulSafe } from './zeta-expint-hyper-common.js';

const EPS = 1.1102230246251565e-16; // 2^-53
const MAX_TERMS = 20000;

const isNonPositiveInteger = (x: number) => x <= 0 && x === Math.floor(x);

/*
 * Module state lives in one object: V8 keeps its number fields unboxed, where module-level `let`
 * numbers would allocate a heap number on every write.
 * - magnitude: a running error estimate in units of eps, set by every evaluator: Σ |term| · (a
 *   count of the roundings behind the term: ~2 per factor of a product of ratios), so that
 *   magnitude/|r| for a result r estimates its relative error in ulps — cancellation and the
 *   accumulation of long products both count. Used to pick the better method;
 * - last: the last partial sum of gaussSeries (to rescale `magnitude` when the series is multiplied);
 * - sHi, sLo, sInverted, sValue, sLog: the point near 1 (see powS);
 * - mHi, mLo: c − a − b exactly (see exactDifference).
 */
const st = { magnitude: 0, last: 1, sHi: 1, sLo: 0, sInverted: false, sValue: 1, sLog: 0, mHi: 0, mLo: 0 };

/**
 * Σ_k (a)_k (b)_k / ((c)_k k!) z^k. Stops when a term is below EPS of the sum once k is past every
 * negative parameter (so a term that is small only because a + k ≈ 0 does not end the sum) and the
 * terms are shrinking; exact zero terms end a terminating series. NaN if it does not converge.
 */
function gaussSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let big = 1;
  const kmin = Math.max(0, -a, -b, -c);
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    big += Math.abs(term) * (2 * k + 4);
    if (term === 0 || (k >= kmin && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs(ratio) < 1) || !Number.isFinite(sum)) {
      st.magnitude = big;
      st.last = sum;
      return sum;
    }
  }
  st.magnitude = big;
  st.last = sum;
  return NaN;
}

/*
 * The point near 1: s = 1 − w, either s itself (sInverted false, sHi = s, sLo = 0) or s = 1/(1 − z)
 * with 1 − z = sHi + sLo exactly (sInverted true). powS(x) = s^x without amplifying the rounding of
 * s by the exponent; sValue is s rounded, sLog = ln s (all in st).
 */

function powS(x: number): number {
  if (!st.sInverted) return Math.pow(st.sHi, x);
  return Math.pow(st.sHi, -x) * (1 - (x * st.sLo) / st.sHi);
}

/** m = c − a − b exactly as st.mHi + st.mLo (Knuth's two-sum twice; mLo carries the rounding errors). */
function exactDifference(a: number, b: number, c: number): void {
  const t = c - a;
  const tv = t - c;
  const tErr = c - (t - tv) + (-a - tv);
  const m = t - b;
  const mv = m - t;
  st.mHi = m;
  st.mLo = tErr + (t - (m - mv) + (-b - mv));
}

/**
 * s^p0 ₂F₁(a, b; c; 1 − s) when m = c − a − b = n + ε is within 0.1 of an integer n but not equal to
 * it, where A&S 15.3.6 cancels like 1/ε. Pairing the k = n + j term of its first series with the
 * j-th term of its second series, the singular parts cancel analytically:
 *   F = G [ Σ_{k<n} (−1)^k Γ(m − k) (a)_k (b)_k s^k / k!
 *           + (−1)^n π/sin(πε) · (a)_n (b)_n / n! · s^n Σ_j τ_j s^j e^Δ_j expm1(L_j − Δ_j) ]
 * (π/sin(πε) = Γ(ε)Γ(1 − ε) continues the recurrence of the finite part),
 * G = Γ(c)/(Γ(c − a)Γ(c − b)), τ_j = (a + n)_j (b + n)_j / ((1 + n)_j j!),
 * Δ_j = ln[Γ(a+n+j+ε)Γ(b+n+j+ε)Γ(1+n+j) / (Γ(a+n+j)Γ(b+n+j)Γ(1+n+j+ε))] + ε ln s,
 * L_j = ln[Γ(1 + j)/Γ(1 + j − ε)]. Δ_j and L_j are O(ε), built from lgammaDelta and log1p
 * increments, and ε is exact (exactDifference), so expm1(L_j − Δ_j)/sin(πε) keeps full relative
 * accuracy as ε → 0 (the idea of Michel & Stoitsov, Comput. Phys. Commun. 178 (2008) 535, §4).
 * n < 0 goes through Euler's transformation F = s^m ₂F₁(c − a, c − b; c; 1 − s), which flips m.
 */
function nearInteger(a: number, b: number, c: number, p0: number, n: number, e: number): number {
  const m = n + e;
  if (n < 0) {
    const a2 = c - a;
    const b2 = c - b;
    exactDifference(a2, b2, c);
    const n2 = Math.round(st.mHi);
    return nearInteger(a2, b2, c, p0 + m, n2, st.mHi - n2 + st.mLo);
  }
  const s = st.sValue;
  // finite part, term_k = (−1)^k G Γ(m − k) (a)_k (b)_k s^k / k! by recurrence from G Γ(m) (paired
  // gammas: no overflow of G or Γ(m) alone); after the loop term = (−1)^n G Γ(ε) (a)_n (b)_n s^n / n!
  let term = gammaRatio(c, m, c - a, c - b);
  let finite = 0;
  for (let k = 0; k < n; k++) {
    finite += term;
    term *= -(((a + k) * (b + k)) / ((k + 1) * (m - k - 1))) * s;
  }
  let delta = lgammaDelta(a + n, e) + lgammaDelta(b + n, e) - lgammaDelta(1 + n, e) + e * st.sLog;
  let sigma = gammaSign(a + n + e) * gammaSign(a + n) * gammaSign(b + n + e) * gammaSign(b + n);
  let l = -lgammaDelta(1, -e);
  let tau = 1;
  let sum = 0;
  let sumAbs = 0;
  for (let j = 0; j < MAX_TERMS; j++) {
    const t = sigma > 0 ? tau * Math.exp(delta) * Math.expm1(l - delta) : tau * (Math.exp(l) + Math.exp(delta));
    sum += t;
    sumAbs += Math.abs(t) * (j + 4);
    if (j >= -a - n && j >= -b - n && Math.abs(t) <= EPS * Math.abs(sum)) break;
    tau *= (((a + n + j) * (b + n + j)) / ((1 + n + j) * (1 + j))) * s;
    const ua = e / (a + n + j);
    const ub = e / (b + n + j);
    delta += logAbs1p(ua) + logAbs1p(ub) - Math.log1p(e / (1 + n + j));
    if (ua < -1) sigma = -sigma;
    if (ub < -1) sigma = -sigma;
    l -= Math.log1p(-e / (1 + j));
  }
  // (−1)^n G π/sin(πε) (a)_n (b)_n s^n / n! = term / Γ(ε) · π/sin(πε) = term Γ(1 − ε)
  const scale = powS(p0);
  const f = finite * scale;
  const rest = term * gammaPrivate(1 - e) * sum * scale;
  st.magnitude = Math.abs(f) * (n + 2) + Math.abs(rest) * (sumAbs / Math.abs(sum));
  return f + rest;
}

/**
 * s^p0 ₂F₁(a, b; c; 1 − s) for 0 < s ≤ 1/2 (s, its powers and logarithm from the state above) by
 * the 1 − w connection formula (A&S 15.3.6), its near-integer form (nearInteger), or its limiting
 * forms with logarithms and digamma values when c − a − b is an integer (A&S 15.3.10–15.3.12).
 */
function nearOne(a: number, b: number, c: number, p0: number): number {
  const s = st.sValue;
  const ls = st.sLog;
  exactDifference(a, b, c);
  const n = Math.round(st.mHi);
  const e = st.mHi - n + st.mLo;
  const m = e === 0 ? n : st.mHi; // an exact integer in the degenerate case (st.mHi may be off by its rounding)
  if (e !== 0) {
    if (Math.abs(e) < 0.1) return nearInteger(a, b, c, p0, n, e);
    // A&S 15.3.6
    const t1 = gammaRatio(c, m, c - a, c - b) * gaussSeries(a, b, 1 - m, s);
    const m1 = st.magnitude * Math.abs(t1 / st.last);
    const t2 = gammaRatio(c, -m, a, b) * gaussSeries(c - a, c - b, m + 1, s);
    const m2 = st.magnitude * Math.abs(t2 / st.last);
    const p1 = powS(p0);
    const p2 = powS(p0 + m);
    const r = mulSafe(t1, p1) + mulSafe(t2, p2);
    const mag = mulSafe(m1, p1) + mulSafe(m2, p2);
    st.magnitude = mag;
    if (!(mag > 16 * Math.abs(r)) || Math.abs(e) >= 0.5) return r;
    // the two terms cancel: the rearranged form, if it cancels less
    const r2 = nearInteger(a, b, c, p0, n, e);
    if (st.magnitude / Math.abs(r2) < mag / Math.abs(r)) return r2;
    st.magnitude = mag;
    return r;
  }
  if (m >= 0) {
    // A&S 15.3.10 (m = 0), 15.3.11 (m ≥ 1): c = a + b + m
    let finite = 0;
    if (m > 0) {
      let t = 1;
      let sum = 1;
      for (let k = 0; k < m - 1; k++) {
        t *= (((a + k) * (b + k)) / ((k + 1) * (1 - m + k))) * s;
        sum += t;
      }
      finite = gammaRatio(m, c, a + m, b + m) * sum * powS(p0);
    }
    // − (w − 1)^m Γ(c)/(Γ(a)Γ(b)) Σ (a+m)_n (b+m)_n / (n! (n+m)!) s^n [ln s − ψ(n+1) − ψ(n+m+1) + ψ(a+n+m) + ψ(b+n+m)]
    let psi1 = digammaPrivate(1);
    let psi2 = digammaPrivate(m + 1);
    let psia = digammaPrivate(a + m);
    let psib = digammaPrivate(b + m);
    let t = 1;
    for (let j = 1; j <= m; j++) t /= j; // 1/m!
    let sum = t * (ls - psi1 - psi2 + psia + psib);
    for (let k = 0; k < MAX_TERMS; k++) {
      t *= (((a + m + k) * (b + m + k)) / ((k + 1) * (k + m + 1))) * s;
      psi1 += 1 / (k + 1);
      psi2 += 1 / (k + m + 1);
      psia += 1 / (a + m + k);
      psib += 1 / (b + m + k);
      const term = t * (ls - psi1 - psi2 + psia + psib);
      sum += term;
      if (k >= -a - m && k >= -b - m && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs(t) <= EPS * Math.abs(sum)) break;
    }
    const sign = m % 2 === 0 ? 1 : -1; // (w − 1)^m = (−s)^m
    const second = sign * powS(p0 + m) * gammaRatio(c, 1, a, b) * sum;
    st.magnitude = (Math.abs(finite) + Math.abs(second)) * 16;
    return finite - second;
  }
  // A&S 15.3.12: c = a + b − M, M ≥ 1
  const M = -m;
  let t = 1;
  let fsum = 1;
  for (let k = 0; k < M - 1; k++) {
    t *= (((a - M + k) * (b - M + k)) / ((k + 1) * (1 - M + k))) * s;
    fsum += t;
  }
  const finite = gammaRatio(M, c, a, b) * fsum * powS(p0 - M);
  const coef = gammaRatio(c, 1, a - M, b - M);
  st.magnitude = Math.abs(finite) * (M + 2);
  if (coef === 0) return finite;
  let psi1 = digammaPrivate(1);
  let psi2 = digammaPrivate(M + 1);
  let psia = digammaPrivate(a);
  let psib = digammaPrivate(b);
  t = 1;
  for (let j = 1; j <= M; j++) t /= j; // 1/M!
  let sum = t * (ls - psi1 - psi2 + psia + psib);
  for (let k = 0; k < MAX_TERMS; k++) {
    t *= (((a + k) * (b + k)) / ((k + 1) * (k + M + 1))) * s;
    psi1 += 1 / (k + 1);
    psi2 += 1 / (k + M + 1);
    psia += 1 / (a + k);
    psib += 1 / (b + k);
    const term = t * (ls - psi1 - psi2 + psia + psib);
    sum += term;
    if (k >= -a && k >= -b && Math.abs(term) <= EPS * Math.abs(sum) && Math.abs(t) <= EPS * Math.abs(sum)) break;
  }
  const sign = M % 2 === 0 ? 1 : -1; // (−1)^M
  const second = sign * coef * sum * powS(p0);
  st.magnitude = (Math.abs(finite) + Math.abs(second)) * 16;
  return finite - second;
}

/**
 * How many leading terms of the series with parameters (p, q; c) at x can change sign: a negative
 * parameter v flips the sign of the first ⌈−v⌉ terms, a negative x all of them. Used to prefer,
 * among equivalent series, one of positive terms (no cancellation).
 */
function signChanges(p: number, q: number, c: number, x: number): number {
  let n = x < 0 ? 1000 : 0;
  if (p < 0) n += Math.min(999, Math.ceil(-p));
  if (q < 0) n += Math.min(999, Math.ceil(-q));
  if (c < 0) n += Math.min(999, Math.ceil(-c));
  return n;
}

/** (hi + lo)^e, lo ≪ hi the rounding error of hi: hi^e (1 + e lo/hi). */
const powCorrected = (hi: number, lo: number, e: number) => Math.pow(hi, e) * (1 + (e * lo) / hi);

/**
 * ₂F₁(a, b; c; z) for −1 ≤ z ≤ 0.9 by a convergent series: the Gauss series, its Euler transform
 * (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z) (z > 0), or a Pfaff transform in w = z/(z − 1) (z < 0),
 * whichever has the fewest sign changes (signChanges).
 */
function bestSeries(a: number, b: number, c: number, z: number): number {
  const hi = 1 - z;
  const lo = 1 - hi - z;
  const direct = signChanges(a, b, c, z);
  if (z > 0) {
    if (signChanges(c - a, c - b, c, z) < direct) {
      const v = powCorrected(hi, lo, c - a - b) * gaussSeries(c - a, c - b, c, z);
      st.magnitude *= Math.abs(v / st.last);
      return v;
    }
    return gaussSeries(a, b, c, z);
  }
  const s = (1 / hi) * (1 - lo / hi); // 1 − w = 1/(1 − z)
  const w = -z * s;
  const p1 = signChanges(a, c - b, c, w);
  const p2 = signChanges(c - a, b, c, w);
  if (Math.min(p1, p2) < direct) {
    const v = p1 <= p2 ? powCorrected(hi, lo, -a) * gaussSeries(a, c - b, c, w) : powCorrected(hi, lo, -b) * gaussSeries(c - a, b, c, w);
    st.magnitude *= Math.abs(v / st.last);
    return v;
  }
  return gaussSeries(a, b, c, z);
}

/**
 * s^p0 ₂F₁(a, b; c; w) for 1/2 < w < 1, s = 1 − w (state above): the connection formulas, unless
 * their error estimate exceeds 2 ulp and the best series in w (up to w = 0.9) promises less.
 */
function upperHalf(a: number, b: number, c: number, w: number, p0: number): number {
  const r = nearOne(a, b, c, p0);
  const loss = Number.isFinite(r) ? st.magnitude / Math.abs(r) : Infinity;
  if (!(loss > 2) || w > 0.9) return r;
  const scale = powS(p0);
  const t = bestSeries(a, b, c, w) * scale;
  return (st.magnitude * Math.abs(scale)) / Math.abs(t) < loss ? t : r;
}

/**
 * The terminating series ₂F₁(−m, b; c; z) (m ≥ 0 an integer). For z > 1/2 it is mapped to 1 − z
 * (DLMF 15.8.7), F = (c − b)_m/(c)_m ₂F₁(−m, b; b − c − m + 1; 1 − z), where the direct sum would
 * alternate; when b − c − m + 1 = −m (the Beta-cdf case b = c − 1) the quotient (−m)_k/(−m)_k is
 * 1 and the sum is Σ_{k≤m} (b)_k (1 − z)^k / k!, of positive terms: used for every 0 < z < 1.
 * y = 1 − z, supplied by the caller (exactly, or as accurately as it is known).
 */
function terminating(m: number, b: number, c: number, z: number, y: number): number {
  const c2 = b - c - m + 1;
  // (−m)_k/(−m)_k = 1: Σ (b)_k y^k / k!, positive terms for b > 0, y > 0 (c2 may miss −m by the
  // rounding of c = b + 1: the quotient is then 1 to within that rounding)
  const beta = Math.abs(c2 + m) <= 1e-14 * Math.max(1, Math.abs(b));
  if ((z <= 0.5 && !(beta && z > 0)) || (isNonPositiveInteger(c2) && c2 > -m)) return gaussSeries(-m, b, c, z);
  let f = 1;
  for (let k = 0; k < m; k++) f *= (c - b + k) / (c + k);
  if (beta) {
    let t = 1;
    let sum = 1;
    for (let k = 0; k < m; k++) {
      t *= ((b + k) / (k + 1)) * y;
      sum += t;
    }
    return f * sum;
  }
  return f * gaussSeries(-m, b, c2, y);
}

export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (a !== a || b !== b || c !== c || z !== z) return NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return NaN;
  const aTerm = isNonPositiveInteger(a);
  const bTerm = isNonPositiveInteger(b);
  if (isNonPositiveInteger(c) && !((aTerm && a >= c) || (bTerm && b >= c))) return NaN;
  if (aTerm || bTerm) {
    if (!Number.isFinite(z)) return NaN;
    const y = 1 - z;
    return aTerm && (!bTerm || a >= b) ? terminating(-a, b, c, z, y) : terminating(-b, a, c, z, y);
  }
  if (z === 1) {
    const m = c - a - b;
    if (m > 0) return gammaRatio(c, m, c - a, c - b);
    return gammaSign(c) * gammaSign(a) * gammaSign(b) * Infinity;
  }
  if (z > 1) return NaN;
  if (z === -Infinity) return a > 0 && b > 0 ? 0 : NaN;
  if (z >= -1 && z <= 0.5) {
    // Large parameters make the series peak late (term index ~ |b| w/(1 − w)) and accumulate
    // rounding; for z < −1/4 the connection formula in 1/(1 − z) converges geometrically instead.
    if (z < -0.25 && Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) * -z > 20) {
      const r = pfaffConnection(a, b, c, z, false);
      const loss = Number.isFinite(r) ? st.magnitude / Math.abs(r) : Infinity;
      if (loss <= 16) return r;
      const t = bestSeries(a, b, c, z);
      return st.magnitude / Math.abs(t) < loss ? t : r;
    }
    return bestSeries(a, b, c, z);
  }
  if (z > 0.5) {
    st.sHi = st.sValue = 1 - z;
    st.sLo = 0;
    st.sInverted = false;
    st.sLog = Math.log1p(-z);
    return upperHalf(a, b, c, z, 0);
  }
  return pfaffConnection(a, b, c, z, true);
}

/**
 * z < 0 by Pfaff, (1 − z)^−p ₂F₁(p, q; c; w), w = z/(z − 1), then the connection formulas in
 * s = 1 − w = 1/(1 − z) (upperHalf when `fallback`, which may switch to a series for w ≤ 0.9;
 * nearOne alone otherwise). Of (p, q) = (a, c − b) and (b, c − a): the one that terminates, else the
 * one with fewer negative parameters.
 */
function pfaffConnection(a: number, b: number, c: number, z: number, fallback: boolean): number {
  const hi = 1 - z;
  const lo = 1 - hi - z;
  let p = a;
  let q = c - b;
  const negatives = (x: number, y: number) => (x < 0 ? 1 : 0) + (y < 0 ? 1 : 0);
  if (isNonPositiveInteger(c - a) || (!isNonPositiveInteger(c - b) && negatives(b, c - a) < negatives(a, c - b))) {
    p = b;
    q = c - a;
  }
  st.sHi = hi;
  st.sLo = lo;
  st.sInverted = true;
  st.sValue = (1 / hi) * (1 - lo / hi); // 1 − w = 1/(1 − z)
  st.sLog = -(Math.log(hi) + lo / hi);
  const w = -z * st.sValue;
  if (isNonPositiveInteger(q)) {
    st.magnitude = 0;
    return powS(p) * terminating(-q, p, c, w, st.sValue);
  }
  return fallback ? upperHalf(p, q, c, w, p) : nearOne(p, q, c, p);
}
