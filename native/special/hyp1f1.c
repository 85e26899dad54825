/*
 * Confluent hypergeometric function 1F1(a; b; z) = M(a, b, z) (Kummer's function) for real
 * arguments. C twin of src/special/incomplete/hyp1f1.ts (same steps; reentrant).
 *
 * Method (DLMF 13.2, 13.7):
 * - a a non-positive integer: the terminating series (a polynomial), summed directly.
 * - z >= 0: the series sum (a)_k/(b)_k z^k/k! (positive terms when a, b > 0), or for
 *   z >= 30 + 2(|a| + |b|) the asymptotic expansion M = Gamma(b)/Gamma(a) e^z z^(a-b)
 *   sum_s (1-a)_s (b-a)_s/(s! z^s) (DLMF 13.7.2) when its exponentially small companion term
 *   Gamma(b)/Gamma(b-a) z^-a is below 2^-56 of it and its terms fall below EPS without first
 *   growing past 2^20.
 * - z < 0: Kummer's transformation M(a, b, z) = e^z M(b - a, b, -z) (positive terms when b > a and
 *   b > 0; with e^z e^-z cancelled analytically in the asymptotic form), unless |z| <= 1 and the
 *   transformed series would alternate as well.
 * - A series whose terms cancel by more than 16 is re-summed in double-double arithmetic (~106
 *   bits); past 2^50 of cancellation (e.g. a >> 1 with z << 0, where M oscillates) the result is NaN
 *   rather than a wrong number. e^z z^(a-b) Gamma(b)/Gamma(a) is multiplied in halves or quarters so
 *   that no factor overflows or goes subnormal; Gamma ratios are paired when their arguments are
 *   close.
 * Error: a few ulp where the series has positive terms; see docs/accuracy.md for the regions with
 * alternating terms and large parameters or arguments (the condition number of M in z is ~|z|).
 *
 * Special cases
 * - NaN in, NaN out; a = 0 or z = 0: 1; a = b: e^z;
 * - b = 0, -1, -2, ...: NaN (pole) unless the series terminates first (a = -m with -m >= b);
 * - z = +-Inf: the limit where it is clear (+Inf for z = +Inf with a, b > 0; 0 for z = -Inf with
 *   b > a > 0), NaN otherwise.
 */
#ifndef SK_SPECIAL_HYP1F1_C
#define SK_SPECIAL_HYP1F1_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"
#include "special/e1.c"

#define SK_H1F1_EPS 1.1102230246251565e-16
#define SK_H1F1_MAX_TERMS 20000
#define SK_H1F1_MIN_NORMAL 2.2250738585072014e-308

static double sk_h1f1_series_dd(double a, double b, double z, double t0) {
  sk_zeh_dd t = {t0, 0}, s = {t0, 0};
  double big = fabs(t0);
  double kmin = fmax(0, fmax(-a, -b));
  for (int k = 0; k < SK_H1F1_MAX_TERMS; k++) {
    sk_zeh_dd zz = {z, 0}, k1 = {k + 1.0, 0};
    sk_zeh_dd num = sk_zeh_dd_mul(sk_zeh_dd_two_sum(a, k), zz);
    sk_zeh_dd den = sk_zeh_dd_mul(sk_zeh_dd_two_sum(b, k), k1);
    t = sk_zeh_dd_mul(t, sk_zeh_dd_div(num, den));
    s = sk_zeh_dd_add(s, t);
    big += fabs(t.hi);
    if (t.hi == 0 || (k >= kmin && fabs(t.hi) <= 1e-20 * fabs(s.hi) && fabs(((a + k + 1) * z) / ((b + k + 1) * (k + 2))) < 1))
      return big > 1125899906842624.0 * fabs(s.hi) ? NAN : s.hi + s.lo;
    if (!isfinite(s.hi)) return s.hi;
  }
  return NAN;
}

