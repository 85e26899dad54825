/*
 * J_nu(x) and Y_nu(x) of real order nu >= 0 for x > 0 (the real-order path of besselj/bessely).
 *
 * Method (choice per (nu, x); the orders 0 and 1 and integer orders go through bessel_j01.c and
 * the recurrences in besselj.c/bessely.c instead)
 *   1. Hankel's asymptotic expansion (A&S 9.2.5-9.2.10) when x >= 25 and x >= nu^2/2: the terms
 *      a_k(nu)/x^k fall at least like 1/k! there, and the truncation error of the series in e^-2x
 *      (< 2e-22) is negligible. The phase chi = x - (nu/2 + 1/4) pi enters only through
 *      sin x, cos x (libm, exact reduction) and sin, cos of pi (nu/2 + 1/4) (exact reduction of
 *      the order), so the error does not grow with x.
 *   1b. x >= 25 and nu < x: Hankel at mu = nu - floor(nu) and mu + 1, then forward recurrence of
 *      J and Y to nu (neutrally stable in the oscillatory region).
 *   2. Power series (A&S 9.1.10) for J alone when x^2/4 < (nu+1)/4 and nu <= 40: alternating,
 *      with the sum of the terms' magnitudes below e^(1/2) times the sum.
 *   3. Temme's method (N. M. Temme, J. Comput. Phys. 19 (1975) 324) otherwise, in the form of
 *      Numerical Recipes' bessjy (2nd ed., section 6.7), written afresh:
 *      - CF1 (modified Lentz) gives f = J'_nu/J_nu and the sign of J_nu (J is positive for orders
 *        beyond x, where the fraction has converged);
 *      - downward recurrence from nu to mu = nu - nl (|mu| <= 1/2 when x < 2) with J_nu = ±1,
 *        rescaled by 2^-500 when it grows, gives J'_mu/J_mu and J_nu/J_mu;
 *      - x < 2: Temme's series for Y_mu and Y_mu+1 (Gamma1, Gamma2 from bessel_util.c);
 *        x >= 2: Steed's complex continued fraction CF2 for p + iq = (J' + iY')/(J + iY), then
 *        J_mu from the Wronskian J Y' - J' Y = 2/(pi x);
 *      - forward recurrence for Y from mu to nu (Y is dominant: stable).
 *      The relative error of J stays small at zeros of J_nu (J_nu is the start value of the
 *      recurrence, not a difference), that of Y is absolute near zeros of Y.
 * Error bound: measured against mpmath (test/data/reference, scripts/reference/bessel.py): about
 *   1e-15 relative away from zeros; ~nu * 1e-16 for large orders (the recurrences).
 * Special cases: handled by the callers (x <= 0, NaN, Inf, negative orders).
 */
#ifndef SK_SPECIAL_BESSEL_JY_C
#define SK_SPECIAL_BESSEL_JY_C

#include <math.h>
#include "special/bessel_util.c"

#define SK_BESSEL_TINY 0x1p-1000
#define SK_BESSEL_MAXIT 2000000

/* Hankel's expansion: P, Q of order nu at x (1 on convergence, 0 if the terms stop falling). */
static inline int sk_bessel_hankel_pq(double nu, double x, double *P, double *Q)
{
  double mu4 = 4.0 * nu * nu, eight_x = 8.0 * x;
  double p = 1.0, q = 0.0, term = 1.0, last = INFINITY;
  for (int k = 1; k < 80; k++) {
    double odd = 2.0 * k - 1.0;
    term *= (mu4 - odd * odd) / (k * eight_x);
    double mag = fabs(term);
    if (mag > last && k > 2) return 0;
    last = mag;
    /* P = 1 - t2 + t4 - ..., Q = t1 - t3 + t5 - ... */
    switch (k & 3) {
    case 1: q += term; break;
    case 2: p -= term; break;
    case 3: q -= term; break;
    default: p += term; break;
    }
    if (mag <= 0x1p-56 * (fabs(p) + fabs(q))) {
      *P = p;
      *Q = q;
      return 1;
    }
  }
  return 0;
}

static inline int sk_bessel_jy_hankel(double nu, double x, double *J, double *Y)
{
  double P, Q;
  if (!sk_bessel_hankel_pq(nu, x, &P, &Q)) return 0;
  double a = 0.5 * nu + 0.25;
  double ca = sk_bessel_cospi(a), sa = sk_bessel_sinpi(a);
  double sx = sin(x), cx = cos(x);
  double cchi = cx * ca + sx * sa, schi = sx * ca - cx * sa;
  double r = 0x1.9884533d43651p-1 / sqrt(x); /* sqrt(2/pi) / sqrt(x) */
  *J = r * (P * cchi - Q * schi);
  *Y = r * (P * schi + Q * cchi);
  return 1;
}

