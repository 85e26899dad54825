/*
 * Shared machinery of the incomplete gamma functions (gammainc.c, gammaincc.c, lowergamma.c,
 * uppergamma.c) and of the incomplete beta prefix (ibeta_common.c). The JS twin is
 * src/special/incomplete/igamma-common.ts: same method, same branch thresholds, same constants
 * and the same order of operations, so that both backends agree to a few ulps.
 *
 * Method (a > 0, x > 0; DiDonato & Morris, ACM TOMS 12 (1986) 377, in the arrangement of
 * scipy's igam; Temme, SIAM J. Math. Anal. 10 (1979) 757; DLMF 8.12):
 *   One of P(a,x), Q(a,x) is computed directly (the "tail"), the other as 1 - tail; the branches
 *   make the subtracted tail at most about 0.7.
 *   1. a > 20 and |x - a| < 0.3a: Temme's uniform expansion, with lambda = x/a,
 *      E = a phi(lambda), phi = lambda - 1 - ln lambda, eta = sign(lambda-1) sqrt(2 phi),
 *        tail = e^{-E} (erfcx(sqrt E)/2 +- sum_k c_k(eta) a^{-k} / sqrt(2 pi a)),
 *      + for Q (x > a), - for P (x <= a); c_k(eta) = sum_n d_{k,n} eta^n, 13 rows (< 1e-18 for
 *      a >= 20, |eta| <= 0.34), erfcx our own Chebyshev fit.
 *   2. x > 1.1: x < a: power series for P; x >= a: Legendre's continued fraction for Q, its length
 *      found by a division-free forward pass (Wallis recurrences), its value summed backward
 *      (rounding damped, not accumulated over the hundreds of terms needed near x = 1).
 *   3. x <= 1.1 and a small (a <= -0.4/ln x for x <= 0.5, a <= 1.1x otherwise): Q from
 *        Gamma(a,x) = (Gamma(1+a) - 1)/a - (x^a - 1)/a - x^a sum_{n>=1} (-x)^n / (n! (a+n)),
 *      both quotients free of cancellation (Taylor series of 1/Gamma(1+a) - 1; expm1). It is
 *      Gamma(a,x) for -1/2 < a <= 0 as well (E_1 at a = 0). Otherwise the power series for P.
 *   Prefix x^a e^{-x}/Gamma(a): a < 10: x^a e^{-x} (pow, exp; as 2^k-th powers when a factor
 *   leaves the range) / Gamma(a); a >= 10: sqrt(a/2pi) e^{-E} / Gamma*(a) with
 *   E = a phi(x/a) in double-double (relative error ~2^-63): a plain-double E would carry an
 *   absolute error ~E eps, i.e. up to 1e-13 relative in deep tails.
 *   uppergamma, a <= 0: x > 1.1 or a < -30: the continued fraction (any real a); otherwise the
 *   small-x formula at b = a + round(-a) in (-1/2, 1/2] and the downward recurrence
 *   Gamma(c-1,x) = (Gamma(c,x) - x^{c-1} e^{-x})/(c-1) (stable for x <= 1.1).
 * Error: within 5 ulps on the reference set (uppergamma near x = 1 with a <= 0: 10 ulps).
 *
 * Only static functions; libm only. Products in double-double use Dekker's split (exact, no fma),
 * so that C and JS compute identical bits.
 */
#ifndef SK_SPECIAL_IGAMMA_COMMON_C
#define SK_SPECIAL_IGAMMA_COMMON_C
#include <math.h>
#include <float.h>

#define SK_IG_EPS 1.1102230246251565e-16 /* 2^-53, 0x3CA0000000000000 */
#define SK_IG_SQRT_2PI 2.5066282746310002
#define SK_IG_INV_SQRT_2PI 0.3989422804014327
#define SK_IG_LN_SQRT_2PI 0.9189385332046728
#define SK_IG_INV_SQRT_PI 0.5641895835477563
#define SK_IG_INV_2PI 0.15915494309189535
#define SK_IG_PI 3.141592653589793
#define SK_IG_MAX_ITER 5000

/* 1/Γ(1+e) − 1 = Σ_(k=1..22) SK_IG_RGAM1PM1[k−1] e^k (Taylor at 0; used on |e| ≤ 1/2, truncation < 1e-21). */
static const double SK_IG_RGAM1PM1[22] = {0.5772156649015329, -0.6558780715202539, -0.04200263503409524, 0.16653861138229148, -0.04219773455554433, -0.009621971527876973, 0.0072189432466631, -0.0011651675918590652, -0.00021524167411495098, 0.0001280502823881162, -2.013485478078824e-05, -1.2504934821426706e-06, 1.133027231981696e-06, -2.056338416977607e-07, 6.116095104481416e-09, 5.002007644469223e-09, -1.18127457048702e-09, 1.0434267116911005e-10, 7.782263439905071e-12, -3.696805618642206e-12, 5.100370287454476e-13, -2.0583260535665066e-14};

