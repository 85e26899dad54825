/*
 * sk_polygamma(n, x) = ψ^(n)(x), the n-th derivative of the digamma function, for integer n ≥ 0
 * and every real x. polygamma(0, x) = digamma(x).
 *
 * Method (n ≥ 1; s = n + 1)
 *   x > 0: ψ^(n)(x) = (-1)^(n+1) n! ζ(s, x), with the Hurwitz zeta function by Euler–Maclaurin
 *   summation (see e.g. F. Johansson, "Rigorous high-precision computation of the Hurwitz zeta
 *   function and its derivatives", Numer. Algorithms 69 (2015)):
 *       ζ(s, x) = Σ_{k<N} (x+k)^-s + y^-s [y/n + 1/2 + Σ_j B_2j/(2j)! (s)_{2j-1} y^(1-2j)],
 *   y = x + N ≥ 12 + n (so the series terms fall at least by (s+2j)²/(2π y)² < 1/16 each; at most
 *   24 terms, stopped below 2^-60 of the sum); for large n the direct sum stops once its terms
 *   fall below 2^-60 of the first (then the tail is negligible too), so any n takes bounded
 *   work. x + k and y are carried as exact two-sums hi + lo
 *   and the powers corrected to first order, (hi+lo)^-s = hi^-s (1 - s lo/hi). All powers are
 *   taken of arguments scaled by 2^-e (x = m 2^e, m in [1/2, 1)), an exact scaling, and the
 *   factor 2^-es is applied once at the end together with n! (as mantissa and exponent), so
 *   that neither overflows nor underflows early. For n > 170, n! overflows: the terms are taken
 *   relative to the first one and scaled by exp(lgamma(n+1) - s log x) (relative error then
 *   grows like 1e-16·n log n).
 *   x < 0: reflection, the n-th derivative of ψ(1-x) - ψ(x) = π cot(πx):
 *       ψ^(n)(x) = (-1)^n ψ^(n)(1-x) - π^(n+1) P_n(cot πx),
 *   where d^n/dt^n cot t = P_n(cot t), P_0(c) = c, P_{k+1}(c) = -(1 + c²) P_k'(c); P_n has terms
 *   of one parity only, all of one sign, so it is evaluated without cancellation (in c²).
 *   1 - x is an exact two-sum. cot πx with exact reduction of |x| modulo 1. The relative error is
 *   about (n+1) ulp from cot, and grows near the zeros of ψ^(n) (even n) by cancellation.
 *   Error: measured ≤ 4 ulp for x > 0 and n ≤ 60, ≤ 10 ulp for x < 0 away from the zeros; for
 *   n > 170 up to 2e-13 relative (docs/accuracy.md).
 *
 * Special cases
 *   polygamma(n, x) = NaN if n is NaN, negative, not an integer or infinite, or x is NaN
 *   polygamma(0, x) = digamma(x)
 *   polygamma(n, +Inf) = +0 (n odd), -0 (n even); polygamma(n, -Inf) = NaN
 *   x = 0 or a negative integer (a pole of order n+1): +Inf for odd n (both sides agree);
 *     for even n, -Inf at +0, +Inf at -0, NaN at the negative integers
 *   n > 170 and x < 0: NaN (not implemented; the values overflow except near half-integers)
 */
#ifndef SK_SPECIAL_POLYGAMMA_C
#define SK_SPECIAL_POLYGAMMA_C
#include <math.h>
#include "special/gamma.c"
#include "special/lgamma.c"
#include "special/digamma.c"

/* B_2j / (2j)!, j = 1 … 24 */
static const double sk_gm_bernoulli_over_factorial[24] = {
  0.08333333333333333, -0.001388888888888889, 3.306878306878307e-05, -8.267195767195768e-07,
  2.08767569878681e-08, -5.284190138687493e-10, 1.3382536530684679e-11, -3.3896802963225827e-13,
  8.586062056277845e-15, -2.174868698558062e-16, 5.5090028283602295e-18, -1.3954464685812522e-19,
  3.534707039629467e-21, -8.953517427037546e-23, 2.267952452337683e-24, -5.744790668872202e-26,
  1.455172475614865e-27, -3.6859949406653103e-29, 9.336734257095045e-31, -2.36502241570063e-32,
  5.990671762482134e-34, -1.5174548844682903e-35, 3.843758125454189e-37, -9.736353072646691e-39,
};

/* (hi + lo)^-s · scale^-s = (hi · scale)^-s (1 - s lo / hi), hi + lo > 0, s ≥ 2 an integer;
   scale is a power of two, so hi · scale is exact. */
static inline double sk_gm_scaled_power(double hi, double lo, double scale, double s)
{
  double b = hi * scale;
  double p;
  if (s <= 4.0) {
    double u = 1.0 / b, u2 = u * u;
    p = s == 2.0 ? u2 : s == 3.0 ? u2 * u : u2 * u2;
  } else {
    p = pow(b, -s);
  }
  return lo == 0 ? p : p * (1.0 - s * lo / hi);
}

/*
 * ψ^(n)(x) for x > 0 and n > 170, where n! overflows and the scaled powers could too: every term
 * relative to the first, (x/(x+k))^s = exp(-s log1p(k/x)) (its exponent ≥ -42 where it counts,
 * so its error stays ~1e-16), times exp(lgamma(n+1) - s log x), whose error grows with the size
 * of that exponent (≈ 1e-16 n log n relative).
 */
