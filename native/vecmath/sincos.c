/*
 * sk_vsin(x), sk_vcos(x): sine and cosine for every double x, written to be inlined into an
 * elementwise loop and auto-vectorized (straight-line code, selects instead of branches, no
 * tables).
 *
 * Method
 *   Reduction, |x| <= 2^21: n = round(x 2/pi) (the 0x1.8p52 shifter: n mod 4 is in the low bits),
 *   r = x - n pi/2 with pi/2 = P1 + P2 + P3 + P4 (fdlibm's pio2_1, pio2_2, pio2_3 of at most 32
 *   significant bits, and pio2_3t; 149 bits in all). n < 2^21 makes every n Pi (i <= 3) exact and
 *   x - n P1 exact; the two further subtractions are error-free (2Sum), so r = rh + rl comes out
 *   with relative error below 2^-100 + 2^-127/|r|; |r| >= 2^-60.49 for every double of that
 *   range (the closest a double up to 2^21 comes to a multiple of pi/2, next to 29 pi/2, found by
 *   scanning every n), so that is far below 2^-53.
 *   Kernels on [-pi/4, pi/4] with the tail rl, in the form of fdlibm's __kernel_sin and FreeBSD's
 *   __kernel_cos with our own minimax polynomials (degree 15, 2^-68.7, and degree 14, 2^-64), and
 *   their leading terms (x^3/6; x^2/2 and x^4/24) computed exactly from split operands so that
 *   only the final addition rounds by more than a few hundredths of an ulp. Both are computed for
 *   every lane; the quadrant n mod 4 picks one and the sign by integer masks.
 *   |x| > 2^21 (and ±Inf): sk_vm_sin_big / sk_vm_cos_big, declared `omp declare simd` so that the
 *   loop still vectorizes and calls their SIMD clones, which call libm's sin/cos (full
 *   Payne-Hanek reduction, < 1 ulp) for just those lanes; other lanes pay a compare.
 *   Error: measured max 0.56 ulp (sin, cos) (test/vecmath.test.ts).
 *
 * Special cases
 *   sin(±0) = ±0 and sin(x) = x for |x| < 2^-26 (subnormals included), cos(±0) = 1,
 *   sin/cos(±Inf) = NaN, sin/cos(NaN) = NaN.
 */
#ifndef SK_VECMATH_SINCOS_C
#define SK_VECMATH_SINCOS_C
#include <math.h>
#include "vecmath/common.c"

#define SK_VM_TRIG_BIG 0x1p21

/*
 * Lanes beyond the reduction range: y if |x| <= 2^21, else libm's sin(x) / cos(x). Not inlined and
 * declared `omp declare simd`, so a loop calling sk_vsin still vectorizes and calls a SIMD clone
 * (_ZGVbN2vv_sk_vm_sin_big from SSE2 code; _ZGVbN4vv_... from AVX2 code inside target_clones, as
 * GCC 12 does not pair a target clone with the AVX2 SIMD clone): a loop over the lanes, each a
 * compare and a rarely taken branch. The call's result is the function's result, so that GCC
 * cannot sink the call into a branch (which would stop if-conversion and with it vectorization).
 */
#pragma omp declare simd notinbranch simdlen(2)
#pragma omp declare simd notinbranch simdlen(4)
__attribute__((noinline)) static double sk_vm_sin_big(double x, double y)
{
  return fabs(x) > SK_VM_TRIG_BIG ? sin(x) : y;
}

#pragma omp declare simd notinbranch simdlen(2)
#pragma omp declare simd notinbranch simdlen(4)
__attribute__((noinline)) static double sk_vm_cos_big(double x, double y)
{
  return fabs(x) > SK_VM_TRIG_BIG ? cos(x) : y;
}

/*
 * x = n pi/2 + rh + rl for |x| <= 2^21; returns n mod 4 (as SHIFT_BITS + n, low bits).
 */
static inline uint64_t sk_vm_rem_pio2(double x, double *rh, double *rl)
{
  const double two_over_pi = 0x1.45f306dc9c883p-1;
  const double p1 = 0x1.921fb54400000p+0;
  const double p2 = 0x1.0b4611a600000p-34;
  const double p3 = 0x1.3198a2e000000p-69;
  const double p4 = 0x1.b839a252049c1p-104;
  double nshift = x * two_over_pi + SK_VM_SHIFT;
  uint64_t nu = sk_vm_bits(nshift);
  double n = nshift - SK_VM_SHIFT;

  double r1 = x - n * p1; /* exact */
  double w2 = n * p2;     /* exact */
  double r2 = r1 - w2;    /* 2Sum: r1 - w2 = r2 + e2 */
  double b2 = r2 - r1;
  double e2 = (r1 - (r2 - b2)) - (w2 + b2);
  double w3 = n * p3; /* exact */
  double r3 = r2 - w3; /* 2Sum: r2 - w3 = r3 + e3 */
  double b3 = r3 - r2;
  double e3 = (r2 - (r3 - b3)) - (w3 + b3);
  double lo = (e2 + e3) - n * p4;
  double h = r3 + lo;
  *rh = h;
  *rl = (r3 - h) + lo;
  return nu;
}

/*
 * sin(x + y) for |x + y| <= pi/4, |y| <= ulp(x): sin x = x + x^3 (S1 + z S2 + ... + z^6 S7),
 * z = x^2 (our minimax fit, 2^-68.7, in the form of fdlibm's __kernel_sin), with the product x^3 S1
 * (up to 0.08, a tenth of the result) split so that its main part is exact: x = a + b with a of 17
 * significant bits (a^3 exact), S1 = S1h + S1l with S1h = -0x1.4p-3 (2 bits, so a^3 S1h exact);
 * x + a^3 S1h is then formed exactly (Fast2Sum) and everything else is a small tail.
 */