/* Temme's d_(k,n), rows k = 0..12, cut where |d_(k,n)| 0.34^n 20^-k < 1e-19 (DLMF 8.12.12). */
static const double SK_IG_TEMME0[] = {-0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073, 0.0003527336860670194, -0.0001787551440329218, 3.919263178522438e-05, -2.185448510679992e-06, -1.85406221071516e-06, 8.296711340953087e-07, -1.7665952736826078e-07, 6.707853543401498e-09, 1.0261809784240309e-08, -4.382036018453353e-09, 9.14769958223679e-10, -2.5514193994946248e-11, -5.830772132550426e-11, 2.4361948020667415e-11};
static const double SK_IG_TEMME1[] = {-0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -0.0009902263374485596, 0.00020576131687242798, -4.018775720164609e-07, -1.8098550334489977e-05, 7.64916091608111e-06, -1.6120900894563446e-06, 4.647127802807434e-09, 1.378633446915721e-07, -5.752545603517705e-08, 1.1951628599778148e-08, -1.7543241719747647e-11, -1.0091543710600413e-09, 4.162792991842583e-10, -8.56390702649298e-11};
static const double SK_IG_TEMME2[] = {0.004133597883597883, -0.0026813271604938273, 0.0007716049382716049, 2.0093878600823047e-06, -0.0001073665322636516, 5.2923448829120125e-05, -1.2760635188618728e-05, 3.423578734096138e-08, 1.3721957309062934e-06, -6.298992138380055e-07, 1.4280614206064242e-07, -2.0477098421990866e-10, -1.409252991086752e-08, 6.228974084922022e-09, -1.3670488396617114e-09};
static const double SK_IG_TEMME3[] = {0.0006494341563786008, 0.00022947209362139917, -0.0004691894943952557, 0.00026772063206283885, -7.561801671883977e-05, -2.396505113867297e-07, 1.1082654115347302e-05, -5.6749528269915965e-06, 1.4230900732435883e-06, -2.7861080291528143e-11, -1.6958404091930278e-07, 8.099464905388083e-08, -1.9111168485973655e-08};
static const double SK_IG_TEMME4[] = {-0.0008618882909167117, 0.0007840392217200666, -0.0002990724803031902, -1.4638452578843418e-06, 6.641498215465122e-05, -3.968365047179435e-05, 1.1375726970678419e-05, 2.507497226237533e-10, -1.6954149536558305e-06, 8.907507532205309e-07, -2.292934834000805e-07, 2.956794137544049e-11, 2.8865829742708783e-08};
static const double SK_IG_TEMME5[] = {-0.00033679855336635813, -6.972813758365857e-05, 0.0002772753244959392, -0.00019932570516188847, 6.797780477937208e-05, 1.419062920643967e-07, -1.3594048189768693e-05, 8.018470256334202e-06, -2.291481176508095e-06, -3.252473551298454e-10, 3.4652846491085265e-07, -1.8447187191171344e-07};
static const double SK_IG_TEMME6[] = {0.0005313079364639922, -0.0005921664373536939, 0.0002708782096718045, 7.902353232660328e-07, -8.153969367561969e-05, 5.61168275310625e-05, -1.8329116582843375e-05, -3.0796134506033047e-09, 3.465155368803609e-06, -2.0291327396058603e-06, 5.788792863149004e-07};
static const double SK_IG_TEMME7[] = {0.00034436760689237765, 5.171790908260592e-05, -0.00033493161081142234, 0.0002812695154763237, -0.00010976582244684731, -1.2741009095484485e-07, 2.7744451511563645e-05, -1.8263488805711332e-05, 5.7876949497350525e-06};
static const double SK_IG_TEMME8[] = {-0.0006526239185953094, 0.0008394987206720873, -0.000438297098541721, -6.969091458420552e-07, 0.00016644846642067547, -0.00012783517679769218, 4.629953263691304e-05};
static const double SK_IG_TEMME9[] = {-0.0005967612901927463, -7.204895416020011e-05, 0.0006782308837667328, -0.0006401475260262758, 0.00027750107634328704, 1.819700838046515e-07, -8.479507117068503e-05};
static const double SK_IG_TEMME10[] = {0.0013324454494800656, -0.0019144384985654776, 0.0011089369134596636, 9.9324041226423e-07, -0.0005087450129309319, 0.00042735056665392886};
static const double SK_IG_TEMME11[] = {0.001579727660730835, 0.00016251626278391583, -0.0020633421035543276, 0.00213896861856891};
static const double SK_IG_TEMME12[] = {-0.004072512119514016, 0.00640336283380807, -0.004041016108167662};

