/**
 * J_nu(x), Y_nu(x) of real order nu >= 0 for x > 0: the same method as
 * native/special/bessel_jy.c (see its header): Hankel's expansion for large x, Hankel at
 * frac(nu) plus forward recurrence in the oscillatory region, the power series, and Temme's
 * method with CF1 and Steed's CF2.
 */
import { cospi, EPS, gamma1p, MAXIT, PI, scaleDown, sinpi, temme, temmeGammas, TINY } from './util.js';

/** Outputs of hankelPQ / jyHankel / jy. */
export const jyOut = { P: 0, Q: 0, J: 0, Y: 0 };

/** Hankel's P and Q (true on convergence). */
export function hankelPQ(nu: number, x: number): boolean {
  const mu4 = 4 * nu * nu, eightX = 8 * x;
  let p = 1, q = 0, term = 1, last = Infinity;
  for (let k = 1; k < 80; k++) {
    const odd = 2 * k - 1;
    term *= (mu4 - odd * odd) / (k * eightX);
    const mag = Math.abs(term);
    if (mag > last && k > 2) return false;
    last = mag;
    switch (k & 3) {
      case 1: q += term; break;
      case 2: p -= term; break;
      case 3: q -= term; break;
      default: p += term; break;
    }
    if (mag <= 2 ** -56 * (Math.abs(p) + Math.abs(q))) {
      jyOut.P = p;
      jyOut.Q = q;
      return true;
    }
  }
  return false;
}

/** Hankel's expansion of J and Y into jyOut.J, jyOut.Y (false if it does not converge). */
export function jyHankel(nu: number, x: number): boolean {
  if (!hankelPQ(nu, x)) return false;
  const P = jyOut.P, Q = jyOut.Q;
  const a = 0.5 * nu + 0.25;
  const ca = cospi(a), sa = sinpi(a);
  const sx = Math.sin(x), cx = Math.cos(x);
  const cchi = cx * ca + sx * sa, schi = sx * ca - cx * sa;
  const r = 0.7978845608028654 / Math.sqrt(x);
  jyOut.J = r * (P * cchi - Q * schi);
  jyOut.Y = r * (P * schi + Q * cchi);
  return true;
}

function jSeries(nu: number, x: number): number {
  const z = 0.25 * x * x;
  let term = 1, sum = 1;
  for (let k = 1; k < 200; k++) {
    term *= -z / (k * (nu + k));
    sum += term;
    if (Math.abs(term) <= EPS * Math.abs(sum)) break;
  }
  return sum * Math.pow(0.5 * x, nu) / gamma1p(nu);
}

let cf2p = 0;
let cf2q = 0;

function jyCf2(mu: number, x: number): void {
  const mu2 = mu * mu;
  let gr = 2 * x, gi = 2;
  let cr = gr, ci = gi;
  let dr = 0, di = 0;
  for (let k = 2; k < MAXIT; k++) {
    const h = k - 0.5, a = h * h - mu2;
    const br = 2 * x, bi = 2 * k;
    dr = br + a * dr;
    di = bi + a * di;
    if (Math.abs(dr) + Math.abs(di) < TINY) dr = TINY;
    let den = dr * dr + di * di;
    dr = dr / den;
    di = -di / den;
    den = cr * cr + ci * ci;
    cr = br + a * cr / den;
    ci = bi - a * ci / den;
    if (Math.abs(cr) + Math.abs(ci) < TINY) cr = TINY;
    const er = cr * dr - ci * di, ei = cr * di + ci * dr;
    const t = gr * er - gi * ei;
    gi = gr * ei + gi * er;
    gr = t;
    if (Math.abs(er - 1) + Math.abs(ei) < EPS) break;
  }
  const a1 = 0.25 - mu2, den = gr * gr + gi * gi;
  const fr = a1 * gr / den, fi = -a1 * gi / den;
  cf2p = -0.5 / x - fi / x;
  cf2q = 1 + fr / x;
}

