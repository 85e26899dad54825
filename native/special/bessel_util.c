/*
 * Small helpers shared by the Bessel functions: sin(pi a) and cos(pi a) exact at integers and
 * half-integers, 1/Gamma(1+mu) and Temme's Gamma1, Gamma2 for |mu| <= 1/2, Gamma(1+nu) for the
 * power series, and the terms of Hankel's asymptotic expansion.
 *
 * Method
 *   sinpi/cospi: a is reduced modulo 2 with fmod (exact), folded into [0, 1/2] by exact
 *     subtractions, then sin/cos of pi r (relative error ~1 ulp; exact zeros at the integers and
 *     half-integers, so the reflection formulas give exact (-1)^n at integer orders).
 *   1/Gamma(1+mu): its Taylor series at 0 (26 terms, coefficients from mpmath, bessel_tables.c);
 *     on |mu| <= 1/2 the truncation error is below 1e-20. Gamma1 and Gamma2 (Temme 1975, eq. 2.5)
 *     are its odd and even parts: Gamma2 = (1/G(1-mu) + 1/G(1+mu))/2 = sum of even terms,
 *     Gamma1 = (1/G(1-mu) - 1/G(1+mu))/(2 mu) = -sum of the odd terms / mu, with no cancellation.
 *   Gamma(1+nu), nu >= 0: Gamma(1+mu) times (mu+1)(mu+2)...(mu+n), nu = n + mu (relative error
 *     about (n+1)/2 ulp; used for nu <= 40 only).
 * Special cases: sinpi(±Inf) = cospi(±Inf) = NaN (never called with them).
 */
#ifndef SK_SPECIAL_BESSEL_UTIL_C
#define SK_SPECIAL_BESSEL_UTIL_C

#include <math.h>
#include "special/bessel_tables.c"

#define SK_BESSEL_PI 0x1.921fb54442d18p+1
#define SK_BESSEL_EPS 0x1p-53

static inline double sk_bessel_sinpi(double a)
{
  double r = fmod(a, 2.0); /* exact, in (-2, 2), sign of a */
  double sign = 1.0;
  if (r < 0) { r = -r; sign = -1.0; }
  if (r >= 1.0) { r -= 1.0; sign = -sign; }
  if (r > 0.5) r = 1.0 - r;
  if (r == 0.0) return sign * 0.0;
  return sign * (r <= 0.25 ? sin(SK_BESSEL_PI * r) : cos(SK_BESSEL_PI * (0.5 - r)));
}

static inline double sk_bessel_cospi(double a)
{
  double r = fmod(fabs(a), 2.0);
  if (r > 1.0) r = 2.0 - r;
  if (r <= 0.25) return cos(SK_BESSEL_PI * r);
  if (r < 0.75) return sin(SK_BESSEL_PI * (0.5 - r));
  return -cos(SK_BESSEL_PI * (1.0 - r));
}

/* 1/Gamma(1+mu), Gamma1(mu), Gamma2(mu) for |mu| <= 1/2 (Temme's auxiliary functions). */
static inline void sk_bessel_temme_gammas(double mu, double *gam1, double *gam2, double *rg_plus, double *rg_minus)
{
  double m2 = mu * mu;
  double even = 0.0, odd = 0.0;
  for (int k = SK_BESSEL_RGAMMA_N - 2; k >= 0; k -= 2) {
    even = even * m2 + sk_bessel_rgamma[k];
    odd = odd * m2 + sk_bessel_rgamma[k + 1];
  }
  /* 1/Gamma(1+mu) = even + mu*odd; 1/Gamma(1-mu) = even - mu*odd */
  *gam1 = -odd;
  *gam2 = even;
  *rg_plus = even + mu * odd;
  *rg_minus = even - mu * odd;
}

/* Gamma(1+nu) for 0 <= nu <= 170. */
static inline double sk_bessel_gamma1p(double nu)
{
  double n = floor(nu + 0.5);
  double mu = nu - n;
  double g1, g2, rp, rm;
  sk_bessel_temme_gammas(mu, &g1, &g2, &rp, &rm);
  double g = 1.0 / rp;
  for (double k = 1.0; k <= n; k += 1.0) g *= mu + k;
  return g;
}

/*
 * m * e^x * 2^e without intermediate overflow or underflow: x = k ln2 + r (Cody-Waite, ln2 =
 * LN2_HI + LN2_LO, LN2_HI with 32 significant bits so k LN2_HI is exact), then
 * ldexp(m e^r, k + e). Used to undo the e^±x scaling of I and K together with the 2^-500 steps.
 */
static inline double sk_bessel_exp_ldexp(double m, double x, int e)
{
  double k = floor(x * 0x1.71547652b82fep+0 + 0.5); /* x / ln 2 */
  double r = (x - k * 0x1.62e42fee00000p-1) - k * 0x1.a39ef35793c76p-33;
  return ldexp(m * exp(r), (int)k + e);
}

#endif
