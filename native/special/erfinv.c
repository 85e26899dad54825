/*
 * sk_erfinv(x), the inverse error function on (-1, 1), and the helpers shared with erfcinv.c.
 *
 * Method (the structure of Wichura's AS241, Appl. Statist. 37 (1988) 477-484; our own rational
 * minimax fits, scripts/reference/gamma.py fit; relative errors in exact arithmetic: central
 * 5e-19, tails 2e-18 and 2e-19):
 *   |x| ≤ 0.85: erfinv(x) = x C(s), s = 0.85² - x², C a (8,8) rational. The variable s is
 *     measured from the end of the interval nearest the singularity at |x| = 1, which makes
 *     every coefficient positive (the same fit written in x² has alternating coefficients and
 *     loses a thousand ulps to cancellation).
 *   tail, y = 1 - |x| < 0.15 (exact for |x| ≥ 1/2): with w = sqrt(-log y),
 *     w < 5:  erfinv = w S1(w - 1.375),   S1 an (8,8) rational
 *     w ≥ 5:  erfinv = w S2(1/w),         S2 a (9,8) rational, up to w = 27.3 (y = 2^-1074)
 *   The singularities of erfcinv(e^-w²) at w = ±0.83i are why the tail starts at y = 0.15.
 *   Error: measured ≤ 5 ulp (docs/accuracy.md).
 *
 * Special cases
 *   erfinv(NaN) = NaN, erfinv(±0) = ±0, erfinv(±1) = ±Inf, erfinv(x) = NaN for |x| > 1
 */
#ifndef SK_SPECIAL_ERFINV_C
#define SK_SPECIAL_ERFINV_C
#include <math.h>

/* erfinv(x) for |x| ≤ 0.85 */
static inline double sk_gm_erfinv_central(double x)
{
  double v = 0.7224999999999999 - x * x; /* 0.85² rounded, as in the fit */
  double p = 0.03434057000203128;
  p = p * v + 2.3688321828460452;
  p = p * v + 25.19398298015642;
  p = p * v + 93.30314886205957;
  p = p * v + 156.94634326079446;
  p = p * v + 134.4135616133711;
  p = p * v + 60.508660077263436;
  p = p * v + 13.590378806657865;
  p = p * v + 1.1975323115670913;
  double q = 0.22444045702741275;
  q = q * v + 6.342004516653239;
  q = q * v + 45.5812090802618;
  q = q * v + 132.6358998757288;
  q = q * v + 188.62878326864933;
  q = q * v + 142.571969522696;
  q = q * v + 58.240043447428214;
  q = q * v + 12.09996742459329;
  q = q * v + 1.0;
  return x * (p / q);
}

/* erfcinv(y) for 0 < y < 0.15 (w = sqrt(-log y) > 1.377) */
static inline double sk_gm_erfcinv_tail(double y)
{
  double w = sqrt(-log(y));
  if (w < 5.0) {
    double v = w - 1.375;
    double p = 6.019258273886327e-05;
    p = p * v + 0.0033662297613177164;
    p = p * v + 0.05727550957848856;
    p = p * v + 0.4243799767155714;
    p = p * v + 1.6208073243746253;
    p = p * v + 3.481120742561036;
    p = p * v + 4.265704183471842;
    p = p * v + 2.7768411842166048;
    p = p * v + 0.7385216541307752;
    double q = 6.0191404795875226e-05;
    q = q * v + 0.0033665254288921943;
    q = q * v + 0.05743881640996773;
    q = q * v + 0.43055744174865984;
    q = q * v + 1.6909346626414443;
    q = q * v + 3.800429961892661;
    q = q * v + 4.946324507105093;
    q = q * v + 3.471124839296996;
    q = q * v + 1.0;
    return w * (p / q);
  }
  double v = 1.0 / w;
  double p = -147982.3272774709;
  p = p * v + 695212.7764073734;
  p = p * v + 403786.79430056096;
  p = p * v + 4962874.382164637;
  p = p * v + 5978418.817197479;
  p = p * v + 2031867.771807343;
  p = p * v + 252466.01525262385;
  p = p * v + 12163.875361269027;
  p = p * v + 212.15910429461098;
  p = p * v + 1.0000010849389782;
  double q = 1979696.4018769353;
  q = q * v + 4372417.365552374;
  q = q * v + 7235718.322981183;
  q = q * v + 6375457.921402002;
  q = q * v + 2056757.6470926907;
  q = q * v + 253016.9921855749;
  q = q * v + 12167.29097200805;
  q = q * v + 212.16028608744335;
  q = q * v + 1.0;
  return w * (p / q);
}

static inline double sk_erfinv(double x)
{
  double ax = fabs(x);
  if (ax <= 0.85) return sk_gm_erfinv_central(x);
  if (!(ax < 1.0)) return ax == 1.0 ? x * INFINITY : NAN; /* ±Inf, NaN beyond ±1 and for NaN */
  double r = sk_gm_erfcinv_tail(1.0 - ax);
  return x < 0 ? -r : r;
}
#endif
