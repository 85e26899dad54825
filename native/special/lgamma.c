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
 *   |Γ(x)| = 1) the two terms cancel. For the six zeros in (-5, -2) (-2.457, -2.748, -3.144,
 *   -3.955, -4.039, -4.992) a Taylor expansion about the zero (held as hi + lo) is used instead
 *   wherever |lgamma| ≲ 0.05, so the relative accuracy holds there (the approach of glibc's
 *   lgamma_neg, with our own expansions). Beyond -5 the zeros crowd against the integers (within
 *   1/n! of them); there the absolute error stays ~1e-16·|lgamma(-x)| but the relative error
 *   grows: documented in the accuracy bounds.
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

/*
 * The six zeros of lgamma in (-5, -2) (z0 = hi + lo), with the Taylor coefficients of lgamma
 * about each, c_k = ψ^(k-1)(z0) / k!, used where |x - z0| < r (|lgamma| ≲ 0.05 there, r ≤ 0.1 of
 * the distance to the nearest pole, truncation below 2^-62 of the first term).
 */
struct sk_gm_lgamma_zero {
  double hi, lo, r;
  int n;
  double c[19];
};
static const struct sk_gm_lgamma_zero sk_gm_lgamma_zeros[6] = {
  { -4.991544640560048, 1.5174411760571722e-16, 0.000429052770801776, 15, {
      -116.53578161624363, 6995.235954894064, -551419.9978512884, 48911582.709059045,
      -4627747171.739249, 456096042262.1976, -46235700276520.07, 4784685740359657.0,
      -5.030009689871695e+17, 5.35401097142486e+19, -5.756446826254377e+21, 6.240707993007915e+23,
      -6.813020277751576e+25, 7.482089930210699e+27, -8.259003043521392e+29, 0.0,
      0.0, 0.0, 0.0 } },
  { -4.039361839740537, 2.1143995503980602e-16, 0.0018663345466809552, 15, {
      26.790480886140593, 324.25532293784715, 5465.691820777134, 104145.55520145541,
      2116669.417577535, 44812215.95015571, 975830163.5382146, 21692364960.71331,
      489867910498.2002, 11200724416202.004, 258689045256062.44, 6024404000960524.0,
      1.4127866850826968e+17, 3.3328557787986145e+18, 7.902743911489097e+19, 0.0,
      0.0, 0.0, 0.0 } },
  { -3.955294284858598, -1.999428391746348e-17, 0.002412538152336654, 15, {
      -20.725060845803707, 251.7146825868894, -3730.6047156806126, 62588.08191876606,
      -1119991.501665522, 20877114.726503327, -400276998.18746364, 7834398183.738318,
      -155772242416.57217, 3135952925293.2925, -63769616182266.91, 1307561713653824.5,
      -2.699833879304111e+16, 5.607758637305037e+17, -1.1707469715963824e+19, 0.0,
      0.0, 0.0, 0.0 } },
  { -3.14358088834998, -2.1818179852331714e-16, 0.006425178757661824, 14, {
      7.781884658131351, 25.831338372387957, 112.268986297176, 588.8907422380014,
      3277.1937854953417, 19023.061984356358, 113559.66423713516, 692049.6022897746,
      4284377.443645979, 26855525.05557589, 170037345.82174313, 1085573221.5700052,
      6979115396.671346, 45135583357.51528, 0.0, 0.0,
      0.0, 0.0, 0.0 } },
  { -2.7476826467274127, 9.055340329338315e-17, 0.026118523337999387, 19, {
      -1.9143501856115988, 9.575189475709667, -20.095134916842603, 62.627282713513715,
      -194.76615530344623, 646.9059997129283, -2193.112776480624, 7610.397986658329,
      -26804.57842061811, 95617.4516433497, -344497.5934348329, 1251567.4465251002,
      -4578716.594581718, 16850484.270697366, -62330684.832407415, 231593359.80352938,
      -863873252.9293209, 3233548126.0760565, -12140906400.864338 } },
  { -2.4570247382208006, -3.7075610815513266e-17, 0.03299015983716971, 17, {
      1.5156034480216574, 4.8583209516339965, 1.41129114307798, 8.721782583815346,
      5.800414566599873, 24.824942121894072, 24.038823062292956, 82.22915682704253,
      100.6481235455116, 296.43641350761317, 425.17984568438214, 1130.457858177513,
      1811.2054188018712, 4487.218453188998, 7776.158102344247, 18347.170699977025,
      33630.45705579434, 0.0, 0.0 } },
};

/* lgamma near its zeros in (-5, -2) from the expansions above; NAN when x is not near one. */
static inline double sk_gm_lgamma_near_zero(double x)
{
  for (int i = 0; i < 6; i++) {
    const struct sk_gm_lgamma_zero *z = &sk_gm_lgamma_zeros[i];
    double d = x - z->hi; /* exact (Sterbenz) */
    if (fabs(d) < z->r) {
      d -= z->lo;
      double p = z->c[z->n - 1];
      for (int k = z->n - 2; k >= 0; k--) p = p * d + z->c[k];
      return p * d;
    }
  }
  return NAN;
}

static inline double sk_lgamma(double x)
{
  if (x > 0) return sk_gm_lgamma_pos(x);
  if (x != x) return x;
  if (x >= -0.25) return x == 0 ? INFINITY : sk_gm_lgamma_a(x) - log(-x);
  if (x == floor(x)) return INFINITY; /* poles and -Inf */
  if (x > -5.0 && x < -2.0) {
    double v = sk_gm_lgamma_near_zero(x);
    if (v == v) return v;
  }
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
