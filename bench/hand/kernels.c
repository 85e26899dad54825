/*
 * Hand-written C baselines for bench/performance.mjs: the eight benchmark expressions as a careful
 * C programmer writes them (restrict pointers, multiplications for small powers, scalar libm:
 * exp, sin, cos, sqrt, lgamma, tgamma, j0), plus a STREAM-like triad for the bandwidth bound.
 *
 * The same file is compiled three ways by bench/performance.mjs (flags recorded in its output):
 *   plain      gcc -O3
 *   fast       gcc -O3 -march=native -ffast-math          (glibc's math.h then declares libmvec
 *                                                           variants: exp/sin/cos vectorize)
 *   declsimd   gcc -O3 -march=native -fno-math-errno -fno-trapping-math -fopenmp-simd
 *              -DHAND_DECLARE_SIMD                         (libmvec via the prototypes below,
 *                                                           IEEE semantics otherwise kept)
 * lgamma, tgamma and j0 have no vector variant in glibc: they stay scalar calls in every build.
 */
#define _DEFAULT_SOURCE 1 /* j0 is an XSI extension */
#include <math.h>
#include <stddef.h>

#ifdef HAND_DECLARE_SIMD
#pragma omp declare simd notinbranch
double exp(double);
#pragma omp declare simd notinbranch
double sin(double);
#pragma omp declare simd notinbranch
double cos(double);
#endif

/* 1. normal pdf, mu and sigma scalars */
void hand_pdf(size_t n, const double *restrict x, double mu, double sigma, double *restrict out)
{
  const double scale = 1.0 / (sigma * sqrt(2.0 * M_PI));
  const double k = -1.0 / (2.0 * sigma * sigma);
  for (size_t i = 0; i < n; i++) {
    const double d = x[i] - mu;
    out[i] = exp(d * d * k) * scale;
  }
}

/* 2. rational polynomial */
void hand_rational(size_t n, const double *restrict x, double *restrict out)
{
  for (size_t i = 0; i < n; i++) {
    const double v = x[i], v2 = v * v;
    out[i] = (1.0 + 2.0 * v + 3.0 * v2 + 4.0 * v2 * v) / (1.0 + v2);
  }
}

/* 3. piecewise */
void hand_piecewise(size_t n, const double *restrict x, double *restrict out)
{
  for (size_t i = 0; i < n; i++) {
    const double v = x[i];
    out[i] = v < 0.0 ? v * v : sin(v);
  }
}

/* 4. trig + radius */
void hand_trig(size_t n, const double *restrict x, const double *restrict y, double *restrict out)
{
  for (size_t i = 0; i < n; i++) {
    const double a = x[i], b = y[i];
    out[i] = sin(a) * cos(b) + sqrt(a * a + b * b);
  }
}

/* 5. difference of log-gammas (glibc lgamma: sets signgam; single-threaded use) */
void hand_lgamma(size_t n, const double *restrict x, const double *restrict y, double *restrict out)
{
  for (size_t i = 0; i < n; i++) out[i] = lgamma(x[i] + 1.0) - lgamma(y[i] + 1.0);
}

/* 6. gamma */
void hand_gamma(size_t n, const double *restrict x, double *restrict out)
{
  for (size_t i = 0; i < n; i++) out[i] = tgamma(x[i]);
}

/* 7. Bessel J0 */
void hand_j0(size_t n, const double *restrict x, double *restrict out)
{
  for (size_t i = 0; i < n; i++) out[i] = j0(x[i]);
}

/* 8. a*x + y, a scalar */
void hand_axpy(size_t n, double a, const double *restrict x, const double *restrict y, double *restrict out)
{
  for (size_t i = 0; i < n; i++) out[i] = a * x[i] + y[i];
}

/* STREAM triad: out = b + q*c (24 bytes moved per element: two reads, one write). */
void hand_triad(size_t n, const double *restrict b, const double *restrict c, double q, double *restrict out)
{
  for (size_t i = 0; i < n; i++) out[i] = b[i] + q * c[i];
}
