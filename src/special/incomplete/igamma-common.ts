/**
 * Private machinery of the incomplete gamma functions (gammainc, gammaincc, lowergamma,
 * uppergamma), JS side. The C twin is native/special/igamma_common.c: same method, same branch
 * thresholds, same constants, so that both backends agree to a few ulps. Nothing here is exported
 * from the package index; the names carry `Private` where a public function of the same name
 * exists elsewhere (gamma, erfcx), so nobody mistakes them for the public ones.
 *
 * Method (a > 0, x > 0; DiDonato & Morris, ACM TOMS 12 (1986) 377, as restructured by scipy's
 * igam; Temme, "The asymptotic expansion of the incomplete gamma functions", SIAM J. Math. Anal.
 * 10 (1979) 757, and DLMF 8.12):
 *   One of P(a,x), Q(a,x) is computed directly (the "tail"), the other as 1 − tail; the branches
 *   are chosen so that the subtracted tail is at most about 0.7, so the complement loses nothing.
 *   1. a > 20 and |x − a| < 0.3 a: Temme's uniform expansion. With λ = x/a, φ = λ − 1 − ln λ,
 *      η = sign(λ−1)√(2φ), z = √(aφ):
 *        tail = e^{−aφ} (erfcx(z)/2 ± Σ_k c_k(η) a^{−k} / √(2πa)),  c_k(η) = Σ_n d_{k,n} η^n,
 *      + giving Q for x > a, − giving P for x ≤ a. 13 rows of d_{k,n} (computed by
 *      scripts/reference/incomplete_gamma_beta.py from DLMF 8.12.12) give < 1e-18 for a ≥ 20,
 *      |η| ≤ 0.34. erfcx is our own Chebyshev fit (< 2e-18 relative).
 *   2. x > 1.1: x < a: power series for P, P = x^a e^{−x}/Γ(a+1) Σ x^n/((a+1)…(a+n));
 *      x ≥ a: Legendre's continued fraction for Q (length by a division-free forward pass, value
 *      summed backward).
 *   3. x ≤ 1.1 and a small (a ≤ −0.4/ln x for x ≤ 0.5, a ≤ 1.1x otherwise): Q from
 *        Γ(a,x) = (Γ(1+a) − 1)/a − (x^a − 1)/a − x^a Σ_{n≥1} (−x)^n / (n! (a+n)),
 *      whose first two quotients are evaluated without cancellation for small a (the Taylor series
 *      of 1/Γ(1+a) − 1 and expm1); it is also Γ(a,x) for −1/2 < a ≤ 0 (E₁ at a = 0).
 *      Otherwise the power series for P.
 *   Prefix x^a e^{−x}/Γ(a): a < 10: x^a e^{−x} (pow and exp, split into 2^k-th powers when a
 *   factor would leave the range) times 1/Γ(a) from the same Taylor series; a ≥ 10: the
 *   Stirling form √(a/2π) e^{−E}/Γ*(a) with E = aφ(x/a) in double-double (relative error
 *   ~2^-63; in plain doubles E would carry an absolute error ~E·ε, up to 1e-13 relative in deep
 *   tails). Unregularized tails use x^a e^{−x} itself, as exp(a ln x − x) with that exponent in
 *   double-double; the other tail is Γ(a)(1 − tail).
 *   Huge x or |a| (> 1e50): the continued fraction's terms are scaled so that its recurrences
 *   cannot overflow.
 *   uppergamma for a ≤ 0: x > 1.1 or a < −30: the continued fraction (valid for every real a);
 *   otherwise the small-x formula at b = a + round(−a) ∈ (−1/2, 1/2], then the recurrence
 *   Γ(c−1, x) = (Γ(c, x) − x^{c−1} e^{−x})/(c − 1) down to a (stable for x ≤ 1.1: the new term
 *   dominates).
 * Error: within 6 ulps on the reference set (a up to 1e6, tails down to 1e-249), 10 ulps for
 * uppergamma at x ≈ 1 with a ≤ 0 (test/data/accuracy-bounds/incomplete-gamma-beta.json).
 */

const EPS = 1.1102230246251565e-16; // 2^-53
const INV_SQRT_2PI = 0.3989422804014327;
const LN_SQRT_2PI = 0.9189385332046728;
const INV_SQRT_PI = 0.5641895835477563;
const INV_2PI = 0.15915494309189535;
const MAX_ITER = 5000;

