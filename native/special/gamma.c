/*
 * sk_gamma(x): the gamma function Γ(x) for every real x, and the helpers the gamma group shares
 * (factorial table, sinpi, the Lanczos sum). Included by lgamma.c, beta.c, factorial.c, … .
 *
 * Method
 *   1. x a positive integer ≤ 171: Γ(x) = (x-1)!, read from a table of the correctly rounded
 *      factorials 0! … 170! (exact up to 22!, correctly rounded beyond).
 *   2. 0 < |x| < 2^-28: Γ(x) = 1/x - γ (the next term, (γ²/2 + π²/12) x, is below 2^-56 of the
 *      result).
 *   3. other x > 0: Lanczos' approximation (C. Lanczos, SIAM J. Numer. Anal. B 1 (1964) 86-96)
 *      with N = 13 terms and g = 6.024680040776729583740234375 (0x1.81945b98p+2, the optimal g
 *      of G. R. Pugh, "An analysis of the Lanczos gamma approximation", thesis, UBC 2004):
 *          Γ(x) = L(x) · zgh^(x - 1/2) · e^(-zgh),   zgh = x + g - 1/2,
 *      where L(x) = num(x) / den(x), den(x) = x (x+1) … (x+11), is the Lanczos sum written as one
 *      rational function. Both polynomials have positive coefficients, so their evaluation is
 *      well conditioned for x > 0. The coefficients are our own: a minimax fit of the relative
 *      error of L over (0, ∞) (scripts/reference/gamma.py fit): 1.7e-20 in exact arithmetic,
 *      7e-17 after rounding the coefficients to doubles.
 *      zgh is rounded; its error δ is recovered exactly (two-sum) and corrected to first order:
 *      d/dz [(x - 1/2) log z - z] = -g/zgh at z = zgh, so Γ is multiplied by (1 - g δ / zgh).
 *      For x > 141, zgh^(x-1/2) would overflow before Γ does: h = zgh^(x/2 - 1/4) and
 *      Γ = L · h · (h · e^(-zgh)).
 *   4. x < 0, not an integer: reflection, with y = -x exact:
 *          Γ(x) = -π / (x · sinpi(x) · Γ(y)),
 *      sinpi with an exact reduction of x modulo 2 (no error from π x for large x). For y > 141
 *      the pieces of Γ(y) are applied one by one so that nothing overflows before the result
 *      underflows (gradually) for x < -171.
 *   Error: measured ≤ 6 ulp (8.5e-16 relative) against mpmath over (-200, 171.6); most of it is
 *   the rounding of num and den (Estrin: ≤ 2.8 ulp for the ratio; Horner was 4.9) (docs/accuracy.md).
 *
 * Special cases
 *   gamma(NaN) = NaN
 *   gamma(+Inf) = +Inf, gamma(-Inf) = NaN
 *   gamma(±0) = ±Inf
 *   gamma(-n) = NaN for every negative integer n (a pole whose sign depends on the side)
 *   gamma(n) = (n-1)! exactly rounded for integers 1 ≤ n ≤ 171
 *   gamma(x) = +Inf for x > 171.6243769563027 (overflow)
 *   gamma(x) = ±0 for x < -200 (underflow; sign (-1)^ceil(-x))
 */
#ifndef SK_SPECIAL_GAMMA_C
#define SK_SPECIAL_GAMMA_C
#include <math.h>

#define SK_GM_PI 3.141592653589793            /* 0x1.921fb54442d18p+1 */
#define SK_GM_EULER 0.5772156649015329        /* γ, 0x1.2788cfc6fb619p-1 */
#define SK_GM_LANCZOS_G 6.024680040776729583740234375   /* 0x1.81945b98p+2 */
#define SK_GM_LANCZOS_GMH 5.524680040776729583740234375 /* g - 1/2, exact */