/* (x/2)^nu / Gamma(nu+1) times the series; nu <= 40, x^2/4 small relative to nu+1. */
static inline double sk_bessel_j_series(double nu, double x)
{
  double z = 0.25 * x * x, term = 1.0, sum = 1.0;
  for (int k = 1; k < 200; k++) {
    term *= -z / (k * (nu + k));
    sum += term;
    if (fabs(term) <= SK_BESSEL_EPS * fabs(sum)) break;
  }
  return sum * pow(0.5 * x, nu) / sk_bessel_gamma1p(nu);
}

/* CF2 of Steed: p + iq = (J'_mu + i Y'_mu) / (J_mu + i Y_mu) for x >= 2. */
static inline void sk_bessel_jy_cf2(double mu, double x, double *p, double *q)
{
  /* p + iq = -1/(2x) + i + (i/x) a1/(b1 + a2/(b2 + ...)), a_k = (k-1/2)^2 - mu^2, b_k = 2(x + ik).
     G = b1 + a2/(b2 + ...) by modified Lentz in complex arithmetic. */
  double mu2 = mu * mu;
  double gr = 2.0 * x, gi = 2.0; /* G */
  double cr = gr, ci = gi;       /* C */
  double dr = 0.0, di = 0.0;     /* D */
  for (int k = 2; k < SK_BESSEL_MAXIT; k++) {
    double h = k - 0.5, a = h * h - mu2;
    double br = 2.0 * x, bi = 2.0 * k;
    /* D = 1 / (b + a D) */
    dr = br + a * dr;
    di = bi + a * di;
    if (fabs(dr) + fabs(di) < SK_BESSEL_TINY) dr = SK_BESSEL_TINY;
    double den = dr * dr + di * di;
    dr = dr / den;
    di = -di / den;
    /* C = b + a / C */
    den = cr * cr + ci * ci;
    cr = br + a * cr / den;
    ci = bi - a * ci / den;
    if (fabs(cr) + fabs(ci) < SK_BESSEL_TINY) cr = SK_BESSEL_TINY;
    double er = cr * dr - ci * di, ei = cr * di + ci * dr; /* Delta = C D */
    double t = gr * er - gi * ei;
    gi = gr * ei + gi * er;
    gr = t;
    if (fabs(er - 1.0) + fabs(ei) < SK_BESSEL_EPS) break;
  }
  /* F = a1 / G */
  double a1 = 0.25 - mu2, den = gr * gr + gi * gi;
  double fr = a1 * gr / den, fi = -a1 * gi / den;
  *p = -0.5 / x - fi / x;
  *q = 1.0 + fr / x;
}

/*
 * J_nu(x) (need_j) and Y_nu(x) (need_y) for nu >= 0, 0 < x < Inf. Results not asked for are
 * left untouched.
 */
