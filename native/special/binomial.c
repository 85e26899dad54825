/*
 * sk_binomial(n, k) = Γ(n+1) / (Γ(k+1) Γ(n-k+1)) for real n, k, with SymPy's conventions for
 * integer arguments.
 *
 * Method
 *   k an integer:
 *     k < 0: 0 (SymPy returns 0 for every negative integer k); k = 0: 1.
 *     n an integer ≥ 0: 0 if k > n; for n ≤ 170 and results below 2^50, n!/(k!(n-k)!) from the
 *       factorial table rounded to the nearest integer (its error is below 1/2, so this is
 *       exact); else with j = min(k, n-k) the product
 *       C = Π_{i=1..j} (n-j+i) / i, whose partial products C(n-j+i, i) are integers: with
 *       g = gcd(C(n-j+i-1, i-1), i) divided out of both factors first, each step multiplies two
 *       exact integers, so the result is exact while below 2^53 and correctly rounded when only
 *       the last step goes beyond (every coefficient below 2^53 comes out exact). Otherwise
 *       (j > 60 or an earlier partial product ≥ 2^53): n!/(k!(n-k)!) from the factorial table
 *       for n ≤ 170, or 1/((n+1) B(n-k+1, k+1)), a few ulp.
 *     n a negative integer: (-1)^k C(k-n-1, k) (SymPy's and the generalized binomial's value).
 *     n not an integer: by the beta function with positive arguments only,
 *       n > k-1:        1 / ((n+1) B(n-k+1, k+1))
 *       -1 < n < k-1:   (-1)^(k-1) sinpi(n) B(n+1, k-n) / π
 *       n < -1:         (-1)^k / ((k-n) B(-n, k+1))
 *   k not an integer: n a negative integer: NaN (a pole of Γ(n+1) with both signs, SymPy's zoo);
 *     n-k+1 a non-positive integer: 0 (a pole of Γ(n-k+1)); n+1, k+1, n-k+1 > 0:
 *     1 / ((n+1) B(n-k+1, k+1)); other signs: the same identity with beta's reflections.
 *   Sums such as n-k+1 are formed as exact two-sums hi + lo, and B(a+da, b+db) is corrected to
 *   first order, B · exp(da (ψ(a) - ψ(a+b)) + db (ψ(b) - ψ(a+b))), so the rounding of the
 *   arguments does not cost accuracy when they are large. Where n+1, k+1 or n-k+1 is negative
 *   (k not an integer) this correction is not applied (documented in the accuracy bounds).
 *   Error: measured ≤ 8 ulp (1.1e-15 relative) on real arguments, exact on integers (docs/accuracy.md).
 *
 * Special cases
 *   binomial(NaN, k) = binomial(n, NaN) = NaN; an infinite argument gives NaN
 *   binomial(n, 0) = 1 and binomial(n, -m) = 0 for integers m > 0, for every n (SymPy)
 *   binomial(n, k) = 0 for integers 0 ≤ n < k
 *   binomial(-m, k) = (-1)^k binomial(k+m-1, k) for integers m > 0, k ≥ 0
 *   binomial(-m, k) = NaN for integers m > 0 and non-integer k
 */
#ifndef SK_SPECIAL_BINOMIAL_C
#define SK_SPECIAL_BINOMIAL_C
#include <math.h>
#include "special/gamma.c"
#include "special/digamma.c"
#include "special/beta.c"

/* log B(a + alo, b + blo) - log B(a, b) for a, b > 0, to first order in alo, blo. */
static inline double sk_gm_beta_shift(double a, double alo, double b, double blo)
{
  if (alo == 0 && blo == 0) return 0.0;
  double psum = sk_digamma(a + b), c = 0;
  if (alo != 0) c += alo * (sk_digamma(a) - psum);
  if (blo != 0) c += blo * (sk_digamma(b) - psum);
  return c;
}

/* B(a + alo, b + blo) for a, b > 0. */
static inline double sk_gm_beta_corrected(double a, double alo, double b, double blo)
{
  return sk_gm_beta_pos(a, b) * sk_gm_exp_small(sk_gm_beta_shift(a, alo, b, blo));
}

/* 1 / ((s + slo) B(a + alo, b + blo)) for a, b > 0, s ≠ 0. */
static inline double sk_gm_inv_beta_corrected(double a, double alo, double b, double blo, double s, double slo)
{
  return sk_gm_inv_scaled_beta_pos(a, b, s) / (sk_gm_exp_small(sk_gm_beta_shift(a, alo, b, blo)) * (1.0 + slo / s));
}

/* x + y = hi + *lo exactly (two-sum). */
static inline double sk_gm_two_sum(double x, double y, double *lo)
{
  double s = x + y, v = s - x;
  *lo = (x - (s - v)) + (y - v);
  return s;
}

