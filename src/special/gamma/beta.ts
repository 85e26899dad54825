/**
 * beta(a, b) = Γ(a) Γ(b) / Γ(a+b) for all real a, b. Same method as native/special/beta.c (the
 * Lanczos pieces combined with compensated bases and exponents for a, b > 0; reflections for
 * negative arguments); see its Method and Special cases comments.
 */
import { FACTORIAL, LANCZOS_G, LANCZOS_GMH, PI, lanczosSum, lanczosSumLarge, sinpi } from './common.js';

/** Dekker's product: a b = p + TWO_PROD_ERR[0] exactly (|a|, |b| < 2^995). */
const TWO_PROD_ERR = new Float64Array(1);
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  TWO_PROD_ERR[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** base^y · e^c, combined in one exp when c is not small (see beta.c). */
const powCorrected = (base: number, y: number, c: number) =>
  Math.abs(c) < 0.5 ? Math.pow(base, y) * expSmall(c) : Math.exp(y * Math.log(base) + c);
const lanczosAny = (x: number) => (x < 1e10 ? lanczosSum(x) : lanczosSumLarge(x));
export const expSmall = (c: number) => (Math.abs(c) < 2 ** -27 ? 1 + c : Math.exp(c));

/** The pieces of B(a, b) for a ≥ b > 0: B = lb / sqrtC · f2 · (laOverLc · e^(1/2-g)) · f1. */
interface BetaParts {
  lb: number;
  laOverLc: number;
  sqrtC: number;
  base1: number;
  y1: number;
  c1: number;
  base2: number;
  y2: number;
  c2: number;
}
const P: BetaParts = { lb: 0, laOverLc: 0, sqrtC: 0, base1: 0, y1: 0, c1: 0, base2: 0, y2: 0, c2: 0 };

function betaPieces(a: number, b: number): BetaParts {
  const c = a + b;
  const cc = c + LANCZOS_GMH;
  const bg = b + LANCZOS_GMH;
  const bv = bg - b;
  const bgErr = b - (bg - bv) + (LANCZOS_GMH - bv);
  P.lb = lanczosAny(b);
  P.laOverLc = lanczosAny(a) / lanczosAny(c);
  P.sqrtC = Math.sqrt(cc);
  const y1 = a - 0.5;
  const y1v = y1 - a;
  const y1Err = a - (y1 - y1v) + (-0.5 - y1v);
  const y2 = b - 0.5;
  const y2v = y2 - b;
  const y2Err = b - (y2 - y2v) + (-0.5 - y2v);
  P.y1 = y1;
  P.y2 = y2;
  const q = b / cc;
  const r2 = bg / cc;
  let qe = 0;
  let re = 0;
  if (cc < 2 ** 990) {
    let pp = twoProd(q, cc);
    qe = (b - pp - TWO_PROD_ERR[0]) / cc;
    pp = twoProd(r2, cc);
    re = (bg - pp - TWO_PROD_ERR[0] + bgErr) / cc;
  }
  const base1 = 1 - q;
  const d1 = 1 - base1 - q - qe;
  P.base1 = base1;
  P.c1 = (y1 * d1) / base1 + y1Err * Math.log1p(-q);
  P.base2 = r2;
  P.c2 = (y2 * re) / r2 + y2Err * Math.log(r2);
  return P;
}

/** e^(1/2 - g), 0x1.054d2dfe4d433p-8 */
const EXP_HALF_MINUS_G = 0.003987144211625315;

function productOf(p: BetaParts): number {
  const f1 = powCorrected(p.base1, p.y1, p.c1);
  const f2 = powCorrected(p.base2, p.y2, p.c2);
  return (p.lb / p.sqrtC) * f2 * (p.laOverLc * EXP_HALF_MINUS_G) * f1;
}

/** B(a, b) for a, b > 0. */
export function betaPos(a: number, b: number): number {
  if (a < b) [a, b] = [b, a];
  if (a === Infinity) return 0;
  if (a + b <= 171 && a === Math.floor(a) && b === Math.floor(b)) return (FACTORIAL[a - 1] * FACTORIAL[b - 1]) / FACTORIAL[a + b - 1];
  return productOf(betaPieces(a, b));
}

/** log B(a, b) for a, b > 0. */
export function lbetaPos(a: number, b: number): number {
  if (a < b) [a, b] = [b, a];
  if (a === Infinity) return -Infinity;
  if (a + b <= 171 && a === Math.floor(a) && b === Math.floor(b)) return Math.log(betaPos(a, b));
  const p = betaPieces(a, b);
  const v = productOf(p);
  if (v > 2 ** -1000 && v < 2 ** 1000) return Math.log(v);
  return (
    Math.log(p.lb) + Math.log(p.laOverLc) + (0.5 - LANCZOS_G) - Math.log(p.sqrtC) +
    (p.y1 * Math.log(p.base1) + p.c1) +
    (p.y2 * Math.log(p.base2) + p.c2)
  );
}

/** 1 / (s B(a, b)) for a, b > 0, s ≠ 0, without spurious over/underflow (see beta.c). */
export function invScaledBetaPos(a: number, b: number, s: number): number {
  if (a < b) [a, b] = [b, a];
  if (a === Infinity) return 1 / (s * 0);
  const p = betaPieces(a, b);
  const g1 = powCorrected(p.base1, -p.y1, -p.c1);
  const g2 = powCorrected(p.base2, -p.y2, -p.c2);
  return ((p.sqrtC / (s * p.lb)) * g2) / (p.laOverLc * EXP_HALF_MINUS_G) * g1;
}

/** sin(π (hi + lo)) to first order in lo. */
export function sinpi2(hi: number, lo: number): number {
  const s = sinpi(hi);
  return lo === 0 ? s : s + PI * lo * sinpi(hi + 0.5);
}

/** B(a, b) or log|B(a, b)| for all real a, b (see beta.c). */
export function betaAny(a: number, b: number, wantLog: boolean): number {
  if (a !== a || b !== b) return a + b;
  if (a > 0 && b > 0) return wantLog ? lbetaPos(a, b) : betaPos(a, b);
  if (a > b) [a, b] = [b, a];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return NaN;
  const aPole = a === Math.floor(a);
  const bPole = b <= 0 && b === Math.floor(b);
  const c = a + b;
  const cv = c - a;
  const cErr = a - (c - cv) + (b - cv);
  const cPole = c <= 0 && c === Math.floor(c) && cErr === 0;
  if (aPole || bPole) {
    if (a === 0 && !bPole) {
      const v = Object.is(a, -0) ? -Infinity : Infinity;
      return wantLog ? Infinity : v;
    }
    if (aPole && !bPole && b > 0 && b === Math.floor(b) && c <= 0 && b <= 171) {
      let den = 1;
      for (let k = 0; k < b; k++) den *= a + k;
      const v = FACTORIAL[b - 1] / den;
      return wantLog ? Math.log(Math.abs(v)) : v;
    }
    return NaN;
  }
  if (cPole) return wantLog ? -Infinity : 0;
  const sa = sinpi(a);
  if (b > 0) {
    if (c > 0) {
      const oneMinusA = 1 - a;
      if (wantLog) return Math.log(PI / Math.abs(sa * b)) - lbetaPos(oneMinusA, c);
      return PI / (sa * b * betaPos(oneMinusA, c));
    }
    const sc = sinpi2(c, cErr);
    const oneMinusC = 1 - c;
    if (wantLog) return Math.log(Math.abs(sc / sa)) + lbetaPos(b, oneMinusC);
    return (sc / sa) * betaPos(b, oneMinusC);
  }
  const sb = sinpi(b);
  const sc = sinpi2(c, cErr);
  const oneMinusC = 1 - c;
  if (wantLog) return Math.log(Math.abs((PI * sc) / (sa * sb * oneMinusC))) - lbetaPos(1 - a, 1 - b);
  return (PI * sc) / (sa * sb * oneMinusC) / betaPos(1 - a, 1 - b);
}

export function beta(a: number, b: number): number {
  return betaAny(a, b, false);
}