/** J_nu(x) into jyOut.J (needJ) and Y_nu(x) into jyOut.Y (needY); nu >= 0, 0 < x < Inf. */
export function jy(nu: number, x: number, needJ: boolean, needY: boolean): void {
  if (x >= 25 && x >= 0.5 * nu * nu && jyHankel(nu, x)) return;
  if (x >= 25 && nu < x) {
    const mu = nu - Math.floor(nu);
    if (jyHankel(mu, x)) {
      let j0 = jyOut.J, y0 = jyOut.Y;
      if (jyHankel(mu + 1, x)) {
        let j1 = jyOut.J, y1 = jyOut.Y;
        for (let l = mu + 1; l < nu; l += 1) {
          const t = 2 * l / x;
          const jn = t * j1 - j0, yn = t * y1 - y0;
          j0 = j1; j1 = jn;
          y0 = y1; y1 = yn;
        }
        jyOut.J = nu === mu ? j0 : j1;
        jyOut.Y = nu === mu ? y0 : y1;
        return;
      }
    }
  }
  if (nu > 20 && nu * (1 + Math.log(0.5 * x / nu)) < -760) {
    jyOut.J = 0;
    jyOut.Y = -Infinity;
    return;
  }
  if (!needY && nu <= 40 && x * x < nu + 1) {
    jyOut.J = jSeries(nu, x);
    return;
  }
  const w = 2 / (PI * x);
  const nl = x < 2 ? Math.floor(nu + 0.5) : Math.max(0, Math.floor(nu - x + 1.5));
  const mu = nu - nl;
  const start = needJ ? nu : mu;
  let steps = needJ ? nl : 0;

  let h = start / x;
  if (Math.abs(h) < TINY) h = TINY;
  let d = 0, c = h, sign = 1;
  let i: number;
  for (i = 1; i < MAXIT; i++) {
    const b = 2 * (start + i) / x;
    d = b - d;
    if (Math.abs(d) < TINY) d = TINY;
    c = b - 1 / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = c * d;
    h *= del;
    if (d < 0) sign = -sign;
    if (Math.abs(del - 1) < EPS) break;
  }
  if (i === MAXIT) {
    jyOut.J = NaN;
    jyOut.Y = NaN;
    return;
  }

  let jl = sign, jpl = h * sign, scale = 0;
  for (let l = start; steps > 0; steps -= 1, l -= 1) {
    const jt = l / x * jl + jpl;
    jpl = (l - 1) / x * jt - jl;
    jl = jt;
    if (Math.abs(jl) > 2 ** 500) {
      jl *= 2 ** -500;
      jpl *= 2 ** -500;
      scale += 500;
    }
  }
  const f = jpl / jl;

  let jmu: number, ymu: number, ymu1: number;
  if (x < 2) {
    const x2 = 0.5 * x, pimu = PI * mu;
    const fact = Math.abs(pimu) < EPS ? 1 : pimu / Math.sin(pimu);
    const lg = -Math.log(x2), sigma = mu * lg;
    const fact2 = Math.abs(sigma) < EPS ? 1 : Math.sinh(sigma) / sigma;
    temmeGammas(mu);
    let ff = (2 / PI) * fact * (temme.gam1 * Math.cosh(sigma) + temme.gam2 * fact2 * lg);
    const es = Math.exp(sigma);
    let p = es / (temme.rgPlus * PI);
    let q = 1 / (es * PI * temme.rgMinus);
    const half = 0.5 * pimu;
    const fact3 = Math.abs(half) < EPS ? 1 : Math.sin(half) / half;
    const r = PI * half * fact3 * fact3;
    let ck = 1;
    const dd = -x2 * x2;
    let sum = ff + r * q, sum1 = p;
    for (let k = 1; k < 1000; k++) {
      ff = (k * ff + p + q) / (k * k - mu * mu);
      ck *= dd / k;
      p /= k - mu;
      q /= k + mu;
      const del = ck * (ff + r * q);
      sum += del;
      sum1 += ck * p - k * del;
      if (Math.abs(del) < (1 + Math.abs(sum)) * EPS) break;
    }
    ymu = -sum;
    ymu1 = -2 * sum1 / x;
    const ympu = mu / x * ymu - ymu1;
    jmu = w / (ympu - f * ymu);
  } else {
    jyCf2(mu, x);
    const p = cf2p, q = cf2q;
    const gamma = (p - f) / q;
    jmu = Math.sqrt(w / (q + gamma * (p - f)));
    if (jl < 0) jmu = -jmu;
    ymu = gamma * jmu;
    const ympu = p * ymu + q * jmu;
    ymu1 = mu / x * ymu - ympu;
  }

  if (needJ) {
    const jnu = jmu * (sign / jl);
    jyOut.J = scale ? scaleDown(jnu, scale) : jnu;
  }
  if (needY) {
    for (let k = 1; k <= nl; k += 1) {
      const yt = 2 * (mu + k) / x * ymu1 - ymu;
      ymu = ymu1;
      ymu1 = yt;
      if (!Number.isFinite(ymu1)) {
        if (k < nl) ymu = ymu1;
        break;
      }
    }
    jyOut.Y = ymu;
  }
}