static inline void sk_bessel_jy(double nu, double x, int need_j, int need_y, double *J, double *Y)
{
  if (x >= 25.0 && x >= 0.5 * nu * nu) {
    double j, y;
    if (sk_bessel_jy_hankel(nu, x, &j, &y)) {
      if (need_j) *J = j;
      if (need_y) *Y = y;
      return;
    }
  }
  /* Oscillatory region x >= 25, nu < x: Hankel at mu = frac(nu) and mu + 1, then forward
     recurrence of J and Y to nu. Both are oscillatory there and the recurrence is neutrally
     stable; this keeps the error near 1e-16 times the amplitude, where CF1 over ~x terms would
     lose more. */
  if (x >= 25.0 && nu < x) {
    double mu = nu - floor(nu);
    double j0, y0, j1, y1;
    if (sk_bessel_jy_hankel(mu, x, &j0, &y0) && sk_bessel_jy_hankel(mu + 1.0, x, &j1, &y1)) {
      for (double l = mu + 1.0; l < nu; l += 1.0) {
        double t = 2.0 * l / x;
        double jn = t * j1 - j0, yn = t * y1 - y0;
        j0 = j1; j1 = jn;
        y0 = y1; y1 = yn;
      }
      if (need_j) *J = nu == mu ? j0 : j1;
      if (need_y) *Y = nu == mu ? y0 : y1;
      return;
    }
  }
  /* J_nu(x) < (ex/(2 nu))^nu: below the smallest double, Y_nu beyond the largest. */
  if (nu > 20.0 && nu * (1.0 + log(0.5 * x / nu)) < -760.0) {
    if (need_j) *J = 0.0;
    if (need_y) *Y = -INFINITY;
    return;
  }
  if (!need_y && nu <= 40.0 && x * x < nu + 1.0) {
    *J = sk_bessel_j_series(nu, x);
    return;
  }
  double w = 2.0 / (SK_BESSEL_PI * x);
  double nl = x < 2.0 ? floor(nu + 0.5) : fmax(0.0, floor(nu - x + 1.5));
  double mu = nu - nl;
  double start = need_j ? nu : mu; /* CF1 at nu when J_nu is wanted, else right at mu */
  double steps = need_j ? nl : 0.0;

  /* CF1: f = J'/J at `start` = start/x - 1/(b1 - 1/(b2 - ...)), b_k = 2(start + k)/x, by modified
     Lentz. Each b_k is computed afresh: accumulating b += 2/x, or multiplying by a rounded 1/x,
     would be a systematic perturbation of x, amplified by x J'/J in the oscillatory region. */
  double h = start / x;
  if (fabs(h) < SK_BESSEL_TINY) h = SK_BESSEL_TINY;
  double d = 0.0, c = h, sign = 1.0;
  int i;
  for (i = 1; i < SK_BESSEL_MAXIT; i++) {
    double b = 2.0 * (start + i) / x;
    d = b - d;
    if (fabs(d) < SK_BESSEL_TINY) d = SK_BESSEL_TINY;
    c = b - 1.0 / c;
    if (fabs(c) < SK_BESSEL_TINY) c = SK_BESSEL_TINY;
    d = 1.0 / d;
    double del = c * d;
    h *= del;
    if (d < 0) sign = -sign;
    if (fabs(del - 1.0) < SK_BESSEL_EPS) break;
  }
  if (i == SK_BESSEL_MAXIT) { /* far beyond the orders and arguments this is meant for */
    if (need_j) *J = NAN;
    if (need_y) *Y = NAN;
    return;
  }

  /* Downward recurrence from `start` to mu: J_{l-1} = (l/x) J_l + J'_l, J'_{l-1} = ((l-1)/x) J_{l-1} - J_l. */
  double jl = sign, jpl = h * sign;
  int scale = 0;
  for (double l = start; steps > 0; steps -= 1.0, l -= 1.0) {
    double jt = l / x * jl + jpl;
    jpl = (l - 1.0) / x * jt - jl;
    jl = jt;
    if (fabs(jl) > 0x1p500) {
      jl *= 0x1p-500;
      jpl *= 0x1p-500;
      scale += 500;
    }
  }
  double f = jpl / jl;

  double jmu, ymu, ymu1;
  if (x < 2.0) {
    /* Temme's series for Y_mu and Y_mu+1. */
    double x2 = 0.5 * x, pimu = SK_BESSEL_PI * mu;
    double fact = fabs(pimu) < SK_BESSEL_EPS ? 1.0 : pimu / sin(pimu);
    double lg = -log(x2), sigma = mu * lg;
    double fact2 = fabs(sigma) < SK_BESSEL_EPS ? 1.0 : sinh(sigma) / sigma;
    double gam1, gam2, rgp, rgm;
    sk_bessel_temme_gammas(mu, &gam1, &gam2, &rgp, &rgm);
    double ff = (2.0 / SK_BESSEL_PI) * fact * (gam1 * cosh(sigma) + gam2 * fact2 * lg);
    double es = exp(sigma);
    double p = es / (rgp * SK_BESSEL_PI);
    double q = 1.0 / (es * SK_BESSEL_PI * rgm);
    double half = 0.5 * pimu;
    double fact3 = fabs(half) < SK_BESSEL_EPS ? 1.0 : sin(half) / half;
    double r = SK_BESSEL_PI * half * fact3 * fact3;
    double ck = 1.0, dd = -x2 * x2;
    double sum = ff + r * q, sum1 = p;
    for (int i = 1; i < 1000; i++) {
      ff = (i * ff + p + q) / (i * (double)i - mu * mu);
      ck *= dd / i;
      p /= i - mu;
      q /= i + mu;
      double del = ck * (ff + r * q);
      sum += del;
      sum1 += ck * p - i * del;
      if (fabs(del) < (1.0 + fabs(sum)) * SK_BESSEL_EPS) break;
    }
    ymu = -sum;
    ymu1 = -2.0 * sum1 / x;
    double ympu = mu / x * ymu - ymu1;
    jmu = w / (ympu - f * ymu);
  } else {
    double p, q;
    sk_bessel_jy_cf2(mu, x, &p, &q);
    double gamma = (p - f) / q;
    jmu = sqrt(w / (q + gamma * (p - f)));
    if (jl < 0) jmu = -jmu;
    ymu = gamma * jmu;
    double ympu = p * ymu + q * jmu;
    ymu1 = mu / x * ymu - ympu;
  }

  if (need_j) {
    double jnu = jmu * (sign / jl);
    *J = scale ? ldexp(jnu, -scale) : jnu;
  }
  if (need_y) {
    for (double i = 1.0; i <= nl; i += 1.0) {
      double yt = 2.0 * (mu + i) / x * ymu1 - ymu;
      ymu = ymu1;
      ymu1 = yt;
      if (isinf(ymu1)) { /* overflow: Y_nu is infinite unless this was the last step */
        if (i < nl) ymu = ymu1;
        break;
      }
    }
    *Y = ymu;
  }
}

#endif
