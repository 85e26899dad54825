/*
 * sk_betainc(a, b, x): the regularized incomplete beta function I_x(a, b) (scipy.special.betainc;
 * the three-argument form of the SPEC). JS twin: src/special/incomplete/betainc.ts.
 *
 * Method: ibeta_common.c (continued fraction DLMF 8.17.22 in a lambda-rewritten odd contraction,
 * summed backward; the symmetry I_x(a, b) = 1 - I_{1-x}(b, a); the power series where that
 * complement would cancel; prefix x^a (1-x)^b / B(a, b) with a double-double exponent).
 *
 * Special cases (as scipy):
 *   NaN argument, a < 0, b < 0, x < 0 or x > 1 -> NaN
 *   a = b = 0 -> NaN; a = 0 -> 1 (0 at x = 0); b = 0 -> 0 (1 at x = 1)
 *   x = 0 -> 0, x = 1 -> 1
 *   a = b = +Inf -> NaN; a = +Inf -> 0 (1 at x = 1); b = +Inf -> 1 (0 at x = 0)
 */
#ifndef SK_SPECIAL_BETAINC_C
#define SK_SPECIAL_BETAINC_C
#include "special/ibeta_common.c"

static double sk_betainc(double a, double b, double x)
{
  if (isnan(a) || isnan(b) || isnan(x) || a < 0 || b < 0 || x < 0 || x > 1) return NAN;
  if ((a == 0 && b == 0) || (isinf(a) && isinf(b))) return NAN;
  if (x == 0) return 0;
  if (x == 1) return 1;
  if (a == 0 || isinf(b)) return 1;
  if (b == 0 || isinf(a)) return 0;
  return sk_ib_regularized(a, b, x);
}

#endif
