/*
 * I_nu(x) and K_nu(x) of real order nu >= 0 for x > 0 (shared by besseli and besselk, integer
 * orders included: mu = 0 in Temme's formulas is a regular case).
 *
 * Method (choice per (nu, x))
 *   1. Large x, x >= 25 and x >= nu^2/2: the asymptotic expansions (A&S 9.7.1, 9.7.2)
 *        I ~ e^x / sqrt(2 pi x) sum (-1)^k a_k(nu)/x^k,  K ~ sqrt(pi/(2x)) e^-x sum a_k(nu)/x^k,
 *      terms falling at least like 1/k!; the e^-x companion term of I is below e^-50 relatively.
 *      e^x is applied as e^(x/2) twice so that I overflows only when it must.
 *   2. I alone, nu <= 40 and x <= 50: the power series (A&S 9.6.10), positive terms.
 *   3. Otherwise Temme's method (N. M. Temme, J. Comput. Phys. 19 (1975) 324), as in Numerical
 *      Recipes' bessik (2nd ed., 6.7), written afresh:
 *      - CF1 (modified Lentz, fresh b_k = 2(nu+k)/x) for f = I'_nu/I_nu; downward recurrence to
 *        mu = nu - round(nu), |mu| <= 1/2, rescaled by 2^-500 as it grows;
 *      - x < 2: Temme's series for K_mu, K_mu+1; x >= 2: Steed's algorithm for Temme's continued
 *        fraction CF2 (Thompson & Barnett, J. Comput. Phys. 64 (1986) 490), which gives e^x K_mu
 *        and e^x K_mu+1 (scaled: no underflow before the end);
 *      - I_mu from the Wronskian I K' - I' K = -1/x; K forward to nu (dominant: stable).
 * Error bound: measured against mpmath; see test/data/accuracy-bounds/bessel.json.
 * Special cases: handled by the callers (x <= 0, NaN, Inf, negative orders).
 */
#ifndef SK_SPECIAL_BESSEL_IK_C
#define SK_SPECIAL_BESSEL_IK_C

#include <math.h>
#include "special/bessel_util.c"

#ifndef SK_BESSEL_TINY
#define SK_BESSEL_TINY 0x1p-1000
#define SK_BESSEL_MAXIT 2000000
#endif

/* e^x * m without premature overflow (x may be up to ~1500 with m small). */
static inline double sk_bessel_scale_exp(double m, double x)
{
  if (fabs(x) < 700.0) return m * exp(x);
  double h = exp(0.5 * x);
  return (m * h) * h;
}

