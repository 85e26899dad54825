/**
 * lgamma(x) = log|Γ(x)|, as C's lgamma. Same method as native/special/lgamma.c (rational minimax
 * pieces around 1, 3/2 and 2 with the zeros factored out, exact argument reduction below 10,
 * Stirling's series above, reflection for x < -1/4); see its Method and Special cases comments.
 */
import { EULER, PI, sinpi } from './common.js';

/** lgamma(1+t) for |t| ≤ 1/4. */
export function lgammaA(t: number): number {
  const p = ((((((-3.04905725455172e-5 * t + 0.0012810958526420582) * t + 0.0813215058935618) * t + 0.6312669334727263) * t + 1.7501827959463148) * t + 2.016696011396518) * t + 0.8224670334241132);
  const q = (((((0.027313674545094348 * t + 0.36342186618231287) * t + 1.626730493057114) * t + 3.2308780039749543) * t + 2.9391836359920127) * t + 1.0);
  return t * (-EULER + t * (p / q));
}

/** lgamma(3/2 + s) for |s| ≤ 1/4. */
function lgammaM(s: number): number {
  const p = ((((((2.7478539299150886e-5 * s + 0.004967501688534729) * s + 0.07606631857221452) * s + 0.37752291690283113) * s + 0.7481884562683091) * s + 0.5332115620811514) * s + 0.03648997397857652);
  const q = (((((0.0015543806666746688 * s + 0.0422010341386278) * s + 0.34596264502650464) * s + 1.1880846770017566) * s + 1.8035217522339) * s + 1.0);
  return -0.12078223763524522 + s * (p / q);
}

/** lgamma(2 + t) for -1/4 ≤ t ≤ 1/2. */
function lgammaB(t: number): number {
  const p = (((((3.8632417538564705e-6 * t + 0.00097234102011998) * t + 0.020431101365752116) * t + 0.13692671548643662) * t + 0.3594447557161449) * t + 0.3224670334241132);
  const q = (((((0.000311704906096327 * t + 0.011867706719504273) * t + 0.1348876769328541) * t + 0.6372408638676526) * t + 1.3235370209394814) * t + 1.0);
  return t * (0.42278433509846713 + t * (p / q));
}

/** lgamma(x) for x > 0 (x may be +Infinity). */
export function lgammaPos(x: number): number {
  if (x < 10) {
    if (x <= 0.25) return lgammaA(x) - Math.log(x);
    if (x < 0.75) return lgammaM(x - 0.5) - Math.log(x);
    if (x < 1.25) return lgammaA(x - 1) + 0; // lgamma(1) = +0, not -0
    if (x < 1.75) return lgammaM(x - 1.5);
    if (x < 2.5) return lgammaB(x - 2);
    const n = Math.trunc(x - 1.5);
    let prod = x - 1;
    for (let j = 2; j <= n; j++) prod *= x - j;
    const y = x - n;
    const core = y < 1.75 ? lgammaM(y - 1.5) : lgammaB(y - 2);
    return core + Math.log(prod);
  }
  const z = 1 / (x * x);
  const s = (((((((-0.029550653594771242 * z + 0.00641025641025641) * z - 0.0019175269175269176) * z + 0.0008417508417508417) * z - 0.0005952380952380953) * z + 0.0007936507936507937) * z - 0.002777777777777778) * z + 0.08333333333333333);
  return (x - 0.5) * (Math.log(x) - 1) + (0.4189385332046727 + s / x);
}

export function lgamma(x: number): number {
  if (x > 0) return lgammaPos(x);
  if (x !== x) return x;
  if (x >= -0.25) return x === 0 ? Infinity : lgammaA(x) - Math.log(-x);
  if (x === Math.floor(x)) return Infinity; // poles and -Infinity
  return Math.log(PI / Math.abs(x * sinpi(x))) - lgammaPos(-x);
}