/* Chebyshev coefficients of erfcx on [0,.5], [.5,1], [1,2], [2,4], and of √π z erfcx(z) in u = 4/z. */
static const double SK_IG_ERFCX0[] = {0.7889742043298319, -0.19054959076559183, 0.018748766414046564, -0.0015967385395194618, 0.00012165370853879293, -8.465560707954155e-06, 5.457634580553603e-07, -3.293608532171683e-08, 1.8753468988852802e-09, -1.0137357663517625e-10, 5.228450565255384e-12, -2.5835414602093493e-13, 1.227302524636248e-14, -5.62155789122863e-16, 2.489018856803021e-17};
static const double SK_IG_ERFCX1[] = {0.5142540300448141, -0.09353436157631646, 0.007349543567965961, -0.0005170287683170955, 3.327489181039832e-05, -1.9877609419315706e-06, 1.1137198399251981e-07, -5.898649609389129e-09, 2.9712990142852805e-10, -1.430488185776257e-11, 6.608616284265577e-13, -2.9395552899978545e-14, 1.2625028540389158e-15, -5.2483535009959205e-17, 2.1162858025358237e-18};
static const double SK_IG_ERFCX2[] = {0.331427281639452, -0.0850021377067432, 0.009951127341466115, -0.0010810888102208325, 0.0001102324363119495, -1.0636830518218601e-05, 9.775012680479055e-07, -8.597922867888315e-08, 7.2677084117248425e-09, -5.923543840592542e-10, 4.6683928572294154e-11, -3.56612770156775e-12, 2.6458779519104523e-13, -1.9101658673527567e-14, 1.343976588479829e-15, -9.228790549094326e-17, 6.19267308464391e-18};
static const double SK_IG_ERFCX3[] = {0.1874295690262241, -0.05794652883669097, 0.008595247387396534, -0.0012284613640242594, 0.00016974366686180488, -2.2738329337044562e-05, 2.959844378804878e-06, -3.7513575581379714e-07, 4.6372828761738244e-08, -5.599455392564088e-09, 6.613160896679916e-10, -7.648271522199816e-11, 8.670904325876594e-12, -9.645456274382108e-13, 1.0536827959360625e-13, -1.1312630906760667e-14, 1.1945180669174577e-15, -1.241310752580407e-16, 1.270246323185436e-17, -1.280725873663855e-18};
static const double SK_IG_ERFCX4[] = {0.9889949206209155, -0.01449223964962005, -0.0033566743416461263, 0.00014419252046572468, 1.2205885545827213e-05, -1.536438676889458e-06, -1.8798620163221783e-08, 1.6180139126207345e-08, -9.105224873795401e-10, -1.332123091043948e-10, 2.3714941960112396e-11, -1.2094822684990868e-13, -3.7600672739626273e-13, 4.067997766866021e-14, 2.619346365347471e-15, -1.1060011731309702e-15, 7.763697677786914e-17, 1.4623594606658552e-17, -3.696355942607909e-18};

static const double *const SK_IG_TEMME_ROWS[13] = {SK_IG_TEMME0, SK_IG_TEMME1, SK_IG_TEMME2, SK_IG_TEMME3, SK_IG_TEMME4, SK_IG_TEMME5, SK_IG_TEMME6, SK_IG_TEMME7, SK_IG_TEMME8, SK_IG_TEMME9, SK_IG_TEMME10, SK_IG_TEMME11, SK_IG_TEMME12};
static const int SK_IG_TEMME_LEN[13] = {
  (int)(sizeof SK_IG_TEMME0 / sizeof(double)), (int)(sizeof SK_IG_TEMME1 / sizeof(double)), (int)(sizeof SK_IG_TEMME2 / sizeof(double)),
  (int)(sizeof SK_IG_TEMME3 / sizeof(double)), (int)(sizeof SK_IG_TEMME4 / sizeof(double)), (int)(sizeof SK_IG_TEMME5 / sizeof(double)),
  (int)(sizeof SK_IG_TEMME6 / sizeof(double)), (int)(sizeof SK_IG_TEMME7 / sizeof(double)), (int)(sizeof SK_IG_TEMME8 / sizeof(double)),
  (int)(sizeof SK_IG_TEMME9 / sizeof(double)), (int)(sizeof SK_IG_TEMME10 / sizeof(double)), (int)(sizeof SK_IG_TEMME11 / sizeof(double)),
  (int)(sizeof SK_IG_TEMME12 / sizeof(double))};

/* ---------------------------------------------------------------------------------------------
 * Double-double helpers */

typedef struct { double hi, lo; } sk_dd;