static inline double sk_vm_sin_kernel(double x, double y)
{
  const double S1 = -0x1.5555555555555p-3;
  const double S1h = -0x1.4p-3;
  const double S1l = S1 - S1h; /* exact */
  const double S2 = 0x1.111111111110bp-7;
  const double S3 = -0x1.a01a01a018a67p-13;
  const double S4 = 0x1.71de3a5330160p-19;
  const double S5 = -0x1.ae64528ce2dc3p-26;
  const double S6 = 0x1.61208be332b3bp-33;
  const double S7 = -0x1.aaa214752c92dp-41;
  double z = x * x;
  double a = sk_vm_double(sk_vm_bits(x) & ~((UINT64_C(1) << 36) - 1)); /* 17 bits */
  double b = x - a;
  double a2 = a * a;
  double a3 = a2 * a;                             /* exact */
  double b3 = b * (3.0 * a2 + b * (3.0 * a + b)); /* x^3 - a^3 */
  double m0 = a3 * S1h;                           /* exact */
  double hi = x + m0;
  double lo = (x - hi) + m0; /* exact: |x| >= |m0| */
  double z2 = z * z; /* Estrin's scheme: shorter dependency chains (the loop is latency-bound) */
  double p = ((S2 + S3 * z) + (S4 + S5 * z) * z2) + (S6 + S7 * z) * (z2 * z2);
  double tail = lo + ((a3 * S1l + b3 * S1) + ((x * z2) * p + y * (1.0 - 0.5 * z)));
  return hi + tail;
}

/*
 * cos(x + y) for |x + y| <= pi/4, |y| <= ulp(x): cos x = 1 - x^2/2 + x^4 (C1 + ... + z^5 C6)
 * (our minimax fit, 2^-64), with the two leading terms' main parts exact: x^2/2 = hz + hzl, hz
 * from 26-bit halves; x^4 C1 = g^4 C1h + rest, g the 13-bit head of x (g^4 has 52 bits), C1h = 2^-5;
 * 1 - hz and + g^4 C1h by Fast2Sum. Only the small tail rounds.
 */
static inline double sk_vm_cos_kernel(double x, double y)
{
  const double C1 = 0x1.555555555554bp-5;
  const double C2 = -0x1.6c16c16c14f8ap-10;
  const double C3 = 0x1.a01a019c8390cp-16;
  const double C4 = -0x1.27e4f7ea37747p-22;
  const double C5 = 0x1.1ee9d7527cd70p-29;
  const double C6 = -0x1.8fa465e4aee13p-37;
  const double C1h = 0x1p-5;    /* 1 significant bit */
  const double C1l = C1 - C1h;  /* exact */
  double z = x * x;
  double a = sk_vm_hi26(x), b = x - a;
  double hz = 0.5 * (a * a); /* exact */
  double hzl = a * b + 0.5 * (b * b);
  double g = sk_vm_double(sk_vm_bits(x) & ~((UINT64_C(1) << 40) - 1)); /* 13 bits */
  double d = x - g;
  double g2 = g * g;
  double g4 = g2 * g2;                 /* exact */
  double d4 = d * (x + g) * (z + g2);  /* x^4 - g^4 */
  double m4 = g4 * C1h;                /* exact */
  double z2 = z * z; /* Estrin's scheme */
  double q = ((C2 + C3 * z) + (C4 + C5 * z) * z2) + C6 * (z2 * z2);
  double c = 1.0 - hz;
  double ce = (1.0 - c) - hz; /* exact: 1 - hz = c + ce */
  double c2 = c + m4;
  double ce2 = (c - c2) + m4; /* exact */
  return c2 + (((ce + ce2) - hzl) + ((g4 * C1l + d4 * C1) + ((z2 * z) * q - x * y)));
}

/* sin(r) or cos(r) and its sign by quadrant q: (q & 1 ? cos : sin) * (q & 2 ? -1 : 1). */
static inline double sk_vm_trig_select(uint64_t q, double s, double c)
{
  uint64_t odd = 0 - (q & 1);
  uint64_t bits = (sk_vm_bits(c) & odd) | (sk_vm_bits(s) & ~odd);
  return sk_vm_double(bits ^ ((q & 2) << 62));
}

static inline double sk_vsin(double x)
{
  /* |x| < 2^-26: the result is x; computed on 0 (so that no lane computes with subnormals). */
  int tiny = fabs(x) < 0x1p-26;
  double rh, rl;
  uint64_t q = sk_vm_rem_pio2(sk_vm_if_tiny(x, 0x1p-26, 0.0), &rh, &rl);
  double y = sk_vm_trig_select(q, sk_vm_sin_kernel(rh, rl), sk_vm_cos_kernel(rh, rl));
  y = tiny ? x : y;
  return sk_vm_sin_big(x, y);
}

static inline double sk_vcos(double x)
{
  /* |x| < 2^-27: cos x rounds to 1, which x = 0 gives exactly (and no subnormal x^2 arises). */
  double rh, rl;
  uint64_t q = sk_vm_rem_pio2(sk_vm_if_tiny(x, 0x1p-27, 0.0), &rh, &rl) + 1;
  double y = sk_vm_trig_select(q, sk_vm_sin_kernel(rh, rl), sk_vm_cos_kernel(rh, rl));
  return sk_vm_cos_big(x, y);
}

#endif /* SK_VECMATH_SINCOS_C */
