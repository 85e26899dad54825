/*
 * Generalized exponential integral E_n(x) = int_1^inf e^-xt / t^n dt (SymPy's expint(n, x)) for
 * integer n and real x. C twin of src/special/incomplete/expint.ts.
 *
 * Method
 * - n = 0: e^-x / x. n = 1: E1 (e1.c).
 * - n >= 2, 0 < x <= 1 with n <= 64, or 1 < x <= 2 with n < 30: forward recurrence
 *   E_{k+1} = (e^-x - x E_k) / k from E1. A step multiplies the inherited relative error by about
 *   x/k, so for x <= 1 the result keeps E1's accuracy plus about one rounding per step, and for
 *   x <= 2 the first steps amplify it by at most ~3.
 * - n > 64, 0 < x <= 1: the power series (DLMF 8.19.8)
 *   E_n(x) = (-x)^(n-1)/(n-1)! (psi(n) - ln x) - sum_{k != n-1} (-x)^k / (k! (k - n + 1)).
 * - otherwise (x > 2, or x > 1 with n >= 30): the continued fraction (DLMF 8.19.17, the form in
 *   Numerical Recipes 6.3) evaluated backward from the fixed depth 12 + 160/(x + n/5), which bounds
 *   the measured depth for full accuracy over x in [1, 700], n in [2, 10^6] (forward Lentz stops
 *   early and leaves ~30 ulp near x = 1); e^-x in two halves above 700.
 * - n = -m < 0: E_-m(x) = x^(-m-1) Gamma(m+1, x) = e^-x / x sum_{j=0..m} m!/(m-j)! x^-j (finite;
 *   real for x < 0 too, where the alternating sum loses accuracy for |x| >> 1).
 * Error: a few ulp for n >= 0; see docs/accuracy.md.
 *
 * Special cases
 * - NaN in, NaN out; n = +-Inf: NaN;
 * - n not an integer (SymPy's E_nu(x) = x^(nu-1) Gamma(1-nu, x), real for x > 0): the continued
 *   fraction for x >= 1 (it holds for every real order), else x^(nu-1) Gamma(1-nu, x) through
 *   uppergamma.c; x = 0: 1/(nu - 1) for nu > 1, +Inf otherwise;
 * - x < 0 with n >= 1: NaN (complex in SymPy); x = 0: 1/(n - 1) for n >= 2, +Inf for n <= 1;
 * - x = +Inf: +0; x = -Inf: NaN for n >= 1, -Inf for n <= 0 (e^-x / x -> -Inf).
 */
#ifndef SK_SPECIAL_EXPINT_C
#define SK_SPECIAL_EXPINT_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"
#include "special/e1.c"
#include "special/uppergamma.c"

static double sk_expint_cf(double n, double x) {
  double depth = ceil(12 + 160 / (x + 0.2 * n));
  double t = 0;
  for (double i = depth; i >= 1; i--) t = (-i * (n - 1 + i)) / (x + n + 2 * i + t);
  return sk_zeh_scaled_exp(-x, 1 / (x + n + t));
}

static double sk_expint_series(double n, double x) {
  const double euler = 0.5772156649015329; /* 0x1.2788cfc6fb619p-1 */
  const double eps = 1.1102230246251565e-16;
  double nm1 = n - 1, lnx = log(x);
  double sum = 1 / nm1, fact = 1;
  for (int k = 1; k < 1000; k++) {
    fact *= -x / k;
    double term;
    if (k != nm1) term = -fact / (k - nm1);
    else {
      double psi = -euler;
      for (int j = 1; j < n; j++) psi += 1.0 / j;
      term = fact * (psi - lnx);
    }
    sum += term;
    if (fabs(term) < eps * fabs(sum) && (k >= nm1 || fabs(fact) * (log(n) + 1 - lnx) < eps * fabs(sum))) break;
  }
  return sum;
}

static double sk_expint(double n, double x) {
  if (isnan(n) || isnan(x)) return NAN;
  if (!isfinite(n)) return NAN;
  if (n != floor(n)) {
    if (x < 0) return NAN;
    if (x == 0) return n > 1 ? 1 / (n - 1) : INFINITY;
    if (x == INFINITY) return 0;
    if (x >= 1) return sk_expint_cf(n, x);
    return pow(x, n - 1) * sk_uppergamma(1 - n, x);
  }
  if (n <= 0) {
    if (x == 0) return INFINITY;
    if (x == INFINITY) return 0;
    if (x == -INFINITY) return -INFINITY;
    double m = -n, s = 1;
    for (double j = 1; j <= m; j++) {
      s = 1 + (j / x) * s;
      if (!isfinite(s)) break;
    }
    return sk_zeh_scaled_exp(-x, s / x);
  }
  if (x < 0) return NAN;
  if (n == 1) return sk_e1(x);
  if (x == 0) return 1 / (n - 1);
  if (x == INFINITY) return 0;
  if (x > 2 || (x > 1 && n >= 30)) return sk_expint_cf(n, x);
  if (n > 64) return sk_expint_series(n, x);
  double e = exp(-x), en = sk_e1(x);
  for (double k = 1; k < n; k++) en = (e - x * en) / k;
  return en;
}

#endif