static inline sk_dd sk_dd_fast_two_sum(double a, double b)
{
  double s = a + b;
  sk_dd r = {s, b - (s - a)};
  return r;
}

static inline sk_dd sk_dd_two_sum(double a, double b)
{
  double s = a + b;
  double bb = s - a;
  sk_dd r = {s, a - (s - bb) + (b - bb)};
  return r;
}

static inline sk_dd sk_dd_two_prod(double a, double b)
{
  double p = a * b;
  double c = 134217729.0 * a; /* 2^27 + 1 */
  double ah = c - (c - a);
  double al = a - ah;
  c = 134217729.0 * b;
  double bh = c - (c - b);
  double bl = b - bh;
  sk_dd r = {p, ah * bh - p + ah * bl + al * bh + al * bl};
  return r;
}

static inline sk_dd sk_dd_mul(double ah, double al, double bh, double bl)
{
  sk_dd p = sk_dd_two_prod(ah, bh);
  double lo = p.lo + (ah * bl + al * bh);
  return sk_dd_fast_two_sum(p.hi, lo);
}

static inline sk_dd sk_dd_div(double ah, double al, double bh, double bl)
{
  double q = ah / bh;
  sk_dd p = sk_dd_two_prod(q, bh);
  double r = (ah - p.hi - p.lo + al - q * bl) / bh;
  return sk_dd_fast_two_sum(q, r);
}

static inline sk_dd sk_dd_add(double ah, double al, double bh, double bl)
{
  sk_dd s = sk_dd_two_sum(ah, bh);
  double lo = s.lo + al + bl;
  return sk_dd_fast_two_sum(s.hi, lo);
}

#define SK_IG_LN2_HI 0.6931471805599453     /* 0x3FE62E42FEFA39EF */
#define SK_IG_LN2_LO 2.3190468138462996e-17 /* 0x3C7ABC9E3B39803F */

/* ln(h + l) as a dd (relative error ~2^-65), h > 0 normal, |l| <= ulp(h):
 * h = 2^k m, m in [1/sqrt2, sqrt2), ln m = 2 atanh s, s = (m-1)/(m+1), first two terms in dd. */
static inline sk_dd sk_dd_log(double h, double l)
{
  if (!(h > 0 && h < INFINITY)) {
    sk_dd r = {log(h), 0};
    return r;
  }
  if (h < 1e-290) { /* subnormal or nearly: scale by 2^600 (exact) first */
    sk_dd r = sk_dd_log(h * 4.149515568880993e180, l * 4.149515568880993e180);
    sk_dd k = sk_dd_two_prod(-600, SK_IG_LN2_HI);
    return sk_dd_add(r.hi, r.lo, k.hi, k.lo - 600 * SK_IG_LN2_LO);
  }
  int e;
  double m = frexp(h, &e) * 2.0;
  int k = e - 1;
  if (m >= 1.4142135623730951) {
    k += 1;
    m *= 0.5;
  }
  double ml = ldexp(l, -k);
  sk_dd den = sk_dd_two_sum(m, 1);
  sk_dd s = sk_dd_div(m - 1, ml, den.hi, den.lo + ml);
  sk_dd s2 = sk_dd_mul(s.hi, s.lo, s.hi, s.lo);
  sk_dd s3 = sk_dd_mul(s2.hi, s2.lo, s.hi, s.lo);
  sk_dd t3 = sk_dd_div(s3.hi, s3.lo, 3, 0);
  double q = s2.hi;
  double p = 1.0 / 29;
  p = p * q + 1.0 / 27;
  p = p * q + 1.0 / 25;
  p = p * q + 1.0 / 23;
  p = p * q + 1.0 / 21;
  p = p * q + 1.0 / 19;
  p = p * q + 1.0 / 17;
  p = p * q + 1.0 / 15;
  p = p * q + 1.0 / 13;
  p = p * q + 1.0 / 11;
  p = p * q + 1.0 / 9;
  p = p * q + 1.0 / 7;
  p = p * q + 1.0 / 5;
  double rest = s.hi * q * q * p;
  sk_dd u = sk_dd_add(s.hi, s.lo, t3.hi, t3.lo);
  double ul = u.lo + rest;
  sk_dd kl = sk_dd_two_prod((double)k, SK_IG_LN2_HI);
  return sk_dd_add(2 * u.hi, 2 * ul, kl.hi, kl.lo + (double)k * SK_IG_LN2_LO);
}

/* log(1 + t) - t for t > -1 (atanh series on -1/2 <= t <= 1). */
static inline double sk_ig_log1pmx(double t)
{
  if (t < -0.5 || t > 1) return log1p(t) - t;
  double s = t / (2 + t);
  double s2 = s * s;
  double p = 1.0 / 35;
  for (int j = 15; j >= 0; j--) p = p * s2 + 1.0 / (2 * j + 3);
  return -s * t + 2 * s * s2 * p;
}

