/**
 * Hurwitz zeta function ζ(s, a) = Σ_{k≥0} (a + k)^−s (SymPy's zeta(s, a)) for real s and a.
 *
 * Method: Euler–Maclaurin summation (DLMF 25.11.ii; as in Cephes zeta.c, here with 16 Bernoulli
 * terms, a compensated direct sum and exact argument errors):
 *   ζ(s, a) = Σ_{k<N} (a + k)^−s + w^(1−s)/(s − 1) + w^−s/2 + Σ_{j=1..16} B_2j/(2j)! (s)_(2j−1) w^(−s−2j+1),
 * w = a + N. The remainder after the last used term is below 1e-17 of ζ(s, w) when w ≥ 9 + 0.6 s
 * (measured with mpmath for s in (1, 200]; the terms shrink like ((s + 2j)/(2πw))²), so the direct
 * sum runs until a + k reaches that, or stops early once the rest is below 2^−57 of the sum
 * (large s). a + k is rounded; its exact error e is put back through (a + k)^−s (1 − s e/(a + k)),
 * since the exponent would otherwise turn half an ulp of a + k into s/2 ulp of the term. The direct
 * terms are added with Neumaier's compensated summation.
 * - 0 < s < 1: the same with w ≥ 9 (the continuation; the direct sum and w^(1−s)/(s − 1) cancel by a
 *   factor ~ w^(1−s)/((1 − s)|ζ|), a few ulp).
 * - s = −n ≤ 0 an integer: the formula is finite at w = a (no direct terms): it is −B_{n+1}(a)/(n+1),
 *   for every real a.
 * - s < 0 not an integer: the expansion at w = a when a ≥ (|s| + 34)/(2π) · 1.3, where it converges
 *   without cancellation; otherwise NaN (not implemented: the direct sum would cancel).
 * - a < 0 (not an integer) with s > 1 an integer: ζ(s, a) = Σ_{k<m} (a + k)^−s + ζ(s, a + m),
 *   m = ⌈−a⌉ (NaN for a < −10^6); with s not an integer (a + k)^−s is complex: NaN.
 * Error: a few ulp for s > 1, a > 0 (docs/accuracy.md).
 *
 * Special cases
 * - NaN in, NaN out; s = 1: +Inf (pole, as zeta(1)); a = 0, −1, −2, …: NaN (pole);
 * - s = +Inf: 0 (a > 1), 1 (a = 1), +Inf (0 < a < 1); a = +Inf: 0 for s > 1, NaN otherwise.
 */

/** B_2j / (2j)!, j = 1..16. */
const BERNOULLI_OVER_FACTORIAL = [
  0.08333333333333333, -0.001388888888888889, 3.306878306878307e-5, -8.267195767195768e-7, 2.08767569878681e-8,
  -5.284190138687493e-10, 1.3382536530684679e-11, -3.3896802963225827e-13, 8.586062056277845e-15, -2.174868698558062e-16,
  5.5090028283602295e-18, -1.3954464685812522e-19, 3.534707039629467e-21, -8.953517427037546e-23, 2.267952452337683e-24,
  -5.744790668872202e-26,
];

const EPS = 1.1102230246251565e-16; // 2^-53

/**
 * Euler–Maclaurin for ζ(s, a): direct terms while a + k < wmin (stopping early when the rest is
 * negligible, s > 1), then the expansion at w = a + N. `exactTail`: s is a non-positive integer,
 * the expansion is finite and every term is used.
 */
function eulerMaclaurin(s: number, a: number, wmin: number, exactTail: boolean): number {
  let sum = 0;
  let comp = 0;
  let k = 0;
  let w = a;
  let wl = 0;
  while (w < wmin) {
    const p = Math.pow(w, -s) * (1 - (s * wl) / w);
    if (p === Infinity) return Infinity;
    const t = sum + p;
    comp += Math.abs(sum) >= Math.abs(p) ? sum - t + p : p - t + sum;
    sum = t;
    if (s > 1 && p * (1 + (w + 1) / (s - 1)) < 6.938893903907228e-18 * sum) return sum + comp;
    k++;
    w = a + k;
    const bv = w - a;
    wl = a - (w - bv) + (k - bv);
  }
  // w^(1−s) first: it underflows later than w^−s (w ≥ 1 here unless s ≤ 0)
  const q = Math.pow(w, 1 - s) * (1 - ((s - 1) * wl) / w);
  const p = q / w;
  let tail = q / (s - 1) + 0.5 * p;
  let fac = (s * p) / w;
  const w2 = 1 / (w * w);
  for (let j = 0; j < 16; j++) {
    if (fac === 0) break;
    const t = BERNOULLI_OVER_FACTORIAL[j] * fac;
    tail += t;
    if (!exactTail && Math.abs(t) < EPS * Math.abs(sum + tail)) break;
    fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * w2;
  }
  return sum + tail + comp;
}

export function hurwitz_zeta(s: number, a: number): number {
  if (s !== s || a !== a) return NaN;
  if (s === 1) return Infinity;
  if (a <= 0 && a === Math.floor(a)) return NaN;
  if (s === Infinity) return a > 1 ? 0 : a === 1 ? 1 : a > 0 ? Infinity : NaN;
  if (s === -Infinity) return NaN;
  if (a === Infinity) return s > 1 ? 0 : NaN;
  const integerS = s === Math.floor(s);
  if (s <= 0 && integerS) return eulerMaclaurin(s, a, -Infinity, true);
  if (a < 0) {
    if (!integerS || s < 1) return NaN;
    // shift a into (0, 1]: ζ(s, a) = Σ_{k<m} (a + k)^−s + ζ(s, a + m); s is an integer here
    const m = Math.ceil(-a);
    if (m > 1e6) return NaN;
    let head = 0;
    for (let k = 0; k < m; k++) head += Math.pow(a + k, -s);
    return head + hurwitz_zeta(s, a + m);
  }
  if (s > 1) return eulerMaclaurin(s, a, 9 + 0.6 * s, false);
  if (s > 0) return eulerMaclaurin(s, a, 9, false);
  if (a >= ((34 - s) / (2 * Math.PI)) * 1.3) return eulerMaclaurin(s, a, -Infinity, false);
  return NaN;
}
