/*
 * sk_vexpm1(x): e^x - 1 for every double x, accurate also where it is tiny, written to be
 * inlined into an elementwise loop and auto-vectorized (straight-line code, selects instead of
 * branches, no tables, no libm calls).
 *
 * Method
 *   Reduction as in sk_vexp (vecmath/exp.c): k = round(x / ln2), r = x - k ln2 kept as r + rlo,
 *   |r| <= 0.3467, x clamped to [-40, 710] (below -37.5 the result rounds to -1, above 709.79 to
 *   +Inf). e^r - 1 = r + r^2/2 + r^3/6 + ... (the same degree-12 fit as exp) as a double-double
 *   us + ut where us holds r + r^2/2 + r^3/6 but for a tail below 2^-6 |us|: the leading parts of
 *   r^2/2 and r^3/6 are exact products of split operands, added by Fast2Sum.
 *   e^x - 1 = 2^k (us + ut) + (2^k - 1): 2^k - 1 = T + Te exactly (2Sum), T + 2^k us = S + E
 *   exactly (2Sum; 2^k us is exact), result S + (E + Te + 2^k ut): one rounding that matters, no
 *   cancellation (for k = 0 this is us + ut; for k != 0, |S| >= 0.29). k = 1024 (x > 709.44):
 *   ((1 + us + ut) 2^1023) 2, overflowing to +Inf beyond DBL_MAX.
 *   |x| < 2^-54: x itself (correctly rounded, and the sign of zero kept).
 *   Error: measured max 0.54 ulp (test/vecmath.test.ts).
 *
 * Special cases
 *   expm1(±0) = ±0, expm1(+Inf) = +Inf, expm1(-Inf) = -1, expm1(NaN) = NaN,
 *   expm1(x) = +Inf for x > 709.782712893384, -1 for x < -37.43.
 */
#ifndef SK_VECMATH_EXPM1_C
#define SK_VECMATH_EXPM1_C
#include <math.h>
#include "vecmath/common.c"

static inline double sk_vexpm1(double x)
{
  const double inv_ln2 = 0x1.71547652b82fep0;
  const double ln2hi = 0x1.62e42fefa0000p-1; /* 32 significant bits */
  const double ln2lo = 0x1.cf79abc9e3b3ap-40;

  int tiny = fabs(x) < 0x1p-54; /* result x; computed on 0 (no subnormal arithmetic) */
  double x0 = sk_vm_if_tiny(x, 0x1p-54, 0.0);
  double xc = x0 > 710.0 ? 710.0 : x0;
  xc = xc < -40.0 ? -40.0 : xc;

  double kshift = xc * inv_ln2 + SK_VM_SHIFT;
  uint64_t ku = sk_vm_bits(kshift); /* SHIFT_BITS + k */
  double kd = kshift - SK_VM_SHIFT;

  double hi = xc - kd * ln2hi; /* exact */
  double lo = kd * ln2lo;
  double r = hi - lo;
  double rlo = (hi - r) - lo;

  /* e^r - 1 - r - r^2/2 - c3 r^3 = r^4 p(r) */
  const double c3 = 0x1.5555555555557p-3;
  const double c3h = 0x1.4p-3;      /* 2 significant bits */
  const double c3l = c3 - c3h;      /* exact */
  const double P0 = 0x1.555555555554ep-5;
  const double P1 = 0x1.11111111100e2p-7;
  const double P2 = 0x1.6c16c16c1a09ap-10;
  const double P3 = 0x1.a01a01abe5988p-13;
  const double P4 = 0x1.a01a019059cdbp-16;
  const double P5 = 0x1.71de02365481bp-19;
  const double P6 = 0x1.27e510e18b55ep-22;
  const double P7 = 0x1.af4de43d1268dp-26;
  const double P8 = 0x1.1f19fe2715341p-29;
  /* Estrin's scheme (shorter dependency chains than Horner: the loop is latency-bound) */
  double r2 = r * r, r4 = r2 * r2;
  double q0 = (P0 + P1 * r) + (P2 + P3 * r) * r2;
  double q1 = (P4 + P5 * r) + (P6 + P7 * r) * r2;
  double p = (q0 + q1 * r4) + P8 * (r4 * r4);
  double z = r2;

  /*
   * e^r - 1 = us + ut with us = r + r^2/2 + r^3/6 up to the small tail, its leading parts exact:
   * r^2/2 = a2 + a2lo with a2 = (rh^2)/2 exact (26-bit halves); r^3 c3 = m0 + rest with
   * m0 = ch^3 c3h exact (ch: 17-bit head of r, so ch^3 has 51 bits; c3h has 2); the sums r + a2
   * and + m0 by Fast2Sum (|r| >= r^2/2 >= |r^3 c3|). Only the tail (|ut| < 2^-6 |us|) rounds.
   */
  double rh = sk_vm_hi26(r), rl = r - rh;
  double a2 = 0.5 * (rh * rh); /* exact */
  double a2lo = rh * rl + 0.5 * (rl * rl);
  double ch = sk_vm_double(sk_vm_bits(r) & ~((UINT64_C(1) << 36) - 1)); /* 17 bits */
  double cl = r - ch;
  double ch2 = ch * ch;
  double ch3 = ch2 * ch;                               /* exact */
  double cl3 = cl * (3.0 * ch2 + cl * (3.0 * ch + cl)); /* r^3 - ch^3 */
  double m0 = ch3 * c3h;                               /* exact */
  double us1 = r + a2;
  double ue1 = (r - us1) + a2;
  double us = us1 + m0;
  double ue2 = (us1 - us) + m0;
  double ut = ((ue1 + ue2) + (a2lo + rlo * (1.0 + r))) + ((ch3 * c3l + cl3 * c3) + (z * z) * p);

  /* 2^k (us + ut) + (2^k - 1), for k <= 1023. */
  double sc = sk_vm_double((ku + 1023) << 52); /* 2^k (garbage for k = 1024: not selected) */
  double T = sc - 1.0; /* 2Sum: sc - 1 = T + Te */
  double Tb = T - sc;
  double Te = (sc - (T - Tb)) + (-1.0 - Tb);
  double U = us * sc; /* exact */
  double S = T + U;   /* 2Sum: T + U = S + E */
  double Sb = S - T;
  double E = (T - (S - Sb)) + (U - Sb);
  double y = S + ((E + Te) + ut * sc);

  /* k = 1024: (1 + us + ut) 2^1023 2, the -1 far below an ulp. */
  double s1 = 1.0 + us;
  double e1 = (1.0 - s1) + us;
  double big = ((s1 + (e1 + ut)) * 0x1p1023) * 2.0;

  y = kd > 1023.5 ? big : y;
  return tiny ? x : y;
}

#endif /* SK_VECMATH_EXPM1_C */