/* phi(x/a) = lambda - 1 - ln lambda in plain doubles (only for a, x beyond 1e280). */
static inline double sk_ig_phi_xa(double a, double x)
{
  double t = (x - a) / a;
  if (t >= -0.5 && t <= 1) return -sk_ig_log1pmx(t);
  return x / a - 1 - log(x / a);
}

/* a phi(1 + d/a) = d - a ln(1 + d/a), d = dh + dl >= -a; ratio = 1 + d/a as a dd when given
 * (ratio.hi not NaN). Near d = 0 (-1/3 <= d/a <= 1/2): d s - 2a s^3/3 - 2a s^5 sum s^{2j}/(2j+5),
 * s = d/(2a + d), first two terms in dd; elsewhere d - a ln(ratio) with the dd logarithm. */
static inline sk_dd sk_ig_aphi(double a, double dh, double dl, sk_dd ratio)
{
  double t = dh / a;
  if (t >= -1.0 / 3 && t <= 0.5) {
    sk_dd D = sk_dd_two_sum(2 * a, dh);
    sk_dd s = sk_dd_div(dh, dl, D.hi, D.lo + dl);
    sk_dd t1 = sk_dd_mul(dh, dl, s.hi, s.lo);
    sk_dd s2 = sk_dd_mul(s.hi, s.lo, s.hi, s.lo);
    sk_dd s3 = sk_dd_mul(s2.hi, s2.lo, s.hi, s.lo);
    sk_dd as3 = sk_dd_mul(s3.hi, s3.lo, 2 * a, 0);
    sk_dd t3 = sk_dd_div(as3.hi, as3.lo, 3, 0);
    double q = s2.hi;
    double p = 1.0 / 29;
    for (int j = 11; j >= 0; j--) p = p * q + 1.0 / (2 * j + 5);
    double rest = 2 * a * s.hi * q * q * p;
    return sk_dd_add(t1.hi, t1.lo, -t3.hi, -t3.lo - rest);
  }
  if (isnan(ratio.hi)) {
    sk_dd n = sk_dd_two_sum(a, dh);
    ratio = sk_dd_div(n.hi, n.lo + dl, a, 0);
  }
  sk_dd L = sk_dd_log(ratio.hi, ratio.lo);
  sk_dd aL = sk_dd_mul(L.hi, L.lo, a, 0);
  return sk_dd_add(dh, dl, -aL.hi, -aL.lo);
}

static const sk_dd SK_IG_NO_RATIO = {NAN, 0};

/* E = a phi(x/a) = x - a - a ln(x/a), the exponent of the incomplete gamma prefix, as a dd. */
static inline sk_dd sk_ig_gamma_exponent(double a, double x)
{
  if (a > 1e280 || x > 1e280) {
    sk_dd r = {a * sk_ig_phi_xa(a, x), 0};
    return r;
  }
  double t = (x - a) / a;
  if (t >= -1.0 / 3 && t <= 0.5) return sk_ig_aphi(a, x - a, 0, SK_IG_NO_RATIO); /* x - a exact (Sterbenz) */
  if (x < 1e-280 * a) { /* x/a would underflow; E > 640a, e^{-E} = 0 whatever its rounding */
    sk_dd r = {a * (log(a) - log(x)) + x - a, 0};
    return r;
  }
  sk_dd d = sk_dd_two_sum(x, -a);
  return sk_ig_aphi(a, d.hi, d.lo, sk_dd_div(x, 0, a, 0));
}

/* e^t m, computed as e^{t/2} m e^{t/2} where e^t alone would leave the normal range. */
static inline double sk_ig_exp_times(double t, double m)
{
  if (t > -700 && t < 700) return exp(t) * m;
  /* beyond 1e4 the dd low parts folded into m may exceed 1 (ulp(t) > 1); the result is 0 or Inf */
  if (t > 1e4) return m == 0 ? 0 : INFINITY;
  if (t < -1e4) return 0;
  double e = exp(0.5 * t);
  return e * m * e;
}

/* ---------------------------------------------------------------------------------------------
 * Gamma-function pieces (private; the public gamma is native/special/gamma.c) */

/* (1/Gamma(1+e) - 1)/e for |e| <= 1/2. */
static inline double sk_ig_rgam1pm1_over(double e)
{
  double s = SK_IG_RGAM1PM1[21];
  for (int k = 20; k >= 0; k--) s = s * e + SK_IG_RGAM1PM1[k];
  return s;
}

static inline double sk_ig_rgam1pm1(double e) { return e * sk_ig_rgam1pm1_over(e); }