static inline void sk_bessel_ik(double nu, double x, int need_i, int need_k, double *I, double *K)
{
  if (x >= 25.0 && x >= 0.5 * nu * nu) {
    double mu4 = 4.0 * nu * nu, eight_x = 8.0 * x;
    double term = 1.0, sum_k = 1.0, sum_i = 1.0, last = INFINITY;
    int ok = 0;
    for (int k = 1; k < 80; k++) {
      double odd = 2.0 * k - 1.0;
      term *= (mu4 - odd * odd) / (k * eight_x);
      double mag = fabs(term);
      if (mag > last && k > 2) break;
      last = mag;
      sum_k += term;
      sum_i += (k & 1) ? -term : term;
      if (mag <= 0x1p-56 * fmin(fabs(sum_k), fabs(sum_i))) {
        ok = 1;
        break;
      }
    }
    if (ok) {
      if (need_i) *I = sk_bessel_scale_exp(sum_i / sqrt(2.0 * SK_BESSEL_PI * x), x);
      if (need_k) *K = sk_bessel_scale_exp(sum_k * sqrt(SK_BESSEL_PI / (2.0 * x)), -x);
      return;
    }
  }
  /* I_nu(x) < (ex/(2 nu))^nu e^x...: far below the smallest double; K_nu beyond the largest. */
  if (nu > 20.0 && nu * (1.0 + log(0.5 * x / nu)) + x < -760.0) {
    if (need_i) *I = 0.0;
    if (need_k) *K = INFINITY;
    return;
  }
  if (!need_k && nu <= 40.0 && x <= 50.0) {
    double z = 0.25 * x * x, term = 1.0, sum = 1.0;
    for (int k = 1; k < 500; k++) {
      term *= z / (k * (nu + k));
      sum += term;
      if (term <= SK_BESSEL_EPS * sum) break;
    }
    *I = sum * pow(0.5 * x, nu) / sk_bessel_gamma1p(nu);
    return;
  }
  double nl = floor(nu + 0.5);
  double mu = nu - nl;

  double il = 1.0, ipl = 0.0;
  int scale = 0;
  if (need_i) {
    /* CF1: f = I'/I = nu/x + 1/(b1 + 1/(b2 + ...)), b_k = 2(nu + k)/x. */
    double h = nu / x;
    if (h < SK_BESSEL_TINY) h = SK_BESSEL_TINY;
    double c = h, d = 0.0;
    int i;
    for (i = 1; i < SK_BESSEL_MAXIT; i++) {
      double b = 2.0 * (nu + i) / x;
      d = 1.0 / (b + d);
      c = b + 1.0 / c;
      double del = c * d;
      h *= del;
      if (fabs(del - 1.0) < SK_BESSEL_EPS) break;
    }
    if (i == SK_BESSEL_MAXIT) {
      *I = NAN;
      if (need_k) *K = NAN;
      return;
    }
    /* I_{l-1} = (l/x) I_l + I'_l, I'_{l-1} = ((l-1)/x) I_{l-1} + I_l */
    ipl = h;
    double l = nu;
    for (double s = nl; s > 0; s -= 1.0, l -= 1.0) {
      double it = l / x * il + ipl;
      ipl = (l - 1.0) / x * it + il;
      il = it;
      if (il > 0x1p500) {
        il *= 0x1p-500;
        ipl *= 0x1p-500;
        scale += 500;
      }
    }
  }

  double kmu, kmu1;
  int scaled = 0;
  if (x < 2.0) {
    double x2 = 0.5 * x, pimu = SK_BESSEL_PI * mu;
    double fact = fabs(pimu) < SK_BESSEL_EPS ? 1.0 : pimu / sin(pimu);
    double lg = -log(x2), sigma = mu * lg;
    double fact2 = fabs(sigma) < SK_BESSEL_EPS ? 1.0 : sinh(sigma) / sigma;
    double gam1, gam2, rgp, rgm;
    sk_bessel_temme_gammas(mu, &gam1, &gam2, &rgp, &rgm);
    double ff = fact * (gam1 * cosh(sigma) + gam2 * fact2 * lg);
    double es = exp(sigma);
    double p = 0.5 * es / rgp;
    double q = 0.5 / (es * rgm);
    double ck = 1.0, dd = x2 * x2;
    double sum = ff, sum1 = p;
    for (int i = 1; i < 1000; i++) {
      ff = (i * ff + p + q) / (i * (double)i - mu * mu);
      ck *= dd / i;
      p /= i - mu;
      q /= i + mu;
      double del = ck * ff;
      sum += del;
      sum1 += ck * (p - i * ff);
      if (fabs(del) < fabs(sum) * SK_BESSEL_EPS) break;
    }
    kmu = sum;
    kmu1 = 2.0 * sum1 / x;
  } else {
    /* Steed's algorithm for CF2: e^x K_mu = sqrt(pi/(2x)) / S, and h gives K_mu+1/K_mu. */
    double a1 = 0.25 - mu * mu;
    double b = 2.0 * (1.0 + x), d = 1.0 / b, h = d, delh = d;
    double q1 = 0.0, q2 = 1.0, q = a1, c = a1;
    double s = 1.0 + q * delh;
    for (int i = 2; i < SK_BESSEL_MAXIT; i++) {
      double hi = i - 0.5;
      double a = (mu - hi) * (mu + hi); /* mu^2 - (i - 1/2)^2 */
      c = -a * c / i;
      double qn = (q1 - b * q2) / a;
      q1 = q2;
      q2 = qn;
      q += c * qn;
      b = 2.0 * (x + i);
      d = 1.0 / (b + a * d);
      delh = (b * d - 1.0) * delh;
      h += delh;
      double dels = q * delh;
      s += dels;
      if (fabs(dels) < fabs(s) * SK_BESSEL_EPS) break;
    }
    kmu = sqrt(SK_BESSEL_PI / (2.0 * x)) / s;
    kmu1 = kmu * (mu + x + 0.5 - a1 * h) / x;
    scaled = 1;
  }

  if (need_i) {
    double kpmu = mu / x * kmu - kmu1;
    double f = ipl / il;
    double imu = 1.0 / (x * (f * kmu - kpmu));
    double inu = imu / il;
    *I = scaled ? sk_bessel_exp_ldexp(inu, x, -scale) : (scale ? ldexp(inu, -scale) : inu);
  }
  if (need_k) {
    /* Rescaled by 2^-500 as it grows: e^x K may overflow where K does not. */
    int kscale = 0;
    for (double i = 1.0; i <= nl; i += 1.0) {
      double kt = 2.0 * (mu + i) / x * kmu1 + kmu;
      kmu = kmu1;
      kmu1 = kt;
      if (kmu1 > 0x1p500) {
        kmu *= 0x1p-500;
        kmu1 *= 0x1p-500;
        kscale += 500;
        if (kscale > 4000) { kmu = INFINITY; break; } /* far beyond any double */
      }
    }
    *K = scaled ? sk_bessel_exp_ldexp(kmu, -x, kscale) : (kscale ? ldexp(kmu, kscale) : kmu);
  }
}

#endif