/** 1/Γ(1+e) − 1 = Σ_{k=1..22} RGAM1PM1[k−1] e^k (Taylor at 0; used on |e| ≤ 1/2, truncation < 1e-21). */
const RGAM1PM1: readonly number[] = [0.5772156649015329, -0.6558780715202539, -0.04200263503409524, 0.16653861138229148, -0.04219773455554433, -0.009621971527876973, 0.0072189432466631, -0.0011651675918590652, -0.00021524167411495098, 0.0001280502823881162, -2.013485478078824e-05, -1.2504934821426706e-06, 1.133027231981696e-06, -2.056338416977607e-07, 6.116095104481416e-09, 5.002007644469223e-09, -1.18127457048702e-09, 1.0434267116911005e-10, 7.782263439905071e-12, -3.696805618642206e-12, 5.100370287454476e-13, -2.0583260535665066e-14];

/** Temme's d_(k,n), rows k = 0..12, cut where |d_(k,n)| 0.34^n 20^-k < 1e-19 (DLMF 8.12.12). */
const TEMME: readonly (readonly number[])[] = [
  [-0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073, 0.0003527336860670194, -0.0001787551440329218, 3.919263178522438e-05, -2.185448510679992e-06, -1.85406221071516e-06, 8.296711340953087e-07, -1.7665952736826078e-07, 6.707853543401498e-09, 1.0261809784240309e-08, -4.382036018453353e-09, 9.14769958223679e-10, -2.5514193994946248e-11, -5.830772132550426e-11, 2.4361948020667415e-11],
  [-0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -0.0009902263374485596, 0.00020576131687242798, -4.018775720164609e-07, -1.8098550334489977e-05, 7.64916091608111e-06, -1.6120900894563446e-06, 4.647127802807434e-09, 1.378633446915721e-07, -5.752545603517705e-08, 1.1951628599778148e-08, -1.7543241719747647e-11, -1.0091543710600413e-09, 4.162792991842583e-10, -8.56390702649298e-11],
  [0.004133597883597883, -0.0026813271604938273, 0.0007716049382716049, 2.0093878600823047e-06, -0.0001073665322636516, 5.2923448829120125e-05, -1.2760635188618728e-05, 3.423578734096138e-08, 1.3721957309062934e-06, -6.298992138380055e-07, 1.4280614206064242e-07, -2.0477098421990866e-10, -1.409252991086752e-08, 6.228974084922022e-09, -1.3670488396617114e-09],
  [0.0006494341563786008, 0.00022947209362139917, -0.0004691894943952557, 0.00026772063206283885, -7.561801671883977e-05, -2.396505113867297e-07, 1.1082654115347302e-05, -5.6749528269915965e-06, 1.4230900732435883e-06, -2.7861080291528143e-11, -1.6958404091930278e-07, 8.099464905388083e-08, -1.9111168485973655e-08],
  [-0.0008618882909167117, 0.0007840392217200666, -0.0002990724803031902, -1.4638452578843418e-06, 6.641498215465122e-05, -3.968365047179435e-05, 1.1375726970678419e-05, 2.507497226237533e-10, -1.6954149536558305e-06, 8.907507532205309e-07, -2.292934834000805e-07, 2.956794137544049e-11, 2.8865829742708783e-08],
  [-0.00033679855336635813, -6.972813758365857e-05, 0.0002772753244959392, -0.00019932570516188847, 6.797780477937208e-05, 1.419062920643967e-07, -1.3594048189768693e-05, 8.018470256334202e-06, -2.291481176508095e-06, -3.252473551298454e-10, 3.4652846491085265e-07, -1.8447187191171344e-07],
  [0.0005313079364639922, -0.0005921664373536939, 0.0002708782096718045, 7.902353232660328e-07, -8.153969367561969e-05, 5.61168275310625e-05, -1.8329116582843375e-05, -3.0796134506033047e-09, 3.465155368803609e-06, -2.0291327396058603e-06, 5.788792863149004e-07],
  [0.00034436760689237765, 5.171790908260592e-05, -0.00033493161081142234, 0.0002812695154763237, -0.00010976582244684731, -1.2741009095484485e-07, 2.7744451511563645e-05, -1.8263488805711332e-05, 5.7876949497350525e-06],
  [-0.0006526239185953094, 0.0008394987206720873, -0.000438297098541721, -6.969091458420552e-07, 0.00016644846642067547, -0.00012783517679769218, 4.629953263691304e-05],
  [-0.0005967612901927463, -7.204895416020011e-05, 0.0006782308837667328, -0.0006401475260262758, 0.00027750107634328704, 1.819700838046515e-07, -8.479507117068503e-05],
  [0.0013324454494800656, -0.0019144384985654776, 0.0011089369134596636, 9.9324041226423e-07, -0.0005087450129309319, 0.00042735056665392886],
  [0.001579727660730835, 0.00016251626278391583, -0.0020633421035543276, 0.00213896861856891],
  [-0.004072512119514016, 0.00640336283380807, -0.004041016108167662],
];