/* ln Gamma*(a) = ln Gamma(a) - (a - 1/2) ln a + a - ln sqrt(2 pi), a >= 10 (8 terms, < 2e-18). */
static inline double sk_ig_stirlerr(double a)
{
  double r = 1 / a;
  double r2 = r * r;
  return r * (0.08333333333333333 +
              r2 * (-0.002777777777777778 +
                    r2 * (0.0007936507936507937 +
                          r2 * (-0.0005952380952380953 +
                                r2 * (0.0008417508417508417 + r2 * (-0.0019175269175269176 + r2 * (0.00641025641025641 + r2 * -0.029550653594771242)))))));
}

/* 1/Gamma(x) for 0 < x < 10. */
static inline double sk_ig_rgamma_small(double x)
{
  if (x < 0.5) return x * (1 + sk_ig_rgam1pm1(x));
  if (x <= 1.5) return 1 + sk_ig_rgam1pm1(x - 1);
  double y = x, p = 1;
  while (y > 1.5) {
    y -= 1;
    p *= y;
  }
  return (1 + sk_ig_rgam1pm1(y - 1)) / p;
}

/* Gamma(x) for x > 0 (a few ulps). */
static inline double sk_ig_gamma(double x)
{
  if (x < 10) {
    if (x < 0.5) return 1 / (x * (1 + sk_ig_rgam1pm1(x)));
    double y = x, p = 1;
    while (y > 1.5) {
      y -= 1;
      p *= y;
    }
    return p / (1 + sk_ig_rgam1pm1(y - 1));
  }
  if (x > 171.62) return INFINITY;
  sk_dd L = sk_dd_log(x, 0);
  sk_dd xl = sk_dd_mul(L.hi, L.lo, x, 0);
  sk_dd t = sk_dd_add(xl.hi, xl.lo, -x, 0);
  double e = exp(0.5 * t.hi);
  return e * (1 + t.lo) * (sqrt((2 * SK_IG_PI) / x) * exp(sk_ig_stirlerr(x))) * e;
}

/* ln Gamma(a), a >= 10 (absolute error ~ eps ln Gamma(a)). */
static inline double sk_ig_lngamma_large(double a)
{
  return (a - 0.5) * log(a) - a + SK_IG_LN_SQRT_2PI + sk_ig_stirlerr(a);
}

/* x^a e^{-x}, x > 0, any real a: pow and exp within range, else as 2^k-th powers. */
static inline double sk_ig_powexp(double a, double x)
{
  for (int k = 1; k <= 64; k *= 2) {
    double p = pow(x, a / k);
    double e = exp(-x / k);
    if (p < 1e300 && p > 1e-300 && e > 1e-300) {
      double r = p * e;
      for (int j = k; j > 1; j >>= 1) r *= r;
      return r;
    }
  }
  return exp(a * log(x) - x);
}

/* x^a e^{-x} / Gamma(a), a > 0. */
static inline double sk_ig_reg_prefix(double a, double x)
{
  if (a < 10) return sk_ig_powexp(a, x) * sk_ig_rgamma_small(a);
  sk_dd E = sk_ig_gamma_exponent(a, x);
  return sk_ig_exp_times(-E.hi, (1 - E.lo) * (sqrt(a * SK_IG_INV_2PI) * exp(-sk_ig_stirlerr(a))));
}

/* x^a e^{-x} m for a >= 10 as exp(T) m, T = a ln x - x in dd, scaled so that exp(T) alone may
 * overflow or underflow while the product does not. */
static inline double sk_ig_unreg_times(double a, double x, double m)
{
  sk_dd L = sk_dd_log(x, 0);
  sk_dd t = sk_dd_mul(L.hi, L.lo, a, 0);
  t = sk_dd_add(t.hi, t.lo, -x, 0);
  return sk_ig_exp_times(t.hi, (1 + t.lo) * m);
}

static inline double sk_ig_chebyshev(const double *c, int n, double t)
{
  double t2 = 2 * t, b0 = 0, b1 = 0, b2 = 0;
  for (int j = n - 1; j >= 1; j--) {
    b2 = b1;
    b1 = b0;
    b0 = t2 * b1 - b2 + c[j];
  }
  return t * b0 - b1 + c[0];
}

#define SK_IG_CHEB(c, t) sk_ig_chebyshev((c), (int)(sizeof(c) / sizeof(double)), (t))

/* erfcx(z) = e^{z^2} erfc(z), z >= 0 (private; < 2e-18 + rounding). */
static inline double sk_ig_erfcx(double z)
{
  if (z < 0.5) return SK_IG_CHEB(SK_IG_ERFCX0, 4 * z - 1);
  if (z < 1) return SK_IG_CHEB(SK_IG_ERFCX1, 4 * z - 3);
  if (z < 2) return SK_IG_CHEB(SK_IG_ERFCX2, 2 * z - 3);
  if (z < 4) return SK_IG_CHEB(SK_IG_ERFCX3, z - 3);
  return SK_IG_CHEB(SK_IG_ERFCX4, 8 / z - 1) * SK_IG_INV_SQRT_PI / z;
}