/* n! for n = 0 … 170, correctly rounded. */
static const double sk_gm_factorial[171] = {
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 1.21645100408832e+17, 2.43290200817664e+18, 5.109094217170944e+19,
  1.1240007277776077e+21, 2.585201673888498e+22, 6.204484017332394e+23, 1.5511210043330986e+25,
  4.0329146112660565e+26, 1.0888869450418352e+28, 3.0488834461171387e+29, 8.841761993739702e+30,
  2.6525285981219107e+32, 8.222838654177922e+33, 2.631308369336935e+35, 8.683317618811886e+36,
  2.9523279903960416e+38, 1.0333147966386145e+40, 3.7199332678990125e+41, 1.3763753091226346e+43,
  5.230226174666011e+44, 2.0397882081197444e+46, 8.159152832478977e+47, 3.345252661316381e+49,
  1.40500611775288e+51, 6.041526306337383e+52, 2.658271574788449e+54, 1.1962222086548019e+56,
  5.502622159812089e+57, 2.5862324151116818e+59, 1.2413915592536073e+61, 6.082818640342675e+62,
  3.0414093201713376e+64, 1.5511187532873822e+66, 8.065817517094388e+67, 4.2748832840600255e+69,
  2.308436973392414e+71, 1.2696403353658276e+73, 7.109985878048635e+74, 4.0526919504877214e+76,
  2.3505613312828785e+78, 1.3868311854568984e+80, 8.32098711274139e+81, 5.075802138772248e+83,
  3.146997326038794e+85, 1.98260831540444e+87, 1.2688693218588417e+89, 8.247650592082472e+90,
  5.443449390774431e+92, 3.647111091818868e+94, 2.4800355424368305e+96, 1.711224524281413e+98,
  1.1978571669969892e+100, 8.504785885678623e+101, 6.1234458376886085e+103,
  4.4701154615126844e+105, 3.307885441519386e+107, 2.48091408113954e+109, 1.8854947016660504e+111,
  1.4518309202828587e+113, 1.1324281178206297e+115, 8.946182130782976e+116, 7.156945704626381e+118,
  5.797126020747368e+120, 4.753643337012842e+122, 3.945523969720659e+124, 3.314240134565353e+126,
  2.81710411438055e+128, 2.4227095383672734e+130, 2.107757298379528e+132, 1.8548264225739844e+134,
  1.650795516090846e+136, 1.4857159644817615e+138, 1.352001527678403e+140, 1.2438414054641308e+142,
  1.1567725070816416e+144, 1.087366156656743e+146, 1.032997848823906e+148, 9.916779348709496e+149,
  9.619275968248212e+151, 9.426890448883248e+153, 9.332621544394415e+155, 9.332621544394415e+157,
  9.42594775983836e+159, 9.614466715035127e+161, 9.90290071648618e+163, 1.0299016745145628e+166,
  1.081396758240291e+168, 1.1462805637347084e+170, 1.226520203196138e+172, 1.324641819451829e+174,
  1.4438595832024937e+176, 1.588245541522743e+178, 1.7629525510902446e+180, 1.974506857221074e+182,
  2.2311927486598138e+184, 2.5435597334721877e+186, 2.925093693493016e+188, 3.393108684451898e+190,
  3.969937160808721e+192, 4.684525849754291e+194, 5.574585761207606e+196, 6.689502913449127e+198,
  8.094298525273444e+200, 9.875044200833601e+202, 1.214630436702533e+205, 1.506141741511141e+207,
  1.882677176888926e+209, 2.372173242880047e+211, 3.0126600184576594e+213, 3.856204823625804e+215,
  4.974504222477287e+217, 6.466855489220474e+219, 8.47158069087882e+221, 1.1182486511960043e+224,
  1.4872707060906857e+226, 1.9929427461615188e+228, 2.6904727073180504e+230,
  3.659042881952549e+232, 5.012888748274992e+234, 6.917786472619489e+236, 9.615723196941089e+238,
  1.3462012475717526e+241, 1.898143759076171e+243, 2.695364137888163e+245, 3.854370717180073e+247,
  5.5502938327393044e+249, 8.047926057471992e+251, 1.1749972043909107e+254, 1.727245890454639e+256,
  2.5563239178728654e+258, 3.80892263763057e+260, 5.713383956445855e+262, 8.62720977423324e+264,
  1.3113358856834524e+267, 2.0063439050956823e+269, 3.0897696138473508e+271,
  4.789142901463394e+273, 7.471062926282894e+275, 1.1729568794264145e+278, 1.853271869493735e+280,
  2.9467022724950384e+282, 4.7147236359920616e+284, 7.590705053947219e+286,
  1.2296942187394494e+289, 2.0044015765453026e+291, 3.287218585534296e+293, 5.423910666131589e+295,
  9.003691705778438e+297, 1.503616514864999e+300, 2.5260757449731984e+302, 4.269068009004705e+304,
  7.257415615307999e+306

};