/** Chebyshev coefficients of erfcx on [0,.5], [.5,1], [1,2], [2,4], and of √π z erfcx(z) in u = 4/z. */
const ERFCX: readonly (readonly number[])[] = [
  [0.7889742043298319, -0.19054959076559183, 0.018748766414046564, -0.0015967385395194618, 0.00012165370853879293, -8.465560707954155e-06, 5.457634580553603e-07, -3.293608532171683e-08, 1.8753468988852802e-09, -1.0137357663517625e-10, 5.228450565255384e-12, -2.5835414602093493e-13, 1.227302524636248e-14, -5.62155789122863e-16, 2.489018856803021e-17],
  [0.5142540300448141, -0.09353436157631646, 0.007349543567965961, -0.0005170287683170955, 3.327489181039832e-05, -1.9877609419315706e-06, 1.1137198399251981e-07, -5.898649609389129e-09, 2.9712990142852805e-10, -1.430488185776257e-11, 6.608616284265577e-13, -2.9395552899978545e-14, 1.2625028540389158e-15, -5.2483535009959205e-17, 2.1162858025358237e-18],
  [0.331427281639452, -0.0850021377067432, 0.009951127341466115, -0.0010810888102208325, 0.0001102324363119495, -1.0636830518218601e-05, 9.775012680479055e-07, -8.597922867888315e-08, 7.2677084117248425e-09, -5.923543840592542e-10, 4.6683928572294154e-11, -3.56612770156775e-12, 2.6458779519104523e-13, -1.9101658673527567e-14, 1.343976588479829e-15, -9.228790549094326e-17, 6.19267308464391e-18],
  [0.1874295690262241, -0.05794652883669097, 0.008595247387396534, -0.0012284613640242594, 0.00016974366686180488, -2.2738329337044562e-05, 2.959844378804878e-06, -3.7513575581379714e-07, 4.6372828761738244e-08, -5.599455392564088e-09, 6.613160896679916e-10, -7.648271522199816e-11, 8.670904325876594e-12, -9.645456274382108e-13, 1.0536827959360625e-13, -1.1312630906760667e-14, 1.1945180669174577e-15, -1.241310752580407e-16, 1.270246323185436e-17, -1.280725873663855e-18],
  [0.9889949206209155, -0.01449223964962005, -0.0033566743416461263, 0.00014419252046572468, 1.2205885545827213e-05, -1.536438676889458e-06, -1.8798620163221783e-08, 1.6180139126207345e-08, -9.105224873795401e-10, -1.332123091043948e-10, 2.3714941960112396e-11, -1.2094822684990868e-13, -3.7600672739626273e-13, 4.067997766866021e-14, 2.619346365347471e-15, -1.1060011731309702e-15, 7.763697677786914e-17, 1.4623594606658552e-17, -3.696355942607909e-18],
];

// ---------------------------------------------------------------------------------------------
// Double-double pieces for the exponent of the prefixes. The prefix x^a e^{−x}/Γ(a) is
// e^{−E}·(smooth) with E = aφ(x/a) up to ~745; computed in plain doubles E carries an absolute error
// ~E·ε, i.e. E·ε relative error in the result (1e-13 in deep tails). With E computed to ~2^-63
// relative the prefix stays within a few ulps. Products use Dekker's split (exact, no fma, so the
// C and JS backends get identical bits).

/**
 * Result registers of the dd helpers: DD[0] = hi, DD[1] = lo; read them right after each call.
 * A Float64Array, not two module-level lets: a double stored in a closure context is boxed on
 * every write (an allocation per dd operation), typed-array elements are not.
 */
const DD = new Float64Array(2);

export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  DD[1] = b - (s - a);
  DD[0] = s;
}

export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DD[1] = a - (s - bb) + (b - bb);
  DD[0] = s;
}

const SPLITTER = 134217729; // 2^27 + 1

export function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  DD[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  DD[0] = p;
}

/** (ah + al)(bh + bl). */
export function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const lo = DD[1] + (ah * bl + al * bh);
  fastTwoSum(DD[0], lo);
}

/** (ah + al)/(bh + bl). */
export function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  twoProd(q, bh);
  const r = (ah - DD[0] - DD[1] + al - q * bl) / bh;
  fastTwoSum(q, r);
}