/* ---------------------------------------------------------------------------------------------
 * The core: one tail of P/Q */

enum { SK_IG_SERIES = 0, SK_IG_CF = 1, SK_IG_SMALLX = 2, SK_IG_TEMME = 3 };

typedef struct {
  int method;
  int tail_is_q;
  double sum;    /* raw sum of the method (Gamma(a,x) itself for SMALLX, the bracket for TEMME) */
  double eh, el; /* TEMME: the exponent E */
  double tail;   /* the regularized tail */
} sk_ig_result;

/* sum_{n>=0} x^n / ((a+1)...(a+n)) */
static inline double sk_ig_p_series(double a, double x)
{
  double sum = 1, term = 1;
  for (int n = 1; n < SK_IG_MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= sum * SK_IG_EPS) break;
  }
  return sum;
}

/* h with Gamma(a,x) = x^a e^{-x} h, Legendre's continued fraction
 *   h = 1/(x+1-a + a_1/(x+3-a + a_2/(x+5-a + ...))), a_n = n(a - n), any real a, x > 0.
 * Forward pass without divisions for the length: Wallis recurrences P_{k+1} = B_k P_k + A_k P_{k-1}
 * (same for Q), |h_{k+1} - h_k| = |prod A_j| / |Q_k Q_{k+1}|, rescaled exactly by 2^-100; then the
 * value summed backward from one term past convergence (rounding damped, not accumulated). */
static inline double sk_ig_q_cf(double a, double x)
{
  /* for huge x or |a| the terms are scaled by the equivalence c = 1/max(x, |a|) (b_n c, a_n c^2;
   * h = h' c) so that the recurrences cannot overflow; sc = 1 (exact, no effect) otherwise */
  double big = fmax(x, fabs(a));
  double sc = big > 1e50 ? 1 / big : 1;
  double p_prev = 1, q_prev = 0, p = 0, q = 1, prod = 1;
  int n = 0;
  for (; n < SK_IG_MAX_ITER; n++) {
    double an = n == 0 ? 1 : n * (a - n) * sc * sc;
    double bn = (x + 2.0 * n + 1 - a) * sc;
    double pn = bn * p + an * p_prev;
    double qn = bn * q + an * q_prev;
    prod *= an;
    if (n > 0 && fabs(prod) <= SK_IG_EPS * fabs(q * pn)) break;
    p_prev = p;
    p = pn;
    q_prev = q;
    q = qn;
    while (fabs(q) > 1.2676506002282294e30 && fabs(q) < INFINITY) { /* 2^100: exact (the numerators' product grows like Q^2) */
      p_prev *= 7.888609052210118e-31;
      p *= 7.888609052210118e-31;
      q_prev *= 7.888609052210118e-31;
      q *= 7.888609052210118e-31;
      prod *= 6.223015277861142e-61;
    }
    if (!(fabs(q) < INFINITY)) break;
  }
  /* backward: f_{k-1} = b_{k-1} + a_k/f_k kept as the ratio u_k/u_{k+1},
   * u_{k-1} = b_{k-1} u_k + a_k u_{k+1} (no division; exact rescaling) */
  double u = (x + 2.0 * n + 3 - a) * sc, v = 1;
  for (int k = n + 1; k >= 1; k--) {
    double w = (x + 2.0 * k - 1 - a) * sc * u + k * (a - k) * sc * sc * v;
    v = u;
    u = w;
    while (fabs(u) > 1.2676506002282294e30 && fabs(u) < INFINITY) {
      u *= 7.888609052210118e-31;
      v *= 7.888609052210118e-31;
    }
  }
  return (v / u) * sc;
}

/* Gamma(a,x) for -1/2 < a <= 1.25 and 0 < x <= 1.1 (the small-x formula). */
static inline double sk_ig_upper_small_x(double a, double x)
{
  double lnx = log(x);
  double u;
  if (fabs(a) <= 0.5) {
    double q = sk_ig_rgam1pm1_over(a);
    u = -q / (1 + a * q);
  } else {
    u = 1 / (1 + sk_ig_rgam1pm1(a - 1)) - 1 / a;
  }
  double y = a * lnx;
  double v = fabs(y) < 1e-5 ? lnx * (1 + y * (0.5 + y * (1.0 / 6 + y * (1.0 / 24)))) : expm1(y) / a;
  double fac = 1, sum = 0;
  for (int n = 1; n < SK_IG_MAX_ITER; n++) {
    fac *= -x / n;
    double term = fac / (a + n);
    sum += term;
    if (fabs(term) <= fabs(sum) * SK_IG_EPS) break;
  }
  return u - v - pow(x, a) * sum;
}