/* Lanczos coefficients: num, lowest degree first; den(x) = x (x+1) … (x+11). */
static const double sk_gm_lanczos_num[13] = {
  23531376880.41076, 42919803642.64909, 35711959237.35567, 17921034426.03721, 6039542586.352029,
  1439720407.3117213, 248874557.86205423, 31426415.585400183, 2876370.6289353734,
  186056.26539522345, 8071.672002365818, 210.82427775157933, 2.5066282746310007,
};
static const double sk_gm_lanczos_den[13] = {
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/*
 * c[0] + c[1] x + … + c[12] x^12 by Estrin's scheme: for positive coefficients and x > 0 its
 * rounding errors are smaller than Horner's (depth 4 instead of 12), and it runs in parallel.
 * With `rev`, the coefficients are taken in reverse order (the polynomial x^12 p(1/x)).
 */
static inline double sk_gm_estrin12(const double *c, double x, int rev)
{
#define SK_GM_C(i) c[rev ? 12 - (i) : (i)]
  double x2 = x * x, x4 = x2 * x2, x8 = x4 * x4;
  double p01 = SK_GM_C(0) + SK_GM_C(1) * x, p23 = SK_GM_C(2) + SK_GM_C(3) * x;
  double p45 = SK_GM_C(4) + SK_GM_C(5) * x, p67 = SK_GM_C(6) + SK_GM_C(7) * x;
  double p89 = SK_GM_C(8) + SK_GM_C(9) * x, pab = SK_GM_C(10) + SK_GM_C(11) * x;
  double q0 = p01 + p23 * x2, q1 = p45 + p67 * x2, q2 = p89 + pab * x2;
  return (q0 + q1 * x4) + (q2 + SK_GM_C(12) * x4) * x8;
#undef SK_GM_C
}

/* Lanczos sum L(x) = num(x) / den(x) for 0 < x ≤ 2^40 (Γ(x) = L(x) zgh^(x-1/2) e^-zgh). */
static inline double sk_gm_lanczos_sum(double x)
{
  return sk_gm_estrin12(sk_gm_lanczos_num, x, 0) / sk_gm_estrin12(sk_gm_lanczos_den, x, 0);
}

/* The same sum for x ≥ 1 of any size, evaluated in 1/x so that x^12 cannot overflow. */
static inline double sk_gm_lanczos_sum_large(double x)
{
  double u = 1.0 / x;
  return sk_gm_estrin12(sk_gm_lanczos_num, u, 1) / sk_gm_estrin12(sk_gm_lanczos_den, u, 1);
}

/* sin(π x) for finite x, with x reduced modulo 2 exactly; sinpi(n) = ±0 for integers n. */
static inline double sk_gm_sinpi(double x)
{
  double ax = fabs(x);
  double r = ax - 2.0 * floor(0.5 * ax); /* exact, in [0, 2) */
  double s;
  if (r <= 0.25) s = sin(SK_GM_PI * r);
  else if (r <= 0.75) s = cos(SK_GM_PI * (r - 0.5));
  else if (r <= 1.25) s = sin(SK_GM_PI * (1.0 - r));
  else if (r <= 1.75) s = -cos(SK_GM_PI * (r - 1.5));
  else s = sin(SK_GM_PI * (r - 2.0));
  return x < 0 ? -s : s;
}

/* zgh = x + g - 1/2 and the first-order factor for its rounding error (see Method, 3). */
static inline double sk_gm_zgh(double x, double *corr)
{
  double zgh = x + SK_GM_LANCZOS_GMH;
  double bv = zgh - x;
  double err = (x - (zgh - bv)) + (SK_GM_LANCZOS_GMH - bv); /* two-sum: x + gmh = zgh + err */
  *corr = 1.0 - SK_GM_LANCZOS_G * err / zgh;
  return zgh;
}

/* Γ(x) for 2^-28 ≤ x ≤ 172, x not needed to be an integer. */
static inline double sk_gm_gamma_lanczos(double x)
{
  double corr;
  double zgh = sk_gm_zgh(x, &corr);
  double l = sk_gm_lanczos_sum(x) * corr;
  if (x <= 141.0) return l * pow(zgh, x - 0.5) * exp(-zgh);
  double h = pow(zgh, 0.5 * x - 0.25);
  return l * h * (h * exp(-zgh));
}

static inline double sk_gamma(double x)
{
  if (x > 0) {
    if (x <= 171.0 && x == floor(x)) return sk_gm_factorial[(int)x - 1];
    if (x > 172.0) return INFINITY; /* also +Inf */
    if (x < 0x1p-28) return 1.0 / x - SK_GM_EULER;
    return sk_gm_gamma_lanczos(x);
  }
  if (x == 0) return 1.0 / x;                  /* ±Inf */
  if (x != x) return x;
  if (x == floor(x)) return NAN;               /* poles and -Inf */
  if (x > -0x1p-28) return 1.0 / x - SK_GM_EULER;
  double s = sk_gm_sinpi(x);
  if (x < -200.0) return s < 0 ? -0.0 : 0.0; /* underflow; -π/(x s Γ(y)) has the sign of s */
  double y = -x;
  if (y <= 141.0) return -SK_GM_PI / (x * s * sk_gm_gamma_lanczos(y));
  double corr;
  double zgh = sk_gm_zgh(y, &corr);
  double h = pow(zgh, 0.5 * y - 0.25);
  double t = -SK_GM_PI / (x * s * sk_gm_lanczos_sum(y) * corr * h);
  return (t * exp(zgh)) / h;
}
#endif