/** (ah + al) + (bh + bl). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const lo = DD[1] + al + bl;
  fastTwoSum(DD[0], lo);
}

/** Bit access to doubles (frexp without Math.log2/Math.pow); HI indexes the high word. */
const BITS_F64 = new Float64Array(1);
const BITS_U32 = new Uint32Array(BITS_F64.buffer);
BITS_F64[0] = 1;
const HI = BITS_U32[1] === 0x3ff00000 ? 1 : 0;

const LN2_HI = 0.6931471805599453; // 0x3FE62E42FEFA39EF
const LN2_LO = 2.3190468138462996e-17; // 0x3C7ABC9E3B39803F

/** ln(h + l) as a dd (relative error ~2^-65), h > 0 normal, |l| ≤ ulp(h). */
export function ddLog(h: number, l: number): void {
  if (!(h > 0 && h < Infinity)) {
    DD[0] = Math.log(h);
    DD[1] = 0;
    return;
  }
  if (h < 1e-290) {
    // subnormal or nearly: scale by 2^600 (exact) first
    ddLog(h * 4.149515568880993e180, l * 4.149515568880993e180);
    const rh = DD[0];
    const rl = DD[1];
    twoProd(-600, LN2_HI);
    ddAdd(rh, rl, DD[0], DD[1] - 600 * LN2_LO);
    return;
  }
  // h = 2^k m, m in [1/√2, √2): exponent and mantissa from the bits (h is normal here)
  BITS_F64[0] = h;
  const hiWord = BITS_U32[HI];
  let k = ((hiWord >>> 20) & 0x7ff) - 1023;
  BITS_U32[HI] = (hiWord & 0x800fffff) | 0x3ff00000;
  let m = BITS_F64[0]; // in [1, 2)
  if (m >= Math.SQRT2) {
    m *= 0.5;
    k += 1;
  }
  // 2^-k from its bits (k ≥ −964 here; above 1000 in two steps, 2^-k alone would be subnormal)
  const kk = k > 1000 ? k - 100 : k;
  BITS_U32[HI] = (1023 - kk) << 20;
  BITS_U32[1 - HI] = 0;
  const scale = k > 1000 ? BITS_F64[0] * 7.888609052210118e-31 : BITS_F64[0];
  const ml = l * scale;
  // s = (m − 1)/(m + 1); ln m = 2 atanh s = 2s + 2s³/3 + 2s⁵ Σ s^{2j}/(2j+5)
  twoSum(m, 1);
  const dh = DD[0];
  const dl = DD[1] + ml;
  ddDiv(m - 1, ml, dh, dl);
  const sh = DD[0];
  const sl = DD[1];
  ddMul(sh, sl, sh, sl);
  const s2h = DD[0];
  const s2l = DD[1];
  ddMul(s2h, s2l, sh, sl);
  ddDiv(DD[0], DD[1], 3, 0);
  const t3h = DD[0];
  const t3l = DD[1];
  const s2 = s2h;
  let p = 1 / 29;
  p = p * s2 + 1 / 27;
  p = p * s2 + 1 / 25;
  p = p * s2 + 1 / 23;
  p = p * s2 + 1 / 21;
  p = p * s2 + 1 / 19;
  p = p * s2 + 1 / 17;
  p = p * s2 + 1 / 15;
  p = p * s2 + 1 / 13;
  p = p * s2 + 1 / 11;
  p = p * s2 + 1 / 9;
  p = p * s2 + 1 / 7;
  p = p * s2 + 1 / 5;
  const rest = sh * s2 * s2 * p;
  ddAdd(sh, sl, t3h, t3l);
  const uh = DD[0];
  const ul = DD[1] + rest;
  // 2(u) + k ln 2
  twoProd(k, LN2_HI);
  const kh = DD[0];
  const kl = DD[1] + k * LN2_LO;
  ddAdd(2 * uh, 2 * ul, kh, kl);
}

/**
 * a φ(1 + d/a) = d − a ln(1 + d/a) with d = dh + dl (d ≥ −a), as a dd in (DD[0], DD[1]); `ratioH/L`,
 * when given (not NaN), is 1 + d/a itself as a dd (used far from 1, where d/a is not small).
 * Near d = 0 (−1/3 ≤ d/a ≤ 1/2) it sums d·s − 2a s³/3 − 2a s⁵ Σ s^{2j}/(2j+5), s = d/(2a + d),
 * with the first two terms in dd; elsewhere d − a·ln(ratio) with the dd logarithm.
 */
