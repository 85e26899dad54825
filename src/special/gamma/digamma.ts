/**
 * digamma(x) = ψ(x) = Γ'(x)/Γ(x). Same method as native/special/digamma.c (rational minimax core
 * on [1, 2] with the positive zero factored out, downward recurrence below 10, asymptotic series
 * above, reflection for x < 0); see its Method and Special cases comments.
 */
import { PI } from './common.js';

/** ψ(1+t) for 0 ≤ t ≤ 1. */
export function digammaCore(t: number): number {
  const p = ((((((-5.439846012853265e-7 * t + 4.998775101537227e-5) * t + 0.008690243573010447) * t + 0.14492834688775852) * t + 0.8040028735241276) * t + 1.742049913848301) * t + 1.2503801375034054);
  const q = (((((0.002140403491199684 * t + 0.05422266991554598) * t + 0.4360990968161435) * t + 1.4607799190204556) * t + 2.076763055141713) * t + 1.0);
  // t0 = 0.46163214496836236 - 1.5522348162858677e-17
  return (t - 0.46163214496836236 + 1.5522348162858677e-17) * (p / q);
}

/** ψ(x) for x > 0 (x may be +Infinity). */
export function digammaPos(x: number): number {
  if (x < 10) {
    if (x < 1) return digammaCore(x) - 1 / x;
    if (x <= 2) return digammaCore(x - 1);
    const n = Math.trunc(x - 1);
    let sum = 0;
    for (let k = 1; k <= n; k++) sum += 1 / (x - k); // smallest first
    return digammaCore(x - n - 1) + sum;
  }
  const z = 1 / (x * x);
  const s = (((((((-0.4432598039215686 * z + 0.08333333333333333) * z - 0.021092796092796094) * z + 0.007575757575757576) * z - 0.004166666666666667) * z + 0.003968253968253968) * z - 0.008333333333333333) * z + 0.08333333333333333);
  return Math.log(x) - (0.5 / x + s * z);
}

/** cot(π x) for finite non-integer x: cot is odd with period 1, and |x| - floor(|x|) is exact. */
export function cotpi(x: number): number {
  const ax = Math.abs(x);
  let r = ax - Math.floor(ax);
  let sgn = x < 0 ? -1 : 1;
  if (r > 0.5) {
    r = 1 - r;
    sgn = -sgn;
  }
  const c = r <= 0.25 ? 1 / Math.tan(PI * r) : Math.tan(PI * (0.5 - r));
  return sgn * c;
}

export function digamma(x: number): number {
  if (x > 0) return digammaPos(x);
  if (x === 0) return -1 / x; // ψ(+0) = -Infinity, ψ(-0) = +Infinity
  if (x !== x) return x;
  if (x === Math.floor(x)) return NaN; // poles and -Infinity
  const y = -x;
  const psi1y = y <= 1 ? digammaCore(y) : digammaPos(y) + 1 / y;
  return psi1y - PI * cotpi(x);
}
