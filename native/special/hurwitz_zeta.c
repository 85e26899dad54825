/*
 * Hurwitz zeta function zeta(s, a) = sum_{k>=0} (a + k)^-s (SymPy's zeta(s, a)) for real s and a.
 * C twin of src/special/incomplete/hurwitz-zeta.ts.
 *
 * Method: Euler-Maclaurin summation (DLMF 25.11.ii; as in Cephes zeta.c, here with 16 Bernoulli
 * terms, a compensated direct sum and exact argument errors):
 *   zeta(s, a) = sum_{k<N} (a + k)^-s + w^(1-s)/(s - 1) + w^-s/2
 *                + sum_{j=1..16} B_2j/(2j)! (s)_(2j-1) w^(-s-2j+1),    w = a + N.
 * The remainder after the last used term is below 1e-17 of zeta(s, w) when w >= 9 + 0.6 s (measured
 * with mpmath for s in (1, 200]; the terms shrink like ((s + 2j)/(2 pi w))^2), so the direct sum runs
 * until a + k reaches that, or stops early once the rest is below 2^-57 of the sum (large s). a + k
 * is rounded; its exact error e is put back through (a + k)^-s (1 - s e/(a + k)), since the exponent
 * would otherwise turn half an ulp of a + k into s/2 ulp of the term. Direct terms are added with
 * Neumaier's compensated summation.
 * - 0 < s < 1: the same with w >= 9 (the continuation; the direct sum and w^(1-s)/(s - 1) cancel by
 *   a factor ~ w^(1-s)/((1 - s)|zeta|), a few ulp).
 * - s = -n <= 0 an integer: the formula is finite at w = a (no direct terms): it is
 *   -B_{n+1}(a)/(n+1) for every real a (cancels near the zeros of the Bernoulli polynomial).
 * - s < 0 not an integer: the expansion at w = a when a >= (|s| + 34)/(2 pi) 1.3, where it converges
 *   without cancellation; otherwise NaN (not implemented: the direct sum would cancel).
 * - a < 0 (not an integer) with s > 1 an integer: zeta(s, a) = sum_{k<m} (a + k)^-s + zeta(s, a + m),
 *   m = ceil(-a) (NaN for a < -10^6); with s not an integer (a + k)^-s is complex: NaN.
 * Error: a few ulp for s > 1, a > 0 (docs/accuracy.md).
 *
 * Special cases
 * - NaN in, NaN out; s = 1: +Inf (pole, as zeta(1)); a = 0, -1, -2, ...: NaN (pole);
 * - s = +Inf: 0 (a > 1), 1 (a = 1), +Inf (0 < a < 1); a = +Inf: 0 for s > 1, NaN otherwise.
 */
#ifndef SK_SPECIAL_HURWITZ_ZETA_C
#define SK_SPECIAL_HURWITZ_ZETA_C

#include <math.h>

/* B_2j / (2j)!, j = 1..16. */
static const double SK_HURWITZ_BERNOULLI[16] = {
  0.08333333333333333, -0.001388888888888889, 3.306878306878307e-5, -8.267195767195768e-7, 2.08767569878681e-8,
  -5.284190138687493e-10, 1.3382536530684679e-11, -3.3896802963225827e-13, 8.586062056277845e-15, -2.174868698558062e-16,
  5.5090028283602295e-18, -1.3954464685812522e-19, 3.534707039629467e-21, -8.953517427037546e-23, 2.267952452337683e-24,
  -5.744790668872202e-26
};

static double sk_hurwitz_em(double s, double a, double wmin, int exact_tail) {
  const double eps = 1.1102230246251565e-16;
  double sum = 0, comp = 0, w = a, wl = 0;
  double k = 0;
  while (w < wmin) {
    double p = pow(w, -s) * (1 - (s * wl) / w);
    if (p == INFINITY) return INFINITY;
    double t = sum + p;
    comp += fabs(sum) >= fabs(p) ? sum - t + p : p - t + sum;
    sum = t;
    if (s > 1 && p * (1 + (w + 1) / (s - 1)) < 6.938893903907228e-18 * sum) return sum + comp;
    k++;
    w = a + k;
    double bv = w - a;
    wl = a - (w - bv) + (k - bv);
  }
  double q = pow(w, 1 - s) * (1 - ((s - 1) * wl) / w);
  double p = q / w;
  double tail = q / (s - 1) + 0.5 * p;
  double fac = (s * p) / w;
  double w2 = 1 / (w * w);
  for (int j = 0; j < 16; j++) {
    if (fac == 0) break;
    double t = SK_HURWITZ_BERNOULLI[j] * fac;
    tail += t;
    if (!exact_tail && fabs(t) < eps * fabs(sum + tail)) break;
    fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * w2;
  }
  return sum + tail + comp;
}

static double sk_hurwitz_zeta(double s, double a) {
  const double pi = 3.141592653589793;
  if (isnan(s) || isnan(a)) return NAN;
  if (s == 1) return INFINITY;
  if (a <= 0 && a == floor(a)) return NAN;
  if (s == INFINITY) return a > 1 ? 0.0 : a == 1 ? 1.0 : a > 0 ? INFINITY : NAN;
  if (s == -INFINITY) return NAN;
  if (a == INFINITY) return s > 1 ? 0.0 : NAN;
  int integer_s = s == floor(s);
  if (s <= 0 && integer_s) return sk_hurwitz_em(s, a, -INFINITY, 1);
  if (a < 0) {
    if (!integer_s || s < 1) return NAN;
    double m = ceil(-a), head = 0;
    if (m > 1e6) return NAN;
    for (double k = 0; k < m; k++) head += pow(a + k, -s);
    return head + sk_hurwitz_zeta(s, a + m);
  }
  if (s > 1) return sk_hurwitz_em(s, a, 9 + 0.6 * s, 0);
  if (s > 0) return sk_hurwitz_em(s, a, 9, 0);
  if (a >= ((34 - s) / (2 * pi)) * 1.3) return sk_hurwitz_em(s, a, -INFINITY, 0);
  return NAN;
}

#endif