static inline double sk_ig_temme_sum(double eta, double a)
{
  double sum = 0, apow = 1;
  for (int k = 0; k < 13; k++) {
    if (k > 0 && apow < 3e-17) break;
    const double *row = SK_IG_TEMME_ROWS[k];
    int len = SK_IG_TEMME_LEN[k];
    double p = row[len - 1];
    for (int n = len - 2; n >= 0; n--) p = p * eta + row[n];
    sum += p * apow;
    apow /= a;
  }
  return sum;
}

/* One tail of the regularized incomplete gamma function, a > 0, x > 0, both finite. */
static inline sk_ig_result sk_ig_core(double a, double x)
{
  sk_ig_result r = {0, 0, 0, 0, 0, 0};
  if (a > 20 && fabs(x - a) < 0.3 * a) {
    sk_dd E = sk_ig_gamma_exponent(a, x);
    double phi = E.hi / a;
    double eta = x < a ? -sqrt(2 * phi) : sqrt(2 * phi);
    double w = (sk_ig_temme_sum(eta, a) * SK_IG_INV_SQRT_2PI) / sqrt(a);
    double half = 0.5 * sk_ig_erfcx(sqrt(E.hi));
    r.method = SK_IG_TEMME;
    r.tail_is_q = x > a;
    r.sum = x > a ? half + w : half - w;
    r.eh = E.hi;
    r.el = E.lo;
    r.tail = sk_ig_exp_times(-E.hi, (1 - E.lo) * r.sum);
    return r;
  }
  int small_x;
  if (x > 1.1) small_x = 0;
  else if (x <= 0.5) small_x = a <= -0.4 / log(x);
  else small_x = a <= 1.1 * x;
  if (small_x) {
    r.method = SK_IG_SMALLX;
    r.tail_is_q = 1;
    r.sum = sk_ig_upper_small_x(a, x);
    r.tail = r.sum * sk_ig_rgamma_small(a);
    return r;
  }
  if (x > 1.1 && x >= a) {
    r.method = SK_IG_CF;
    r.tail_is_q = 1;
    r.sum = sk_ig_q_cf(a, x);
    r.tail = sk_ig_reg_prefix(a, x) * r.sum;
    return r;
  }
  r.method = SK_IG_SERIES;
  r.tail_is_q = 0;
  r.sum = sk_ig_p_series(a, x);
  r.tail = (sk_ig_reg_prefix(a, x) / a) * r.sum;
  return r;
}

/* P (upper = 0) or Q (upper = 1), a > 0, x > 0, both finite. */
static inline double sk_ig_regularized(double a, double x, int upper)
{
  sk_ig_result r = sk_ig_core(a, x);
  return r.tail_is_q == upper ? r.tail : 1 - r.tail;
}

/* lower (upper = 0) or upper (upper = 1) unregularized, a > 0, x > 0, both finite. */
static inline double sk_ig_unregularized(double a, double x, int upper)
{
  sk_ig_result r = sk_ig_core(a, x);
  if (r.tail_is_q == upper) {
    if (r.method == SK_IG_SMALLX) return r.sum;
    if (r.method == SK_IG_TEMME)
      return sk_ig_unreg_times(a, x, sqrt((2 * SK_IG_PI) / a) * exp(sk_ig_stirlerr(a)) * r.sum);
    double m = r.method == SK_IG_SERIES ? r.sum / a : r.sum;
    if (a < 10) return sk_ig_powexp(a, x) * m;
    return sk_ig_unreg_times(a, x, m);
  }
  if (a <= 171) return sk_ig_gamma(a) * (1 - r.tail);
  return exp(sk_ig_lngamma_large(a) + log1p(-r.tail));
}

/* Gamma(a,x) for a <= 0, x > 0, both finite. */
static inline double sk_ig_upper_nonpositive(double a, double x)
{
  if (x > 1.1 || a < -30) return sk_ig_powexp(a, x) * sk_ig_q_cf(a, x);
  if (a > -0.5) return sk_ig_upper_small_x(a, x);
  double m = round(-a);
  double b = a + m; /* exact; in (-1/2, 1/2] */
  double g = sk_ig_upper_small_x(b, x);
  double t = pow(x, b) * exp(-x);
  double c = b;
  for (double i = 0; i < m; i++) {
    t /= x;
    c -= 1;
    g = (g - t) / c;
  }
  /* Gamma(a, x) > 0: a NaN here is Inf - Inf after x^{c-1} e^{-x} overflowed */
  return isnan(g) ? INFINITY : g;
}

#endif /* SK_SPECIAL_IGAMMA_COMMON_C */
