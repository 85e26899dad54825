/*
 * sk_lbeta(a, b) = log|B(a, b)|, the logarithm of the absolute value of the beta function, for
 * all real a, b. The method and special cases are beta.c's (it shares the Lanczos pieces): for
 * a, b > 0, log B where B is a normal double, else the logarithm of the Lanczos product taken
 * term by term, so no overflow for large arguments; reflections for negative arguments.
 * Near the zeros of lbeta (|B| = 1, e.g. a = b = 1, or a = 1, b → 1) the relative error grows
 * (the absolute error stays ~1e-16 · (1 + |log a| + |log b|)).
 *
 * Special cases
 *   lbeta(a, b) = log|beta(a, b)|: +Inf where beta is ±Inf, -Inf where beta is 0 (a+b a
 *   non-positive integer, or a or b = +Inf), NaN where beta is NaN.
 */
#ifndef SK_SPECIAL_LBETA_C
#define SK_SPECIAL_LBETA_C
#include "special/beta.c"

static inline double sk_lbeta(double a, double b)
{
  return sk_gm_beta_any(a, b, 1);
}
#endif
