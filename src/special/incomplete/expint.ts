/**
 * Generalized exponential integral E_n(x) = ∫_1^∞ e^−xt / t^n dt (SymPy's expint(n, x)) for
 * integer n and real x.
 *
 * Method
 * - n = 0: e^−x / x. n = 1: E1 (e1.ts).
 * - n ≥ 2, 0 < x ≤ 1 with n ≤ 64, or 1 < x ≤ 2 with n < 30: forward recurrence
 *   E_{k+1} = (e^−x − x E_k) / k from E1. A step multiplies the inherited relative error by about
 *   x/k, so for x ≤ 1 the result keeps E1's accuracy plus about one rounding per step, and for
 *   x ≤ 2 the first steps amplify it by at most ~3.
 * - n > 64, 0 < x ≤ 1: the power series (DLMF 8.19.8)
 *   E_n(x) = (−x)^(n−1)/(n−1)! (ψ(n) − ln x) − Σ_{k≠n−1} (−x)^k / (k! (k − n + 1)).
 * - otherwise (x > 2, or x > 1 with n ≥ 30): the continued fraction (DLMF 8.19.17, the form in
 *   Numerical Recipes §6.3) evaluated backward from a fixed depth, e^−x in two halves above 700.
 * - n = −m < 0: E_−m(x) = x^(−m−1) Γ(m+1, x) = e^−x / x · Σ_{j=0..m} m!/(m−j)! x^−j (finite, exact
 *   form; real for x < 0 too, where the alternating sum loses accuracy for |x| ≫ 1).
 * Error: a few ulp (n ≥ 1); see docs/accuracy.md.
 *
 * Special cases
 * - NaN in, NaN out; n = ±Inf: NaN; n not an integer: E_ν(x) = x^(ν−1) Γ(1−ν, x) (continued fraction
 *   for x ≥ 1, uppergamma below), real for x ≥ 0;
 * - x < 0 with n ≥ 1: NaN (complex in SymPy); x = 0: 1/(n − 1) for n ≥ 2, +Inf for n ≤ 1;
 * - x = +Inf: +0; x = −Inf: NaN for n ≥ 1, −Inf for n ≤ 0 (e^−x/x → −Inf).
 */
import { E1, scaledExp } from './e1.js';
import { uppergamma } from './uppergamma.js';

const EULER = 0.5772156649015329; // 0x1.2788cfc6fb619p-1
const EPS = 1.1102230246251565e-16; // 2^-53

/**
 * E_n(x), n ≥ 2, x > 1: the continued fraction evaluated backward from a fixed depth (more accurate
 * than forward Lentz, whose stopping rule leaves ~30 ulp at x ≈ 1). The depth 12 + 160/(x + n/5)
 * bounds the measured depth for full double accuracy over x ∈ [1, 700], n ∈ [2, 10^6].
 */
function expintCF(n: number, x: number): number {
  const depth = Math.ceil(12 + 160 / (x + 0.2 * n));
  let t = 0;
  for (let i = depth; i >= 1; i--) t = (-i * (n - 1 + i)) / (x + n + 2 * i + t);
  return scaledExp(-x, 1 / (x + n + t));
}

/** E_n(x), n > 64, 0 < x ≤ 1: power series. */
function expintSeries(n: number, x: number): number {
  const nm1 = n - 1;
  const lnx = Math.log(x);
  let sum = 1 / nm1;
  let fact = 1;
  for (let k = 1; k < 1000; k++) {
    fact *= -x / k;
    let term: number;
    if (k !== nm1) term = -fact / (k - nm1);
    else {
      let psi = -EULER;
      for (let j = 1; j < n; j++) psi += 1 / j;
      term = fact * (psi - lnx);
    }
    sum += term;
    if (Math.abs(term) < EPS * Math.abs(sum) && (k >= nm1 || Math.abs(fact) * (Math.log(n) + 1 - lnx) < EPS * Math.abs(sum))) break;
  }
  return sum;
}

export function expint(n: number, x: number): number {
  if (n !== n || x !== x) return NaN;
  if (!Number.isFinite(n)) return NaN;
  if (n !== Math.floor(n)) {
    // Real order: E_ν(x) = x^(ν−1) Γ(1−ν, x), real for x ≥ 0.
    if (x < 0) return NaN;
    if (x === 0) return n > 1 ? 1 / (n - 1) : Infinity;
    if (x === Infinity) return 0;
    if (x >= 1) return expintCF(n, x);
    return Math.pow(x, n - 1) * uppergamma(1 - n, x);
  }
  if (n <= 0) {
    if (x === 0) return Infinity;
    if (x === Infinity) return 0;
    if (x === -Infinity) return -Infinity;
    // e^−x / x · Σ_{j=0..m} m!/(m−j)! x^−j = e^−x / x · (1 + m/x (1 + (m−1)/x (… (1 + 1/x)))),
    // evaluated from the innermost factor outward.
    const m = -n;
    let s = 1;
    for (let j = 1; j <= m; j++) {
      s = 1 + (j / x) * s;
      if (!Number.isFinite(s)) break;
    }
    return scaledExp(-x, s / x);
  }
  if (x < 0) return NaN;
  if (n === 1) return E1(x);
  if (x === 0) return 1 / (n - 1);
  if (x === Infinity) return 0;
  if (x > 2 || (x > 1 && n >= 30)) return expintCF(n, x);
  if (n > 64) return expintSeries(n, x);
  const e = Math.exp(-x);
  let en = E1(x);
  for (let k = 1; k < n; k++) en = (e - x * en) / k;
  return en;
}