static inline double sk_gm_polygamma_pos_large(double n, double x)
{
  double s = n + 1.0, y0 = 12.0 + n;
  double count_d = x < y0 ? ceil(y0 - x) : 0, k_eff = x * expm1(41.58883083359672 / s) + 2.0;
  int tail_needed = 1;
  if (k_eff < count_d) { count_d = ceil(k_eff); tail_needed = 0; }
  int count = (int)count_d;
  double rel = 0;
  for (int k = count - 1; k >= 0; k--) rel += exp(-s * log1p(k / x));
  if (tail_needed) {
    double y = x + count;
    double inv2 = 1.0 / (y * y), fac = s / y, main = y / n + 0.5, series = 0;
    for (int j = 0; j < 24; j++) {
      double term = sk_gm_bernoulli_over_factorial[j] * fac;
      series += term;
      if (fabs(term) < 0x1p-60 * main) break;
      fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * inv2;
    }
    rel += exp(-s * log1p(count / x)) * (main + series);
  }
  double sign = fmod(n, 2.0) == 1.0 ? 1.0 : -1.0;
  return sign * exp(sk_gm_lgamma_pos(n + 1.0) - s * log(x)) * rel;
}

/* ψ^(n)(x) for x = xhi + xlo > 0, 1 ≤ n ≤ 170 an integer (as a double). */
static inline double sk_gm_polygamma_pos(double n, double xhi, double xlo)
{
  double s = n + 1.0;
  double y0 = 12.0 + n;
  int e;
  frexp(xhi, &e);
  double scale = ldexp(1.0, -e);
  double sum = 0;
  double yhi = xhi, ylo = xlo;
  int tail_needed = 1;
  if (xhi < y0) {
    /* terms (x+k)^-s below 2^-60 of the first one, k > x (2^(60/s) - 1), do not count: for large
       orders the sum stops there (and the tail beyond, ≤ (x+k)/n times the last term, too), so
       the work is bounded for any n */
    double count_d = ceil(y0 - xhi), k_eff = xhi * expm1(41.58883083359672 / s) + 2.0; /* 60 ln 2 */
    if (k_eff < count_d) { count_d = ceil(k_eff); tail_needed = 0; }
    int count = (int)count_d;
    /* smallest terms first */
    for (int k = count - 1; k >= 0; k--) {
      double a = xhi + k, bv = a - xhi;
      double alo = (xhi - (a - bv)) + (k - bv) + xlo;
      sum += sk_gm_scaled_power(a, alo, scale, s);
    }
    double a = xhi + count, bv = a - xhi;
    ylo = (xhi - (a - bv)) + (count - bv) + xlo;
    yhi = a;
  }
  double total = sum;
  if (tail_needed) {
    /* Euler–Maclaurin tail at y */
    double y = yhi + ylo;
    double inv2 = 1.0 / (y * y);
    double fac = s / y; /* (s)_{2j-1} / y^(2j-1) */
    double main = y / n + 0.5;
    double series = 0;
    for (int j = 0; j < 24; j++) {
      double term = sk_gm_bernoulli_over_factorial[j] * fac;
      series += term;
      if (fabs(term) < 0x1p-60 * main) break;
      fac *= (s + 2 * j + 1) * (s + 2 * j + 2) * inv2;
    }
    total += sk_gm_scaled_power(yhi, ylo, scale, s) * (main + series);
  }
  double sign = fmod(n, 2.0) == 1.0 ? 1.0 : -1.0;
  int e1, e2;
  double m1 = frexp(sk_gm_factorial[(int)n], &e1);
  double m2 = frexp(total, &e2);
  return sign * ldexp(m1 * m2, e1 + e2 - e * (int)s);
}

/* ψ^(n)(x) for x < 0 not an integer, 1 ≤ n ≤ 170. */
static inline double sk_gm_polygamma_neg(double n, double x)
{
  int k = (int)n;
  double a = 1.0 - x, bv = a - 1.0;
  double alo = (1.0 - (a - bv)) + (-x - bv);
  double pos = sk_gm_polygamma_pos(n, a, alo);
  /* P_k as coefficients of c^j, j = 0 … k+1, built by P_{i+1} = -(1 + c²) P_i' */
  double coef[172], next[172];
  for (int j = 0; j <= k + 1; j++) coef[j] = 0;
  coef[1] = 1.0;
  for (int i = 0; i < k; i++) {
    for (int j = 0; j <= i + 2; j++) next[j] = 0;
    for (int j = 1; j <= i + 1; j++) {
      double d = j * coef[j]; /* d c^(j-1) */
      next[j - 1] -= d;
      next[j + 1] -= d;
    }
    for (int j = 0; j <= i + 2; j++) coef[j] = next[j];
  }
  double c = sk_gm_cotpi(x);
  double c2 = c * c;
  /* terms of parity (k+1) mod 2 only */
  int j = k + 1;
  double p = coef[j];
  for (j -= 2; j >= 0; j -= 2) p = p * c2 + coef[j];
  if ((k + 1) % 2 == 1) p *= c;
  double reflected = (k % 2 == 0 ? pos : -pos);
  return reflected - pow(SK_GM_PI, n + 1.0) * p;
}

static inline double sk_polygamma(double n, double x)
{
  if (n != n || x != x) return n + x;
  if (!(n >= 0) || n != floor(n) || n == INFINITY) return NAN;
  if (n == 0) return sk_digamma(x);
  int odd = fmod(n, 2.0) == 1.0;
  if (x == INFINITY) return odd ? 0.0 : -0.0;
  if (x <= 0 && x == floor(x)) { /* poles, and -Inf */
    if (x == -INFINITY) return NAN;
    if (odd) return INFINITY;
    if (x == 0) return signbit(x) ? INFINITY : -INFINITY;
    return NAN;
  }
  if (x > 0) return n <= 170.0 ? sk_gm_polygamma_pos(n, x, 0.0) : sk_gm_polygamma_pos_large(n, x);
  if (n > 170.0) return NAN;
  return sk_gm_polygamma_neg(n, x);
}
#endif
