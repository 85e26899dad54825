/*
 * Exponential integral E1(x) = int_x^inf e^-t / t dt for real x > 0. C twin of
 * src/special/incomplete/e1.ts.
 *
 * Method
 * - 0 < x <= 1: E1(x) = -ln x + G(x), G(x) = E1(x) + ln x = -gamma - sum (-x)^k / (k k!) (entire),
 *   a degree-12 polynomial fit in 2x - 1.
 * - x > 1: E1(x) = e^-x / x F(1/x), F = x e^x E1(x) -> 1 (x -> inf), polynomial fits in 1/x on
 *   [1, 2], [2, 4], [4, 16], [16, 64], [64, inf). e^-x is split into two halves above x = 700 so the
 *   result underflows gradually instead of through a subnormal e^-x.
 * Fits: Chebyshev interpolation of the exact function (mpmath), checked to < 3.3e-16 relative in
 * double arithmetic (scripts/reference/zeta_expint_hyper.py `coefficients`). Cf. Cody & Thacher,
 * Math. Comp. 22 (1968) for the same split of ranges with rational approximations.
 *
 * Special cases
 * - E1(NaN) = NaN; E1(x < 0) = NaN (SymPy's value is complex there: -Ei(-x) - i pi);
 * - E1(+-0) = +Inf; E1(+Inf) = +0; E1(x) underflows to 0 above x ~ 740.
 */
#ifndef SK_SPECIAL_E1_C
#define SK_SPECIAL_E1_C

#include <math.h>
#include "special/zeta_expint_hyper_common.c"

static const double SK_E1_SMALL[13] = {
  -0.1333735857837845, 0.3934693402873666, -0.04510200521552493, 0.0047958926556569805,
  -0.00043790563907271195, 3.442312599049166e-05, -2.360822887020937e-06, 1.4319708844526943e-07,
  -7.774613682911808e-09, 3.8171727497211e-10, -1.7096548907755215e-11, 7.068015128480379e-13,
  -2.6899171572523866e-14
};

static const double SK_E1_1_2[19] = {
  0.6508128537230682, -0.06174333067349751, 0.008436135835133302, -0.0013629599822417545,
  0.00024348866807342236, -4.658463959142373e-05, 9.373857860454746e-06, -1.9613975717903865e-06,
  4.2349273494833285e-07, -9.383875315931697e-08, 2.12524789795781e-08, -4.903725277633267e-09,
  1.1501497689516842e-09, -2.7458138661798044e-10, 6.623555231617622e-11, -1.531995465071094e-11,
  3.740839728937865e-12, -1.3432951296876565e-12, 3.44141183325659e-13
};

static const double SK_E1_2_4[17] = {
  0.768752189048245, -0.05069711994785498, 0.005172158336960534, -0.0006505704390520858,
  9.305743671173572e-05, -1.4549522847555665e-05, 2.430430618549884e-06, -4.2750963419676717e-07,
  7.840269719668172e-08, -1.4884700038828329e-08, 2.9098967945911713e-09, -5.838905392877989e-10,
  1.1970351002606292e-10, -2.4492077237499973e-11, 5.1848320160145044e-12,
  -1.4176070287980755e-12, 3.1609923841809934e-13
};

static const double SK_E1_4_16[20] = {
  0.8780118154827334, -0.05837246074333626, 0.006568212509316433, -0.000966133942840601,
  0.00016851184758773387, -3.316331880972943e-05, 7.150620535994587e-06, -1.6572076984297472e-06,
  4.073723397045981e-07, -1.0519487590926261e-07, 2.8330413964404303e-08, -7.911836534148017e-09,
  2.2766444502479117e-09, -6.744244214474691e-10, 2.1102001749584762e-10, -6.626041160087914e-11,
  1.6001928215649816e-11, -4.862584461566073e-12, 3.96953684163127e-12, -1.394942718868538e-12
};

static const double SK_E1_16_64[14] = {
  0.9636786167702853, -0.020310723653753377, 0.0008038579305525652, -4.5036858081144897e-05,
  3.1885947684339976e-06, -2.684303483873176e-07, 2.5876639532364464e-08, -2.784787436222937e-09,
  3.285508290773143e-10, -4.191981183955314e-11, 5.705441520217812e-12, -8.257065986233473e-13,
  1.3942336746124748e-13, -2.2683313986102742e-14
};

static const double SK_E1_64_INF[10] = {
  0.991661087196378, -0.006912320840268413, 9.482632397227651e-05, -1.9208830542985413e-06,
  5.109056821169549e-08, -1.6732682564138187e-09, 6.480051913354365e-11, -2.8859315328420822e-12,
  1.4607729464169002e-13, -8.15560742986173e-15
};

/* e^y f without a premature overflow/underflow of e^y (|y| > 700: two halves). */
static inline double sk_zeh_scaled_exp(double y, double f) {
  if (fabs(y) < 700) return exp(y) * f;
  double h = exp(0.5 * y);
  return h * (h * f);
}

#define SK_E1_TAIL(c, x, a, b) sk_zeh_horner(c, (int)(sizeof(c) / sizeof(c[0])), (2 / (x) - (a) - (b)) / ((b) - (a)))

static double sk_e1(double x) {
  if (!(x >= 0)) return NAN;
  if (x <= 1) return x == 0 ? INFINITY : -log(x) + sk_zeh_horner(SK_E1_SMALL, 13, 2 * x - 1);
  if (x == INFINITY) return 0;
  double f;
  if (x <= 2) f = SK_E1_TAIL(SK_E1_1_2, x, 1.0 / 2, 1.0);
  else if (x <= 4) f = SK_E1_TAIL(SK_E1_2_4, x, 1.0 / 4, 1.0 / 2);
  else if (x <= 16) f = SK_E1_TAIL(SK_E1_4_16, x, 1.0 / 16, 1.0 / 4);
  else if (x <= 64) f = SK_E1_TAIL(SK_E1_16_64, x, 1.0 / 64, 1.0 / 16);
  else f = SK_E1_TAIL(SK_E1_64_INF, x, 1.0 / 750, 1.0 / 64);
  return sk_zeh_scaled_exp(-x, f / x);
}

#endif
