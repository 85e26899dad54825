/*
 * sk_lowergamma(a, x): the lower incomplete gamma function gamma(a, x) = int_0^x t^{a-1} e^{-t} dt,
 * unregularized (SymPy's lowergamma), a > 0 (SPEC 3). JS twin: src/special/incomplete/lowergamma.ts.
 *
 * Method: igamma_common.c; the directly computed tail uses x^a e^{-x} itself (its exponent in
 * double-double for a >= 10), the other one Gamma(a)(1 - Q). Overflows where gamma(a, x) does.
 *
 * Special cases:
 *   NaN argument, a <= 0 or x < 0 -> NaN
 *   x = +-0 -> 0
 *   x = +Inf -> Gamma(a)
 *   a = +Inf: x <= 1 -> 0, x > 1 -> +Inf (likewise for a > 1e300, e^{-1}/a at x = 1)
 */
#ifndef SK_SPECIAL_LOWERGAMMA_C
#define SK_SPECIAL_LOWERGAMMA_C
#include "special/igamma_common.c"

static double sk_lowergamma(double a, double x)
{
  if (isnan(a) || isnan(x) || a <= 0 || x < 0) return NAN;
  if (x == 0) return 0;
  if (a > 1e300) return x > 1 ? INFINITY : x == 1 ? exp(-1.0) / a : 0; /* x^a e^{-x}/a dominates */
  if (isinf(x)) return sk_ig_gamma(a);
  return sk_ig_unregularized(a, x, 0);
}

#endif
