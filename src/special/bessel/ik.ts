/**
 * I_nu(x), K_nu(x) of real order nu >= 0 for x > 0: the same method as
 * native/special/bessel_ik.c (see its header): asymptotic expansion for large x, power series for
 * I, Temme's method with CF1 and Steed's algorithm for CF2.
 */
import { EPS, expLdexp, gamma1p, ldexp, MAXIT, PI, scaleExp, temme, temmeGammas, TINY } from './util.js';

export const ikOut = { I: 0, K: 0 };

/** I_nu(x) into ikOut.I (needI) and K_nu(x) into ikOut.K (needK); nu >= 0, 0 < x < Inf. */
export function ik(nu: number, x: number, needI: boolean, needK: boolean): void {
  if (x >= 25 && x >= 0.5 * nu * nu) {
    const mu4 = 4 * nu * nu, eightX = 8 * x;
    let term = 1, sumK = 1, sumI = 1, last = Infinity, ok = false;
    for (let k = 1; k < 80; k++) {
      const odd = 2 * k - 1;
      term *= (mu4 - odd * odd) / (k * eightX);
      const mag = Math.abs(term);
      if (mag > last && k > 2) break;
      last = mag;
      sumK += term;
      sumI += k & 1 ? -term : term;
      if (mag <= 2 ** -56 * Math.min(Math.abs(sumK), Math.abs(sumI))) {
        ok = true;
        break;
      }
    }
    if (ok) {
      ikOut.I = scaleExp(sumI / Math.sqrt(2 * PI * x), x);
      ikOut.K = scaleExp(sumK * Math.sqrt(PI / (2 * x)), -x);
      return;
    }
  }
  if (nu > 20 && nu * (1 + Math.log(0.5 * x / nu)) + x < -760) {
    ikOut.I = 0;
    ikOut.K = Infinity;
    return;
  }
  if (!needK && nu <= 40 && x <= 50) {
    const z = 0.25 * x * x;
    let term = 1, sum = 1;
    for (let k = 1; k < 500; k++) {
      term *= z / (k * (nu + k));
      sum += term;
      if (term <= EPS * sum) break;
    }
    ikOut.I = sum * Math.pow(0.5 * x, nu) / gamma1p(nu);
    return;
  }
  const nl = Math.floor(nu + 0.5);
  const mu = nu - nl;

  let il = 1, ipl = 0, scale = 0;
  if (needI) {
    let h = nu / x;
    if (h < TINY) h = TINY;
    let c = h, d = 0, i: number;
    for (i = 1; i < MAXIT; i++) {
      const b = 2 * (nu + i) / x;
      d = 1 / (b + d);
      c = b + 1 / c;
      const del = c * d;
      h *= del;
      if (Math.abs(del - 1) < EPS) break;
    }
    if (i === MAXIT) {
      ikOut.I = NaN;
      ikOut.K = NaN;
      return;
    }
    ipl = h;
    let l = nu;
    for (let s = nl; s > 0; s -= 1, l -= 1) {
      const it = l / x * il + ipl;
      ipl = (l - 1) / x * it + il;
      il = it;
      if (il > 2 ** 500) {
        il *= 2 ** -500;
        ipl *= 2 ** -500;
        scale += 500;
      }
    }
  }

  let kmu: number, kmu1: number, scaled = false;
  if (x < 2) {
    const x2 = 0.5 * x, pimu = PI * mu;
    const fact = Math.abs(pimu) < EPS ? 1 : pimu / Math.sin(pimu);
    const lg = -Math.log(x2), sigma = mu * lg;
    const fact2 = Math.abs(sigma) < EPS ? 1 : Math.sinh(sigma) / sigma;
    temmeGammas(mu);
    let ff = fact * (temme.gam1 * Math.cosh(sigma) + temme.gam2 * fact2 * lg);
    const es = Math.exp(sigma);
    let p = 0.5 * es / temme.rgPlus;
    let q = 0.5 / (es * temme.rgMinus);
    let ck = 1;
    const dd = x2 * x2;
    let sum = ff, sum1 = p;
    for (let i = 1; i < 1000; i++) {
      ff = (i * ff + p + q) / (i * i - mu * mu);
      ck *= dd / i;
      p /= i - mu;
      q /= i + mu;
      const del = ck * ff;
      sum += del;
      sum1 += ck * (p - i * ff);
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    kmu = sum;
    kmu1 = 2 * sum1 / x;
  } else {
    const a1 = 0.25 - mu * mu;
    let b = 2 * (1 + x), d = 1 / b, h = d, delh = d;
    let q1 = 0, q2 = 1, q = a1, c = a1;
    let s = 1 + q * delh;
    for (let i = 2; i < MAXIT; i++) {
      const hi = i - 0.5;
      const a = (mu - hi) * (mu + hi);
      c = -a * c / i;
      const qn = (q1 - b * q2) / a;
      q1 = q2;
      q2 = qn;
      q += c * qn;
      b = 2 * (x + i);
      d = 1 / (b + a * d);
      delh = (b * d - 1) * delh;
      h += delh;
      const dels = q * delh;
      s += dels;
      if (Math.abs(dels) < Math.abs(s) * EPS) break;
    }
    kmu = Math.sqrt(PI / (2 * x)) / s;
    kmu1 = kmu * (mu + x + 0.5 - a1 * h) / x;
    scaled = true;
  }

  if (needI) {
    const kpmu = mu / x * kmu - kmu1;
    const f = ipl / il;
    const imu = 1 / (x * (f * kmu - kpmu));
    const inu = imu / il;
    ikOut.I = scaled ? expLdexp(inu, x, -scale) : scale ? ldexp(inu, -scale) : inu;
  }
  if (needK) {
    // Rescaled by 2^-500 as it grows: e^x K may overflow where K does not.
    let kscale = 0;
    for (let i = 1; i <= nl; i += 1) {
      const kt = 2 * (mu + i) / x * kmu1 + kmu;
      kmu = kmu1;
      kmu1 = kt;
      if (kmu1 > 2 ** 500) {
        kmu *= 2 ** -500;
        kmu1 *= 2 ** -500;
        kscale += 500;
        if (kscale > 4000) { kmu = Infinity; break; }
      }
    }
    ikOut.K = scaled ? expLdexp(kmu, -x, kscale) : kscale ? ldexp(kmu, kscale) : kmu;
  }
}
