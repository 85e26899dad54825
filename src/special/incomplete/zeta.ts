/**
 * Riemann zeta function ζ(s) for real s.
 *
 * Method
 * - −0.5 ≤ s ≤ 4: ζ(s) = 1/(s − 1) + P(s), P a degree-17 polynomial fit of the entire function
 *   ζ(s) − 1/(s − 1) (Chebyshev interpolation, scripts/reference/zeta_expint_hyper.py).
 * - 4 < s < 32: ζ(s) = 1 + 2^−s U(s), U(s) = (ζ(s) − 1) 2^s fitted on [4, 8], [8, 16], [16, 32]
 *   to 1e-17 absolute in ζ.
 * - s ≥ 32: ζ(s) = 1 + 2^−s + 3^−s (the rest is below 2^−64).
 * - s < −0.5: reflection (DLMF 25.4.2) ζ(s) = 2 sin(πs/2) Γ(x) (2π)^−x ζ(x), x = 1 − s. sin(πs/2) is
 *   reduced exactly, so the trivial zeros s = −2, −4, … give exact 0. Γ(x)(2π)^−x =
 *   e^−1/2 (x/(2πe))^(x−1/2) e^S(x) (Stirling, DLMF 5.11.1, x ≥ 10; the base in double-double so the
 *   power does not amplify its rounding); for x < 10 the same at x + n times (2π)^n / Π(x + k).
 *   x = 1 − s is rounded; its rounding error xl is put back to first order through
 *   d/dx ln(ζ(x) Γ(x) (2π)^−x) ~ ln(x/2π), which would otherwise turn half an ulp of x into ~x ulp.
 * Error: measured below 6e-16 relative over s in [−300, 60] (docs/accuracy.md). Fits: Chebyshev
 * interpolation (mpmath), see scripts/reference/zeta_expint_hyper.py `coefficients`.
 *
 * Special cases
 * - ζ(NaN) = NaN; ζ(+Inf) = 1; ζ(−Inf) = NaN (no limit);
 * - ζ(1) = +Inf (the pole; the limit from above, as scipy.special.zeta);
 * - ζ(0) = −1/2; ζ(−2n) = 0 exactly; |ζ(s)| overflows to ±Inf for s < about −260.
 */
import { horner, sinpi, stirlingTail, twoProdError } from './zeta-expint-hyper-common.js';

const ZETA_NEAR_POLE = [
  0.6289867661180086, 0.14652703090417227, -0.02691908446398247, -0.001031704200793303,
  0.0018108617960197262, -0.0004075294687157273, 1.12259154084838e-05, 1.6454543105833315e-05,
  -4.648711111534483e-06, 5.057426339910939e-07, 4.5289729966964905e-08, -2.7810291200477448e-08,
  5.1432250520090735e-09, -3.870084999772752e-10, -5.0478738689022184e-11,
  2.0930064769478852e-11, -3.2606621455723954e-12, 2.1295048292252226e-13,
];

const ZETA_4_8 = [
  1.109955967004745, -0.10635143871979932, 0.058287498848383, -0.02544806071902875,
  0.010293119125415359, -0.004104639217678251, 0.0016388128870380555, -0.0006553080032411033,
  0.00026213286819302083, -0.00010485674368849779, 4.1943577441512976e-05,
  -1.677757339796549e-05, 6.709047178166895e-06, -2.683253070346451e-06, 1.0779994049857717e-06,
  -4.3182623835119694e-07, 1.652916891872144e-07, -6.541649738494333e-08, 3.3945742902575196e-08,
  -1.4069650360922556e-08, 4.690594208485388e-10, 8.917511653626965e-12, 1.961690413817751e-09,
  -8.188572576996695e-10,
];

const ZETA_8_16 = [
  1.0079705223497646, -0.013248843860625366, 0.01121109449396021, -0.006520438447457957,
  0.002989959853403882, -0.0011842987643695204, 0.0004348092367835568, -0.00015567321989518,
  5.5827024687136036e-05, -2.01847933168817e-05, 7.338571818688524e-06, -2.6715403001294087e-06,
  9.666895896717024e-07, -3.510136910797796e-07, 1.3537259012798459e-07, -4.977755002508163e-08,
  1.1531378656905246e-08, -3.916728242408049e-09, 4.515602124296434e-09, -1.7002362874144654e-09,
];