static double sk_h1f1_series(double a, double b, double z, double t0) {
  double term = t0, sum = t0, big = t0;
  double kmin = fmax(0, fmax(-a, -b));
  for (int k = 0; k < SK_H1F1_MAX_TERMS; k++) {
    double ratio = ((a + k) / ((b + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    big += fabs(term);
    if (term == 0 || (k >= kmin && fabs(term) <= SK_H1F1_EPS * fabs(sum) && fabs(ratio) < 1))
      return big > 16 * fabs(sum) ? sk_h1f1_series_dd(a, b, z, t0) : sum;
    if (!isfinite(sum)) return sum;
  }
  return NAN;
}

static double sk_h1f1_asymptotic_dd(double a, double b, double x) {
  sk_zeh_dd t = {1, 0}, s = {1, 0};
  for (int k = 0; k < 500; k++) {
    sk_zeh_dd p = sk_zeh_dd_two_sum(-a, 1.0 + k);
    sk_zeh_dd kk = {(double)k, 0};
    sk_zeh_dd q = sk_zeh_dd_add(sk_zeh_dd_two_sum(b, -a), kk);
    sk_zeh_dd k1 = {k + 1.0, 0}, xx = {x, 0};
    t = sk_zeh_dd_mul(t, sk_zeh_dd_div(sk_zeh_dd_mul(p, q), sk_zeh_dd_mul(k1, xx)));
    s = sk_zeh_dd_add(s, t);
    if (t.hi == 0 || fabs(t.hi) <= 1e-20 * fabs(s.hi)) return s.hi + s.lo;
  }
  return NAN;
}

/* sum_s (1-a)_s (b-a)_s / (s! x^s), or NaN where the expansion is not accurate; *prefactor =
   Gamma(b)/Gamma(a) on success. */
static double sk_h1f1_asymptotic(double a, double b, double x, double *prefactor) {
  if (!(x >= 30 + 2 * (fabs(a) + fabs(b)))) return NAN;
  double companion = -x + (b - 2 * a) * log(x) + sk_zeh_lgamma(a) - sk_zeh_lgamma(b - a);
  if (!(companion < -39)) return NAN;
  double t = 1, sum = 1, big = 1;
  for (int k = 0; k < 500; k++) {
    double ratio = ((1 - a + k) * (b - a + k)) / ((k + 1) * x);
    t *= ratio;
    sum += t;
    big += fabs(t);
    if (t == 0 || fabs(t) <= SK_H1F1_EPS * fabs(sum)) {
      *prefactor = sk_zeh_gamma_ratio(b, 1, a, 1);
      return big > 16 * fabs(sum) ? sk_h1f1_asymptotic_dd(a, b, x) : sum;
    }
    if (fabs(t) > 1048576) return NAN;
  }
  return NAN;
}

/* e^y p^q f, in halves or quarters when a factor alone would overflow or go subnormal. */
static double sk_h1f1_exp_pow_product(double y, double p, double q, double f) {
  for (int n = 1; n <= 8; n *= 2) {
    double e = exp(y / n), w = pow(p, q / n), g = e * w;
    if (e >= SK_H1F1_MIN_NORMAL && e < INFINITY && w >= SK_H1F1_MIN_NORMAL && w < INFINITY && g >= SK_H1F1_MIN_NORMAL && g < INFINITY) {
      double r = f;
      for (int i = 0; i < n; i++) r *= g;
      return r;
    }
  }
  return f * exp(y + q * log(p));
}

static double sk_h1f1_positive(double a, double b, double x, int scaled) {
  if (x >= 30) {
    double g = 0;
    double sum = sk_h1f1_asymptotic(a, b, x, &g);
    if (!isnan(sum)) {
      if (g != 0 && isfinite(g)) return sk_h1f1_exp_pow_product(scaled ? 0 : x, x, a - b, g * sum);
      return sk_zeh_gamma_sign(b) * sk_zeh_gamma_sign(a) * sum * exp((scaled ? 0 : x) + (a - b) * log(x) + sk_zeh_lgamma_delta(a, b - a));
    }
  }
  if (!scaled) return sk_h1f1_series(a, b, x, 1);
  if (x < 700) return exp(-x) * sk_h1f1_series(a, b, x, 1);
  double h = exp(-0.5 * x);
  return h * sk_h1f1_series(a, b, x, h);
}

static double sk_hyp1f1(double a, double b, double z) {
  if (isnan(a) || isnan(b) || isnan(z)) return NAN;
  if (z == 0 || a == 0) return 1;
  if (!isfinite(a) || !isfinite(b)) return NAN;
  int a_poly = sk_zeh_nonpos_int(a);
  if (sk_zeh_nonpos_int(b) && !(a_poly && a >= b)) return NAN;
  if (a_poly) return isfinite(z) ? sk_h1f1_series(a, b, z, 1) : NAN;
  if (a == b) return exp(z);
  if (z == INFINITY) return a > 0 && b > 0 ? INFINITY : NAN;
  if (z == -INFINITY) return b > a && a > 0 ? 0.0 : NAN;
  if (z > 0) return sk_h1f1_positive(a, b, z, 0);
  double x = -z, c = b - a;
  if (x <= 1 && !(c > 0 && b > 0)) return sk_h1f1_series(a, b, z, 1);
  if (sk_zeh_nonpos_int(c)) return sk_zeh_scaled_exp(z, sk_h1f1_series(c, b, x, 1));
  return sk_h1f1_positive(c, b, x, 1);
}

#endif
