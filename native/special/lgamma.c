/*
 * sk_lgamma(x) = log|Γ(x)| (C's lgamma) and sk_loggamma(x) = log Γ(x) where Γ(x) > 0, NaN where
 * Γ(x) < 0 (SymPy's loggamma on the reals).
 *
 * Method
 *   0 < x < 10: three rational minimax approximations (our own fits, scripts/reference/gamma.py
 *   fit; relative error of R below 5e-18 in exact arithmetic), each written so that the zeros of
 *   lgamma at 1 and 2 come out with full relative accuracy:
 *       A: lgamma(1+t) = t (-γ + t R_A(t)),       |t| ≤ 1/4
 *       M: lgamma(3/2+s) = lgamma(3/2) + s R_M(s), |s| ≤ 1/4   (holds the minimum, 1.4616…)
 *       B: lgamma(2+t) = t (1 - γ + t R_B(t)),    -1/4 ≤ t ≤ 1/2
 *   The argument of each is an exact difference (x - 1, x - 3/2, x - 2). Below 3/4 the log pole
 *   is split off exactly: lgamma(x) = lgamma(1+x) - log x with lgamma(1+x) = A(x) for x ≤ 1/4 and
 *   M(x - 1/2) for 1/4 < x < 3/4 (1+x itself, which would be rounded, is never formed).
 *   2.5 ≤ x < 10: lgamma(x) = lgamma(x-n) + log((x-1)(x-2)…(x-n)), x - n in [1.5, 2.5); the
 *   factors x - j are exact.
 *   x ≥ 10: Stirling's series lgamma(x) = (x - 1/2)(log x - 1) + (log(2π) - 1)/2 + S(x), with
 *   S(x) = Σ B_2k / (2k (2k-1) x^(2k-1)), 8 terms (truncation error < 3e-18 relative at x = 10).
 *   log x - 1 is exact there (log x ≥ 2).
 *   x < 0: for -1/4 ≤ x < 0, lgamma(x) = A(x) - log(-x); below, the reflection formula
 *       lgamma(x) = log(π / |x sinpi(x)|) - lgamma(-x)
 *   (sinpi with exact reduction). Near the zeros of lgamma on the negative axis (where
 *   |Γ(x)| = 1, x ≈ -2.457, -2.747, -3.144, -3.955, …) the two terms cancel: the absolute error
 *   stays ~1e-16·|lgamma(-x)| but the relative error grows; documented in the accuracy bounds.
 *   Error: measured ≤ 2 ulp for x > 0 (docs/accuracy.md).
 *
 * Special cases
 *   lgamma(NaN) = NaN, lgamma(±Inf) = +Inf, lgamma(±0) = +Inf,
 *   lgamma(-n) = +Inf for negative integers n (as C), lgamma(1) = lgamma(2) = +0,
 *   lgamma(x) = +Inf for x > 2.55e305 (overflow).
 *   loggamma: as lgamma where Γ(x) > 0 (x > 0, and -2k-2 < x < -2k-1); NaN where Γ(x) < 0
 *   (-2k-1 < x < -2k) and at -Inf; +Inf at ±0 and at the negative integers (the poles).
 */
#ifndef SK_SPECIAL_LGAMMA_C
#define SK_SPECIAL_LGAMMA_C
#include <math.h>
#include "special/gamma.c"

/* lgamma(1+t) for |t| ≤ 1/4. */
static inline double sk_gm_lgamma_a(double t)
{
  double p = -3.04905725455172e-05;
  p = p * t + 0.0012810958526420582;
  p = p * t + 0.0813215058935618;
  p = p * t + 0.6312669334727263;
  p = p * t + 1.7501827959463148;
  p = p * t + 2.016696011396518;
  p = p * t + 0.8224670334241132;
  double q = 0.027313674545094348;
  q = q * t + 0.36342186618231287;
  q = q * t + 1.626730493057114;
  q = q * t + 3.2308780039749543;
  q = q * t + 2.9391836359920127;
  q = q * t + 1.0;
  return t * (-SK_GM_EULER + t * (p / q));
}