export function aphi(a: number, dh: number, dl: number, ratioH: number, ratioL: number): void {
  const t = dh / a;
  if (t >= -1 / 3 && t <= 0.5) {
    twoSum(2 * a, dh);
    const Dh = DD[0];
    const Dl = DD[1] + dl;
    ddDiv(dh, dl, Dh, Dl);
    const sh = DD[0];
    const sl = DD[1];
    ddMul(dh, dl, sh, sl);
    const t1h = DD[0];
    const t1l = DD[1];
    ddMul(sh, sl, sh, sl);
    const s2 = DD[0];
    ddMul(DD[0], DD[1], sh, sl);
    ddMul(DD[0], DD[1], 2 * a, 0);
    ddDiv(DD[0], DD[1], 3, 0);
    const t3h = DD[0];
    const t3l = DD[1];
    let p = 1 / 29;
    for (let j = 11; j >= 0; j--) p = p * s2 + 1 / (2 * j + 5);
    const rest = 2 * a * sh * s2 * s2 * p;
    ddAdd(t1h, t1l, -t3h, -t3l - rest);
    return;
  }
  let rh = ratioH;
  let rl = ratioL;
  if (Number.isNaN(rh)) {
    // 1 + d/a = (a + d)/a
    twoSum(a, dh);
    ddDiv(DD[0], DD[1] + dl, a, 0);
    rh = DD[0];
    rl = DD[1];
  }
  ddLog(rh, rl);
  ddMul(DD[0], DD[1], a, 0);
  ddAdd(dh, dl, -DD[0], -DD[1]);
}

/** E = aφ(x/a) = x − a − a ln(x/a) for the incomplete gamma prefix, as a dd in (DD[0], DD[1]). */
export function gammaExponent(a: number, x: number): void {
  if (a > 1e280 || x > 1e280) {
    DD[0] = a * phiXA(a, x);
    DD[1] = 0;
    return;
  }
  const t = (x - a) / a;
  if (t >= -1 / 3 && t <= 0.5) {
    aphi(a, x - a, 0, NaN, 0); // x − a is exact here (Sterbenz)
    return;
  }
  if (x < 1e-280 * a) {
    // x/a would underflow; E > 640a, e^{−E} = 0 whatever its rounding
    DD[0] = a * (Math.log(a) - Math.log(x)) + x - a;
    DD[1] = 0;
    return;
  }
  twoSum(x, -a);
  const dh = DD[0];
  const dl = DD[1];
  ddDiv(x, 0, a, 0);
  aphi(a, dh, dl, DD[0], DD[1]);
}

/** The last dd result (for the beta prefix in ibeta-common.ts). */
export function ddResultHi(): number {
  return DD[0];
}
export function ddResultLo(): number {
  return DD[1];
}

// ---------------------------------------------------------------------------------------------
// Gamma-function pieces (private: the public gamma lives in src/special/gamma/)

/** 1/Γ(1+e) − 1 divided by e, for |e| ≤ 1/2. */
export function rgam1pm1OverE(e: number): number {
  let s = RGAM1PM1[21];
  for (let k = 20; k >= 0; k--) s = s * e + RGAM1PM1[k];
  return s;
}

/** 1/Γ(1+e) − 1 for |e| ≤ 1/2. */
export function rgam1pm1(e: number): number {
  return e * rgam1pm1OverE(e);
}

/** ln Γ*(a) = ln Γ(a) − (a − ½) ln a + a − ln √(2π), for a ≥ 10 (Stirling series, 8 terms, < 2e-18). */
export function stirlerrPrivate(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return (
    r *
    (0.08333333333333333 +
      r2 *
        (-0.002777777777777778 +
          r2 *
            (0.0007936507936507937 +
              r2 * (-0.0005952380952380953 + r2 * (0.0008417508417508417 + r2 * (-0.0019175269175269176 + r2 * (0.00641025641025641 + r2 * -0.029550653594771242)))))))
  );
}

/** 1/Γ(x) for 0 < x < 10 (Taylor series of 1/Γ(1+e) after the recurrence). */
export function rgammaSmallPrivate(x: number): number {
  if (x < 0.5) return x * (1 + rgam1pm1(x));
  if (x <= 1.5) return 1 + rgam1pm1(x - 1);
  let y = x;
  let p = 1;
  while (y > 1.5) {
    y -= 1;
    p *= y;
  }
  return (1 + rgam1pm1(y - 1)) / p;
}

/** Γ(x) for x > 0 (private; a few ulps): recurrence to the Taylor series below 10, else Stirling with x ln x − x in dd. */
export function gammaPrivate(x: number): number {
  if (x < 10) {
    if (x < 0.5) return 1 / (x * (1 + rgam1pm1(x)));
    let y = x;
    let p = 1;
    while (y > 1.5) {
      y -= 1;
      p *= y;
    }
    return p / (1 + rgam1pm1(y - 1));
  }
  if (x > 171.62) return Infinity;
  ddLog(x, 0);
  ddMul(DD[0], DD[1], x, 0);
  ddAdd(DD[0], DD[1], -x, 0);
  const h = 0.5 * DD[0];
  const e = Math.exp(h);
  return e * (1 + DD[1]) * (Math.sqrt((2 * Math.PI) / x) * Math.exp(stirlerrPrivate(x))) * e;
}