const ZETA_16_32 = [
  1.000059463081609, -0.00019301998657838518, 0.0003134361482793473, -0.00033961336949800267,
  0.0002763962161095718, -0.00018041992332679506, 9.857740752030692e-05, -4.650888671905138e-05,
  1.9423233780857157e-05, -7.364419392303055e-06, 2.6344288280126116e-06, -8.910863026812042e-07,
  2.5083189506672663e-07, -8.026375299657616e-08, 5.39809812287806e-08, -1.934057539847222e-08,
];

/** (2π)^n, n = 0..9, correctly rounded. */
const TWO_PI_POW = [1.0, 6.283185307179586, 39.47841760435743, 248.05021344239856, 1558.545456544039, 9792.629913129007, 61528.90838881949, 386597.5331554294, 2429063.940114067, 15262258.85872446];
/** 1/(2πe) as hi + lo. */
const INV_2PIE_HI = 0.05854983152431916; // 0x1.dfa3e572aa123p-5
const INV_2PIE_LO = -4.121231590292303e-19; // -0x1.e68c94fadd6e7p-62
/** ln(2π) */
const LN_2PI = 1.8378770664093456; // 0x1.d67f1c864beb5p+0
/** 2/sqrt(e) */
const TWO_OVER_SQRT_E = 1.2130613194252668; // 0x1.368b2fc6f960ap+0

/** ζ(s) for s ≥ −0.5, s ≠ 1 (the pole is handled by the caller). */
function zetaRight(s: number): number {
  if (s <= 4) return 1 / (s - 1) + horner(ZETA_NEAR_POLE, (2 * s - 3.5) / 4.5);
  if (s >= 32) return 1 + (Math.pow(2, -s) + Math.pow(3, -s));
  let u: number;
  if (s <= 8) u = horner(ZETA_4_8, (s - 6) / 2);
  else if (s <= 16) u = horner(ZETA_8_16, (s - 12) / 4);
  else u = horner(ZETA_16_32, (s - 24) / 8);
  return 1 + Math.pow(2, -s) * u;
}

/**
 * 2 ζ(x) Γ(x) (2π)^−x · f for x = xh + xl > 1 (f = sin(πs/2), multiplied in early to delay
 * overflow). xl is the rounding error of x = 1 − s: the result is corrected to first order by
 * xl · d/dx ln(ζ(x) Γ(x) (2π)^−x), since that derivative (~ ln(x/2π)) would otherwise turn the
 * half-ulp error of x into ~x ulp of the result.
 */
function reflected(x: number, xl: number, f: number): number {
  let y = x;
  let n = 0;
  let p = 1;
  while (y < 10) {
    p *= y;
    y += 1;
    n++;
  }
  // Γ(y)(2π)^−y = e^−1/2 (y/(2πe))^(y−1/2) e^S(y), base as bh + bl.
  const bh = y * INV_2PIE_HI;
  const bl = twoProdError(y, INV_2PIE_HI, bh) + y * INV_2PIE_LO;
  const e = y - 0.5;
  const z = zetaRight(x);
  const dlog = Math.log(x) - 0.5 / x - LN_2PI - 1 / ((x - 1) * (x - 1) * z);
  let r = TWO_OVER_SQRT_E * f * z * Math.exp(stirlingTail(y) + (e * bl) / bh) * (1 + xl * dlog);
  if (n > 0) r *= TWO_PI_POW[n] / p;
  if (y < 150) return r * Math.pow(bh, e);
  const h = Math.pow(bh, 0.5 * e);
  return r * h * h;
}

export function zeta(s: number): number {
  if (s !== s) return NaN;
  if (s >= -0.5) return s === 1 ? Infinity : s === Infinity ? 1 : zetaRight(s);
  if (s === -Infinity) return NaN;
  const f = sinpi(0.5 * s);
  if (f === 0) return 0;
  const x = 1 - s;
  return reflected(x, 1 - x - s, f);
}