/* lgamma(3/2 + s) for |s| ≤ 1/4. */
static inline double sk_gm_lgamma_m(double s)
{
  double p = 2.7478539299150886e-05;
  p = p * s + 0.004967501688534729;
  p = p * s + 0.07606631857221452;
  p = p * s + 0.37752291690283113;
  p = p * s + 0.7481884562683091;
  p = p * s + 0.5332115620811514;
  p = p * s + 0.03648997397857652;
  double q = 0.0015543806666746688;
  q = q * s + 0.0422010341386278;
  q = q * s + 0.34596264502650464;
  q = q * s + 1.1880846770017566;
  q = q * s + 1.8035217522339;
  q = q * s + 1.0;
  return -0.12078223763524522 + s * (p / q);
}

/* lgamma(2 + t) for -1/4 ≤ t ≤ 1/2. */
static inline double sk_gm_lgamma_b(double t)
{
  double p = 3.8632417538564705e-06;
  p = p * t + 0.00097234102011998;
  p = p * t + 0.020431101365752116;
  p = p * t + 0.13692671548643662;
  p = p * t + 0.3594447557161449;
  p = p * t + 0.3224670334241132;
  double q = 0.000311704906096327;
  q = q * t + 0.011867706719504273;
  q = q * t + 0.1348876769328541;
  q = q * t + 0.6372408638676526;
  q = q * t + 1.3235370209394814;
  q = q * t + 1.0;
  return t * (0.42278433509846713 + t * (p / q));
}

/* lgamma(x) for x > 0 (x may be +Inf). */
static inline double sk_gm_lgamma_pos(double x)
{
  if (x < 10.0) {
    if (x <= 0.25) return sk_gm_lgamma_a(x) - log(x);
    if (x < 0.75) return sk_gm_lgamma_m(x - 0.5) - log(x);
    if (x < 1.25) return sk_gm_lgamma_a(x - 1.0) + 0.0; /* lgamma(1) = +0, not -0 */
    if (x < 1.75) return sk_gm_lgamma_m(x - 1.5);
    if (x < 2.5) return sk_gm_lgamma_b(x - 2.0);
    int n = (int)(x - 1.5);
    double prod = x - 1.0;
    for (int j = 2; j <= n; j++) prod *= x - j;
    double y = x - n;
    double core = y < 1.75 ? sk_gm_lgamma_m(y - 1.5) : sk_gm_lgamma_b(y - 2.0);
    return core + log(prod);
  }
  double z = 1.0 / (x * x);
  double s = -0.029550653594771242;
  s = s * z + 0.00641025641025641;
  s = s * z - 0.0019175269175269176;
  s = s * z + 0.0008417508417508417;
  s = s * z - 0.0005952380952380953;
  s = s * z + 0.0007936507936507937;
  s = s * z - 0.002777777777777778;
  s = s * z + 0.08333333333333333;
  return (x - 0.5) * (log(x) - 1.0) + (0.4189385332046727 + s / x);
}

static inline double sk_lgamma(double x)
{
  if (x > 0) return sk_gm_lgamma_pos(x);
  if (x != x) return x;
  if (x >= -0.25) return x == 0 ? INFINITY : sk_gm_lgamma_a(x) - log(-x);
  if (x == floor(x)) return INFINITY; /* poles and -Inf */
  return log(SK_GM_PI / fabs(x * sk_gm_sinpi(x))) - sk_gm_lgamma_pos(-x);
}

static inline double sk_loggamma(double x)
{
  if (x > 0 || x != x) return sk_lgamma(x);
  if (x == floor(x)) return x == -INFINITY ? NAN : INFINITY; /* ±0 and the poles */
  /* Γ(x) < 0 exactly where floor(x) is odd */
  if (fmod(floor(x), 2.0) != 0) return NAN;
  return sk_lgamma(x);
}
#endif