/** ln Γ(a) for a ≥ 10 (Stirling; absolute error ~ ε ln Γ(a)). */
export function lnGammaLargePrivate(a: number): number {
  return (a - 0.5) * Math.log(a) - a + LN_SQRT_2PI + stirlerrPrivate(a);
}

/** log(1 + t) − t for t > −1, accurate near 0 (atanh series on −1/2 ≤ t ≤ 1). */
export function log1pmx(t: number): number {
  if (t < -0.5 || t > 1) return Math.log1p(t) - t;
  // log(1+t) = 2 atanh(s), s = t/(2+t), and t − 2s = s t, so log(1+t) − t = −s t + 2 s³ Σ s^{2j}/(2j+3)
  const s = t / (2 + t);
  const s2 = s * s;
  let p = 1 / 35;
  for (let j = 15; j >= 0; j--) p = p * s2 + 1 / (2 * j + 3);
  return -s * t + 2 * s * s2 * p;
}

/** φ(x/a) = λ − 1 − ln λ, λ = x/a (≥ 0). */
export function phiXA(a: number, x: number): number {
  const t = (x - a) / a;
  if (t >= -0.5 && t <= 1) return -log1pmx(t);
  return x / a - 1 - Math.log(x / a);
}

/** x^a e^{−x} for x > 0, any real a; pow and exp each within range, else as 2^k-th powers. */
export function powExpPrivate(a: number, x: number): number {
  for (let k = 1; k <= 64; k *= 2) {
    const p = Math.pow(x, a / k);
    const e = Math.exp(-x / k);
    if (p < 1e300 && p > 1e-300 && e > 1e-300) {
      let r = p * e;
      for (let j = k; j > 1; j >>= 1) r *= r;
      return r;
    }
  }
  return Math.exp(a * Math.log(x) - x);
}

/**
 * e^t · m without losing m's bits when e^t alone leaves the normal range (the result may still be
 * normal, or should be rounded only once to a subnormal): e^{t/2} · m · e^{t/2} there.
 */
export function expTimes(t: number, m: number): number {
  if (t > -700 && t < 700) return Math.exp(t) * m;
  // beyond 1e4 the dd low parts folded into m may exceed 1 (ulp(t) > 1); the result is 0 or ∞
  if (t > 1e4) return m === 0 ? 0 : Infinity;
  if (t < -1e4) return 0;
  const e = Math.exp(0.5 * t);
  return e * m * e;
}

/** x^a e^{−x} / Γ(a), a > 0: a < 10 directly, else √(a/2π) e^{−E} / Γ*(a) with E = aφ(x/a) in dd. */
export function regPrefix(a: number, x: number): number {
  if (a < 10) return powExpPrivate(a, x) * rgammaSmallPrivate(a);
  gammaExponent(a, x);
  return expTimes(-DD[0], (1 - DD[1]) * (Math.sqrt(a * INV_2PI) * Math.exp(-stirlerrPrivate(a))));
}

/**
 * x^a e^{−x} · m for a ≥ 10, as exp(T)·m with T = a ln x − x in dd, scaled so that exp(T) alone
 * may overflow or underflow while the product does not.
 */
function unregTimes(a: number, x: number, m: number): number {
  ddLog(x, 0);
  ddMul(DD[0], DD[1], a, 0);
  ddAdd(DD[0], DD[1], -x, 0);
  return expTimes(DD[0], (1 + DD[1]) * m);
}

function chebyshev(c: readonly number[], t: number): number {
  const t2 = 2 * t;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let j = c.length - 1; j >= 1; j--) {
    b2 = b1;
    b1 = b0;
    b0 = t2 * b1 - b2 + c[j];
  }
  return t * b0 - b1 + c[0];
}

/** erfcx(z) = e^{z²} erfc(z) for z ≥ 0 (private; Chebyshev fits, < 2e-18 + rounding). */
export function erfcxPrivate(z: number): number {
  if (z < 0.5) return chebyshev(ERFCX[0], 4 * z - 1);
  if (z < 1) return chebyshev(ERFCX[1], 4 * z - 3);
  if (z < 2) return chebyshev(ERFCX[2], 2 * z - 3);
  if (z < 4) return chebyshev(ERFCX[3], z - 3);
  return chebyshev(ERFCX[4], 8 / z - 1) * INV_SQRT_PI / z;
}

