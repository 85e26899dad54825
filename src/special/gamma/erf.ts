/**
 * erf(x), the error function, in the manner of Sun's fdlibm s_erf.c (same intervals and tricks,
 * our own rational minimax fits, scripts/reference/gamma.py fit). The C kernels call libm's erf;
 * this is the JS implementation (JS `Math` has none). Relative errors of the fits, exact
 * arithmetic: R 3e-18, D 2e-19, G1 4e-19, G2 6e-19.
 *
 *   |x| < 0.84375:        erf(x) = x + x R(x²), R = erf(x)/x - 1 as a (5,4) rational in x²
 *   0.84375 ≤ |x| < 1.25: erf(x) = erx + D(|x| - 1), erx = erf(1) rounded, D a (7,6) rational
 *   1.25 ≤ |x| < 6:       erf(x) = 1 - erfc(|x|), erfc from the tail below
 *   |x| ≥ 6:              erf(x) = ±1 (erfc(6) < 2^-55)
 * Tail, x ≥ 1.25: erfc(x) = e^(-x²) / x · G(1/x²), G(t) = x e^(x²) erfc(x) as a (8,7) rational
 * on [1.25, 1/0.35] and a (7,6) one on [1/0.35, 28]; e^(-x²) is e^(-fl(x²)) (1 - δ) with
 * δ = x² - fl(x²) from Dekker's exact product, so its error does not grow with x².
 *
 * Special cases
 *   erf(NaN) = NaN, erf(±0) = ±0, erf(±Inf) = ±1
 */

/** erx = erf(1) rounded to double. */
export const ERX = 0.8427007929497149;

/** erf(x)/x - 1 as a function of z = x², 0 ≤ z ≤ 0.84375². */
export function erfSmallR(z: number): number {
  const p = ((((-3.3108555587052967e-6 * z - 9.94590364553963e-5) * z - 0.006258565638162574) * z - 0.03167393242491874) * z - 0.3237498820287797) * z + 0.12837916709551256;
  const q = (((0.00022221758364605337 * z + 0.005981788230307885) * z + 0.06964753097334644) * z + 0.40798291645006046) * z + 1.0;
  return p / q;
}

/** erf(1 + s) - erx for -0.15625 ≤ s ≤ 0.25. */
export function erfNearOneD(s: number): number {
  const p = ((((((0.0005925784287841475 * s - 0.0024102673110574005) * s + 0.01553321257516819) * s - 0.022584386345461553) * s + 0.16850462560620164) * s - 0.19457639617515285) * s + 0.4151074974205947) * s - 2.4769288743830022e-17;
  const q = (((((0.007763588789931543 * s + 0.022371936564363315) * s + 0.11995523235022441) * s + 0.20569906649390315) * s + 0.60385939209091) * s + 0.5312626310432444) * s + 1.0;
  return p / q;
}

/** erfc(x) for 1.25 ≤ x < 28. */
export function erfcTail(x: number): number {
  const t = 1 / (x * x);
  let g: number;
  if (x < 2.857142857142857) {
    const p = (((((((-0.024466785118105187 * t + 1.8459359791162961) * t + 45.068079599400264) * t + 205.6550513696477) * t + 333.5981998663611) * t + 234.39704961495448) * t + 76.07905739704444) * t + 11.008818935676413) * t + 0.5641895829431784;
    const q = ((((((14.402934202482127 * t + 166.00589000312914) * t + 552.7493086177287) * t + 751.3617777955465) * t + 474.3748215635127) * t + 144.1029343540074) * t + 20.012623418831843) * t + 1.0;
    g = p / q;
  } else {
    const p = ((((((-8.516678008531803 * t + 196.0420020412013) * t + 1289.0688940327939) * t + 1722.8712562616172) * t + 850.3289635654888) * t + 182.50455671533666) * t + 17.08530857978362) * t + 0.5641895835477563;
    const q = (((((891.4771604279294 * t + 3344.4406959746975) * t + 3678.7824150887022) * t + 1655.0178376922302) * t + 338.1223648509832) * t + 30.78292098614652) * t + 1.0;
    g = p / q;
  }
  // e^(-x²) with the rounding error of x² (Dekker's exact product) applied to first order
  const xx = x * x;
  let h = 134217729 * x;
  h = h - (h - x);
  const l = x - h;
  const err = h * h - xx + 2 * h * l + l * l; // x² = xx + err exactly
  return ((Math.exp(-xx) * (1 - err)) / x) * g;
}

export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) return x + x * erfSmallR(x * x);
  if (ax !== ax) return x;
  let r: number;
  if (ax < 1.25) r = ERX + erfNearOneD(ax - 1);
  else if (ax < 6) r = 1 - erfcTail(ax);
  else r = 1;
  return x < 0 ? -r : r;
}