/* C(n, k) for integers 0 ≤ k ≤ n. */
static inline double sk_gm_binomial_nonneg(double n, double k)
{
  double j = fmin(k, n - k);
  if (j == 0) return 1.0;
  if (n <= 170) {
    /* three correctly rounded factorials, two divisions: relative error ≤ 1.25 · 2^-52, so below
       2^50 the nearest integer is the exact coefficient */
    double r = sk_gm_factorial[(int)n] / sk_gm_factorial[(int)j] / sk_gm_factorial[(int)(n - j)];
    if (r < 0x1p50) return round(r);
  }
  if (j <= 60) {
    /* r_i = C(n-j+i, i) = r_{i-1} (n-j+i) / i, with g = gcd(r_{i-1}, i) divided out first:
       (i/g) divides n-j+i, so both factors are exact integers and the product is exact while
       below 2^53 (and correctly rounded at the last step) */
    double r = 1.0;
    for (int i = 1; i <= (int)j; i++) {
      double a = r, b = i, t;
      while (b != 0) { t = fmod(a, b); a = b; b = t; } /* a = gcd(r, i) */
      r = (r / a) * ((n - j + i) / (i / a));
      if (r >= 0x1p53 && i < (int)j) break;
      if (i == (int)j) return r;
    }
  }
  double r;
  if (n <= 170) {
    r = sk_gm_factorial[(int)n] / sk_gm_factorial[(int)j] / sk_gm_factorial[(int)(n - j)];
  } else {
    double nlo, n1 = sk_gm_two_sum(n, 1.0, &nlo);
    double alo, a = sk_gm_two_sum(n - j, 1.0, &alo);
    r = sk_gm_inv_beta_corrected(a, alo, j + 1.0, 0.0, n1, nlo);
  }
  return r;
}

/* 1 - (hi + lo) as an exact-ish two-sum. */
static inline double sk_gm_one_minus(double hi, double lo, double *out_lo)
{
  double e, r = sk_gm_two_sum(1.0, -hi, &e);
  *out_lo = e - lo;
  return r;
}

/*
 * Γ(N) / (Γ(K) Γ(M)) with N = n+1, K = k+1, M = n-k+1 (so K + M = N + 1), each held as an exact
 * two-sum, for arguments that are not both integers: the beta function of positive arguments
 * times the reflections of the negative ones (see the Method comment).
 */
static inline double sk_gm_binomial_real(double n, double k)
{
  double nl, N = sk_gm_two_sum(n, 1.0, &nl);
  double kl, K = sk_gm_two_sum(k, 1.0, &kl);
  double tl, t = sk_gm_two_sum(n, -k, &tl);
  double ml, M = sk_gm_two_sum(t, 1.0, &ml);
  ml += tl;
  if ((M <= 0 && M == floor(M) && ml == 0) || (K <= 0 && K == floor(K) && kl == 0)) return 0.0;
  if (N <= 0 && N == floor(N) && nl == 0) return NAN; /* pole of Γ(n+1), both signs */
  if (K > 0 && M > 0) /* includes N < 0 */
    return sk_gm_inv_beta_corrected(M, ml, K, kl, N, nl);
  if (N > 0) {
    /* exactly one of K, M is negative: sinpi(X) B(N, 1-X) / π */
    double X = M < 0 ? M : K, xl = M < 0 ? ml : kl;
    double ol, o = sk_gm_one_minus(X, xl, &ol);
    return sk_gm_sinpi2(X, xl) * sk_gm_beta_corrected(N, nl, o, ol) / SK_GM_PI;
  }
  double sn = sk_gm_sinpi2(N, nl);
  double onl, on = sk_gm_one_minus(N, nl, &onl);
  if (K < 0 && M < 0) {
    double okl, ok = sk_gm_one_minus(K, kl, &okl);
    double oml, om = sk_gm_one_minus(M, ml, &oml);
    return sk_gm_sinpi2(K, kl) * sk_gm_sinpi2(M, ml) * sk_gm_beta_corrected(ok, okl, om, oml) / (SK_GM_PI * sn);
  }
  /* N < 0 and one of K, M negative: sinpi(X) / (sinpi(N) (1-X) B(1-N, Y)) */
  double X = K < 0 ? K : M, xl = K < 0 ? kl : ml;
  double Y = K < 0 ? M : K, yl = K < 0 ? ml : kl;
  double oxl, ox = sk_gm_one_minus(X, xl, &oxl);
  double sx = sk_gm_sinpi2(X, xl);
  return sx * sk_gm_inv_beta_corrected(on, onl, Y, yl, sn * ox, sn * oxl);
}

static inline double sk_binomial(double n, double k)
{
  if (n != n || k != k) return n + k;
  if (isinf(n) || isinf(k)) return NAN;
  if (k == floor(k)) {
    if (k < 0) return 0.0;
    if (k == 0) return 1.0;
    if (n == floor(n)) {
      if (n >= 0) return k > n ? 0.0 : sk_gm_binomial_nonneg(n, k);
      double lo, m = sk_gm_two_sum(k, -n - 1.0, &lo); /* k - n - 1, exact below 2^53 */
      double v = sk_gm_binomial_nonneg(m, k);
      return fmod(k, 2.0) == 0 ? v : -v;
    }
  }
  return sk_gm_binomial_real(n, k);
}
#endif