// ---------------------------------------------------------------------------------------------
// The core: one tail of P/Q

export const METHOD_SERIES = 0; // tail P = prefix/a · sum
export const METHOD_CF = 1; // tail Q = prefix · sum
export const METHOD_SMALLX = 2; // tail Q; sum = Γ(a, x) itself
export const METHOD_TEMME = 3; // tail = e^{−E} · sum (sum = the bracket B)

/** What the last igamCore call did (JS is single-threaded; C returns the same through a struct). */
export const igamState = { method: 0, tailIsQ: false, sum: 0, exponent: 0, exponentLo: 0 };

/** Σ_{n≥0} x^n / ((a+1)…(a+n)). */
function pSeries(a: number, x: number): number {
  let sum = 1;
  let term = 1;
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= sum * EPS) break;
  }
  return sum;
}

/**
 * h with Γ(a, x) = x^a e^{−x} h: Legendre's continued fraction
 *   h = 1/(x+1−a + a₁/(x+3−a + a₂/(x+5−a + …))), a_n = n(a − n), any real a, x > 0.
 * A forward pass finds the number of terms without a division: the Wallis recurrences
 * P_{k+1} = B_k P_k + A_k P_{k−1} (same for Q), with |h_{k+1} − h_k| = |Π A_j| / |Q_k Q_{k+1}|,
 * rescaled by 2^-100 when they grow. The value is then summed backward from one term past
 * convergence (also without divisions, as a ratio), which damps rounding errors (each step by
 * about 1/4) instead of accumulating them over hundreds of forward steps (tens of ulps at x ≈ 1).
 */
export function qContinuedFraction(a: number, x: number): number {
  // for huge x or |a| the terms are scaled by the equivalence c = 1/max(x, |a|) (b_n c, a_n c²;
  // h = h' c), so that the recurrences cannot overflow; sc = 1 (exact, no effect) otherwise
  const big = Math.max(x, Math.abs(a));
  const sc = big > 1e50 ? 1 / big : 1;
  let pPrev = 1;
  let qPrev = 0;
  let p = 0;
  let q = 1;
  let prod = 1;
  let n = 0;
  for (; n < MAX_ITER; n++) {
    const an = n === 0 ? 1 : n * (a - n) * sc * sc;
    const bn = (x + 2 * n + 1 - a) * sc;
    const pn = bn * p + an * pPrev;
    const qn = bn * q + an * qPrev;
    prod *= an;
    if (n > 0 && Math.abs(prod) <= EPS * Math.abs(q * pn)) break;
    pPrev = p;
    p = pn;
    qPrev = q;
    q = qn;
    while (Math.abs(q) > 1.2676506002282294e30 && Math.abs(q) < Infinity) {
      // 2^100: exact rescaling (the product of the numerators grows like Q²)
      pPrev *= 7.888609052210118e-31;
      p *= 7.888609052210118e-31;
      qPrev *= 7.888609052210118e-31;
      q *= 7.888609052210118e-31;
      prod *= 6.223015277861142e-61;
    }
    if (!(Math.abs(q) < Infinity)) break;
  }
  // backward from one term past convergence: f_{k−1} = b_{k−1} + a_k/f_k, kept as the ratio
  // f_k = u_k/u_{k+1} of u_{k−1} = b_{k−1} u_k + a_k u_{k+1} (no division; exact rescaling)
  let u = (x + 2 * n + 3 - a) * sc;
  let v = 1;
  for (let k = n + 1; k >= 1; k--) {
    const w = (x + 2 * k - 1 - a) * sc * u + k * (a - k) * sc * sc * v;
    v = u;
    u = w;
    while (Math.abs(u) > 1.2676506002282294e30 && Math.abs(u) < Infinity) {
      u *= 7.888609052210118e-31;
      v *= 7.888609052210118e-31;
    }
  }
  return (v / u) * sc;
}

/** Γ(a, x) for −1/2 < a ≤ 1.25 and 0 < x ≤ 1.1 (the small-x formula above). */
export function upperSmallX(a: number, x: number): number {
  const lnx = Math.log(x);
  let u: number; // (Γ(1+a) − 1)/a
  if (Math.abs(a) <= 0.5) {
    const q = rgam1pm1OverE(a);
    u = -q / (1 + a * q);
  } else {
    u = 1 / (1 + rgam1pm1(a - 1)) - 1 / a;
  }
  const y = a * lnx;
  const v = Math.abs(y) < 1e-5 ? lnx * (1 + y * (0.5 + y * (1 / 6 + y * (1 / 24)))) : Math.expm1(y) / a;
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITER; n++) {
    fac *= -x / n;
    const term = fac / (a + n);
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * EPS) break;
  }
  return u - v - Math.pow(x, a) * sum;
}

