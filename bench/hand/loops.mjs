/**
 * Hand-written JS baselines for bench/performance.mjs: the eight expressions as a careful JS user
 * writes them today, one plain loop over Float64Arrays into a preallocated `out` (multiplications
 * for small powers, loop-invariant constants hoisted, Math.* for elementary functions).
 *
 * JS has no lgamma, gamma or J0: a user takes them from @stdlib (math-base-special-gammaln, -gamma,
 * -besselj0), which bench/performance.mjs installs into bench/.out/node_modules at benchmark time
 * (not a dependency of symkernel). When that install is impossible, `naive` below is used instead
 * and the report says so.
 */

/** Special functions for the loops: set once by `useSpecial` before the loops run. */
let gammaln;
let gamma;
let besselj0;

export function useSpecial(fns) {
  ({ gammaln, gamma, besselj0 } = fns);
}

export function pdf(x, mu, sigma, out) {
  const k = -1 / (2 * sigma * sigma);
  const scale = 1 / (sigma * Math.sqrt(2 * Math.PI));
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - mu;
    out[i] = Math.exp(d * d * k) * scale;
  }
  return out;
}

export function rational(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const v2 = v * v;
    out[i] = (1 + 2 * v + 3 * v2 + 4 * v2 * v) / (1 + v2);
  }
  return out;
}

export function piecewise(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v < 0 ? v * v : Math.sin(v);
  }
  return out;
}

export function trig(x, y, out) {
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    out[i] = Math.sin(a) * Math.cos(b) + Math.sqrt(a * a + b * b);
  }
  return out;
}

export function lgammaDiff(x, y, out) {
  for (let i = 0; i < x.length; i++) out[i] = gammaln(x[i] + 1) - gammaln(y[i] + 1);
  return out;
}

export function gammaLoop(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = gamma(x[i]);
  return out;
}

export function j0Loop(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = besselj0(x[i]);
  return out;
}

export function axpy(a, x, y, out) {
  for (let i = 0; i < x.length; i++) out[i] = a * x[i] + y[i];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Naive fallbacks, used only when @stdlib cannot be installed (what a user might write from a
// textbook): Lanczos (g = 7, 9 terms) for gamma and lgamma with reflection, and Abramowitz &
// Stegun 9.4.1 / 9.4.3 polynomials for J0 (absolute error ~5e-8).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function lanczosSum(z) {
  let s = LANCZOS[0];
  for (let k = 1; k < 9; k++) s += LANCZOS[k] / (z + k);
  return s;
}

function naiveGamma(x) {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * naiveGamma(1 - x));
  const z = x - 1;
  const t = z + 7.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * lanczosSum(z);
}

function naiveGammaln(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - naiveGammaln(1 - x);
  const z = x - 1;
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(z));
}

function naiveBesselj0(x) {
  const ax = Math.abs(x);
  if (ax <= 3) {
    const u = (ax / 3) * (ax / 3);
    return 1 + u * (-2.2499997 + u * (1.2656208 + u * (-0.3163866 + u * (0.0444479 + u * (-0.0039444 + u * 0.00021)))));
  }
  const u = 3 / ax;
  const f0 = 0.79788456 + u * (-0.00000077 + u * (-0.0055274 + u * (-0.00009512 + u * (0.00137237 + u * (-0.00072805 + u * 0.00014476)))));
  const t0 = ax - 0.78539816 + u * (-0.04166397 + u * (-0.00003954 + u * (0.00262573 + u * (-0.00054125 + u * (-0.00029333 + u * 0.00013558)))));
  return (f0 * Math.cos(t0)) / Math.sqrt(ax);
}

export const naive = { gammaln: naiveGammaln, gamma: naiveGamma, besselj0: naiveBesselj0 };