/** Σ_k c_k(η) a^{−k}. */
function temmeSum(eta: number, a: number): number {
  let sum = 0;
  let apow = 1;
  for (let k = 0; k < TEMME.length; k++) {
    if (k > 0 && apow < 3e-17) break;
    const row = TEMME[k];
    let p = row[row.length - 1];
    for (let n = row.length - 2; n >= 0; n--) p = p * eta + row[n];
    sum += p * apow;
    apow /= a;
  }
  return sum;
}

/**
 * One tail of the regularized incomplete gamma function, a > 0, x > 0, both finite. Returns the
 * tail and records in igamState which tail (P or Q), the method and its raw sum.
 */
export function igamCore(a: number, x: number): number {
  const st = igamState;
  if (a > 20 && Math.abs(x - a) < 0.3 * a) {
    gammaExponent(a, x);
    const e = DD[0];
    st.exponentLo = DD[1];
    const phi = e / a;
    const eta = x < a ? -Math.sqrt(2 * phi) : Math.sqrt(2 * phi);
    const w = (temmeSum(eta, a) * INV_SQRT_2PI) / Math.sqrt(a);
    const half = 0.5 * erfcxPrivate(Math.sqrt(e));
    st.method = METHOD_TEMME;
    st.tailIsQ = x > a;
    st.sum = x > a ? half + w : half - w;
    st.exponent = e;
    return expTimes(-e, (1 - st.exponentLo) * st.sum);
  }
  let smallX: boolean;
  if (x > 1.1) smallX = false;
  else if (x <= 0.5) smallX = a <= -0.4 / Math.log(x);
  else smallX = a <= 1.1 * x;
  if (smallX) {
    st.method = METHOD_SMALLX;
    st.tailIsQ = true;
    st.sum = upperSmallX(a, x);
    return st.sum * rgammaSmallPrivate(a);
  }
  if (x > 1.1 && x >= a) {
    st.method = METHOD_CF;
    st.tailIsQ = true;
    st.sum = qContinuedFraction(a, x);
    return regPrefix(a, x) * st.sum;
  }
  st.method = METHOD_SERIES;
  st.tailIsQ = false;
  st.sum = pSeries(a, x);
  return (regPrefix(a, x) / a) * st.sum;
}

/** P (upper = false) or Q (upper = true) for a > 0, x > 0, both finite. */
export function igamRegularized(a: number, x: number, upper: boolean): number {
  const tail = igamCore(a, x);
  return igamState.tailIsQ === upper ? tail : 1 - tail;
}

/** γ(a, x) (upper = false) or Γ(a, x) (upper = true) for a > 0, x > 0, both finite. */
export function igamUnregularized(a: number, x: number, upper: boolean): number {
  const tail = igamCore(a, x);
  const st = igamState;
  if (st.tailIsQ === upper) {
    if (st.method === METHOD_SMALLX) return st.sum;
    if (st.method === METHOD_TEMME) {
      // Γ(a) e^{−E} B = (a/e)^a e^{−E} · √(2π/a) Γ*(a) B
      return unregTimes(a, x, Math.sqrt((2 * Math.PI) / a) * Math.exp(stirlerrPrivate(a)) * st.sum);
    }
    const m = st.method === METHOD_SERIES ? st.sum / a : st.sum;
    if (a < 10) return powExpPrivate(a, x) * m;
    return unregTimes(a, x, m);
  }
  if (a <= 171) return gammaPrivate(a) * (1 - tail);
  return Math.exp(lnGammaLargePrivate(a) + Math.log1p(-tail));
}

/** Γ(a, x) for a ≤ 0, x > 0, both finite. */
export function upperNonPositive(a: number, x: number): number {
  if (x > 1.1 || a < -30) return powExpPrivate(a, x) * qContinuedFraction(a, x);
  if (a > -0.5) return upperSmallX(a, x);
  const m = Math.round(-a);
  const b = a + m; // exact; in (−1/2, 1/2]
  let g = upperSmallX(b, x);
  let t = Math.pow(x, b) * Math.exp(-x);
  let c = b;
  for (let i = 0; i < m; i++) {
    t /= x;
    c -= 1;
    g = (g - t) / c;
  }
  // Γ(a, x) > 0: a NaN here is ∞ − ∞ after x^{c−1} e^{−x} overflowed, i.e. Γ(a, x) overflows
  return Number.isNaN(g) ? Infinity : g;
}
