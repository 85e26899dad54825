#!/usr/bin/env python3
"""Incomplete gamma and beta: reference values and the coefficient tables of our implementation.

    python3 scripts/reference/incomplete_gamma_beta.py reference   # writes test/data/reference/*.jsonl
    python3 scripts/reference/incomplete_gamma_beta.py coeffs      # prints the tables pasted into
                                                                   # native/special/igamma_common.c and
                                                                   # src/special/incomplete/igamma-common.ts

Reference values: mpmath at mp.dps = 60, rounded to the nearest double; "nan"/"inf"/"-inf" strings.
Existing files are regenerated as supersets: their arguments are kept (values recomputed, and checked
to agree with the old ones) and new points are appended for the hard regions (large a with x near a,
tiny x, tiny a, negative a for uppergamma, large a and b near the mean for betainc, ...).

Coefficients (all computed here from their definitions, nothing copied):
  * RGAM1PM1: Taylor coefficients of 1/Gamma(1+e) - 1 at e = 0 (used on |e| <= 1/2).
  * TEMME: d_{k,n} of Temme's uniform expansion of Q(a, x) (DLMF 8.12.10-8.12.12):
      Q(a,x) = erfc(eta sqrt(a/2))/2 + exp(-a eta^2/2)/sqrt(2 pi a) sum_k c_k(eta) a^-k,
      c_k(eta) = sum_n d_{k,n} eta^n, c_0 = 1/(lambda-1) - 1/eta,
      d_{k,n} = (-1)^k g_k d_{0,n} + (n+2) d_{k-1,n+2}, g_k the Stirling coefficients of Gamma*(a).
    Rows are cut where |d_{k,n}| 0.34^n 20^-k < 1e-19 (the expansion is used for a >= 20, |eta| <= 0.34).
  * ERFCX: Chebyshev coefficients of erfcx(z) = exp(z^2) erfc(z) on [0,.5], [.5,1], [1,2], [2,4],
    and of sqrt(pi) z erfcx(z) in u = 4/z on z >= 4.
"""
import json
import math
import os
import random
import sys

from mpmath import mp, mpf, sqrt, log, exp, erfc, gammainc, gamma, beta, betainc, pi, taylor, rgamma, bernoulli, cos, isinf, isnan, inf

mp.dps = 60
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
REF = os.path.join(ROOT, 'test', 'data', 'reference')


# ----------------------------------------------------------------------------------------------
# Coefficients

def ser_mul(a, b, n):
    r = [mpf(0)] * n
    for i, x in enumerate(a[:n]):
        if x == 0:
            continue
        for j, y in enumerate(b[:n - i]):
            r[i + j] += x * y
    return r


def ser_inv(a, n):
    r = [mpf(0)] * n
    r[0] = 1 / a[0]
    for m in range(1, n):
        r[m] = -sum(a[k] * r[m - k] for k in range(1, min(m, len(a) - 1) + 1)) / a[0]
    return r


def temme_d(K, N):
    M = N + 2 * K + 4
    # eta(t), t = lambda - 1:  eta^2 / 2 = t - log(1 + t), eta = t sqrt(f(t)), f = 2 sum (-1)^j t^j / (j+2)
    f = [mpf(2) * (-1) ** j / (j + 2) for j in range(M + 2)]
    g = [mpf(0)] * (M + 2)
    g[0] = mpf(1)
    for m in range(1, M + 2):
        g[m] = (f[m] - sum(g[k] * g[m - k] for k in range(1, m))) / 2
    eta_t = [mpf(0)] + g[:M + 1]
    # series reversion t(eta) by fixed-point correction
    t_e = [mpf(0), mpf(1)] + [mpf(0)] * M
    for _ in range(M + 4):
        comp = [mpf(0)] * (M + 2)
        p = [mpf(1)] + [mpf(0)] * (M + 1)
        for k in range(1, M + 2):
            p = ser_mul(p, t_e, M + 2)
            for i in range(M + 2):
                comp[i] += eta_t[k] * p[i]
        err = [comp[i] - (1 if i == 1 else 0) for i in range(M + 2)]
        if max(abs(e) for e in err) < mpf(10) ** -55:
            break
        for i in range(M + 2):
            t_e[i] -= err[i]
    qi = ser_inv(t_e[1:], M + 1)  # eta / t
    c0 = [qi[i + 1] for i in range(M)]  # 1/t - 1/eta
    # Stirling: Gamma*(a) ~ sum g_k a^-k = exp(sum B_2j / (2j (2j-1)) a^(1-2j))
    L = [mpf(0)] * (K + 2)
    for j in range(1, K + 2):
        if 2 * j - 1 < K + 2:
            L[2 * j - 1] = bernoulli(2 * j) / (2 * j * (2 * j - 1))
    gk = [mpf(1)] + [mpf(0)] * (K + 1)
    for m in range(1, K + 2):
        gk[m] = sum(k * L[k] * gk[m - k] for k in range(1, m + 1)) / m
    d = [c0[:]]
    for k in range(1, K):
        prev = d[-1]
        d.append([(-1) ** k * gk[k] * c0[n] + (n + 2) * prev[n + 2] for n in range(len(prev) - 2)])
    return [row[:N] for row in d]


def chebcoef(f, lo, hi, n):
    xs = [cos(pi * (k + mpf(1) / 2) / n) for k in range(n)]
    fs = [f(lo + (hi - lo) * (x + 1) / 2) for x in xs]
    c = [2 * sum(fs[k] * cos(pi * j * (k + mpf(1) / 2) / n) for k in range(n)) / n for j in range(n)]
    c[0] /= 2
    return c


def trim(c, scale, tol):
    n = len(c)
    while n > 1 and abs(c[n - 1]) < tol * scale:
        n -= 1
    return c[:n]


def erfcx(z):
    return exp(z * z) * erfc(z)


def fmt(x):
    return repr(float(x))


def coeffs():
    out = {}
    c = taylor(lambda e: rgamma(1 + e), 0, 22)
    out['RGAM1PM1'] = [c[k] for k in range(1, 23)]  # c_1 .. c_22
    d = temme_d(14, 20)
    rows = []
    for k in range(13):
        row = [d[k][n] for n in range(20) if abs(d[k][n]) * mpf(0.34) ** n / mpf(20) ** k > mpf(10) ** -19]
        n = max(i for i in range(20) if abs(d[k][i]) * mpf(0.34) ** i / mpf(20) ** k > mpf(10) ** -19) + 1
        rows.append(d[k][:n])
    out['TEMME'] = rows
    tables = []
    for lo, hi in [(0, 0.5), (0.5, 1), (1, 2), (2, 4)]:
        cc = chebcoef(erfcx, mpf(lo), mpf(hi), 40)
        tables.append(trim(cc, erfcx(mpf(hi)), mpf(2) * mpf(10) ** -18))
    g = lambda u: (4 / u) * erfcx(4 / u) * sqrt(pi) if u > 0 else mpf(1)
    tables.append(trim(chebcoef(g, mpf(0), mpf(1), 40), mpf(0.97), mpf(2) * mpf(10) ** -18))
    out['ERFCX'] = tables
    for name, v in out.items():
        print('//', name)
        if name == 'RGAM1PM1':
            print('[' + ', '.join(fmt(x) for x in v) + ']')
        else:
            for row in v:
                print('[' + ', '.join(fmt(x) for x in row) + '],')
    return out


# ----------------------------------------------------------------------------------------------
# Reference values

def enc(v):
    if isnan(v):
        return 'nan'
    f = float(v)
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


# mpmath's own gammainc/betainc go through hypergeometric series that stop converging for large
# parameters (a ~ 1e6). The evaluators below are independent high-precision ones (positive-term
# power series, Legendre's and the 8.17.22 continued fractions, evaluated at 100+ digits); value()
# cross-checks them against mpmath wherever mpmath converges.

def _lentz(terms, tol):
    """1 / (b0 + a1/(b1 + a2/(b2 + ...))) with terms(n) -> (a_n, b_n), b0 = terms(0)[1]."""
    tiny = mpf(10) ** -(mp.dps * 4)
    b0 = terms(0)[1]
    f = b0 if b0 != 0 else tiny
    c, d = f, mpf(0)
    for n in range(1, 10 ** 7):
        an, bn = terms(n)
        d = bn + an * d
        d = tiny if d == 0 else d
        c = bn + an / c
        c = tiny if c == 0 else c
        d = 1 / d
        delta = c * d
        f *= delta
        if abs(delta - 1) < tol:
            return 1 / f
    raise RuntimeError('continued fraction did not converge')


def _gamma_tails(a, x):
    """(P, Q) regularized, a > 0, x > 0, at the current precision (caller raises dps)."""
    tol = mpf(10) ** -(mp.dps - 5)
    lnpre = a * log(x) - x - mp.loggamma(a)
    if x < a + 1:
        s, t, n = mpf(1), mpf(1), 0
        while True:
            n += 1
            t *= x / (a + n)
            s += t
            if t < tol * s:
                break
        p = exp(lnpre) / a * s
        return p, 1 - p
    h = _lentz(lambda n: (mpf(0), x + 1 - a) if n == 0 else (-n * (n - a), x + 2 * n + 1 - a), tol)
    q = exp(lnpre) * h
    return 1 - q, q


def _own_gamma(kind, a, x):
    with mp.workdps(mp.dps + 60):
        if kind == 'uppergamma' and a <= 0:
            return gammainc(a, x, inf)
        p, q = _gamma_tails(a, x)
        g = gamma(a)
        return {'gammainc': p, 'gammaincc': q, 'lowergamma': p * g, 'uppergamma': q * g}[kind]


def _beta_uniform2(a, b, x):
    """I_x(a, b) for a, b >= 1e12 from the first two terms of Temme's uniform expansion:
    erfc(-eta sqrt(r/2))/2 + e^{-E}/sqrt(2 pi r) (1/eta - sqrt(x0 y0)/(x - x0)); the remainder is
    O(r^{-3/2}) relative, < 1e-17 here (checked against the continued fraction at a = 2e13,
    b = 7e14: 5e-18). The continued fraction itself would need ~1e5 terms at 120 digits."""
    r = a + b
    x0, y0 = a / r, b / r
    t = x - x0
    if t == 0:
        return mpf(1) / 2 + (y0 - x0) / (3 * sqrt(x0 * y0)) / sqrt(2 * pi * r)
    e = -a * log(x / x0) - b * log((1 - x) / y0)
    eta = sqrt(2 * e / r) * (1 if t > 0 else -1)
    return erfc(-eta * sqrt(r / 2)) / 2 + exp(-e) / sqrt(2 * pi * r) * (1 / eta - sqrt(x0 * y0) / t)


def _own_beta(kind, a, b, x):
    if kind == 'betainc' and min(a, b) >= 10 ** 12 and 0 < x < 1:
        with mp.workdps(mp.dps + 60):
            return _beta_uniform2(a, b, x)
    with mp.workdps(mp.dps + 60):
        tol = mpf(10) ** -(mp.dps - 5)
        if x == 0 or x == 1:
            i = mpf(0) if x == 0 else mpf(1)
        else:
            swap = x > (a + 1) / (a + b + 2)
            p, q, u = (b, a, 1 - x) if swap else (a, b, x)

            def terms(n):
                if n == 0:
                    return mpf(0), mpf(1)
                m = n // 2
                if n % 2:
                    return -(p + m) * (p + q + m) * u / ((p + 2 * m) * (p + 2 * m + 1)), mpf(1)
                return m * (q - m) * u / ((p + 2 * m - 1) * (p + 2 * m)), mpf(1)
            lnpre = p * log(u) + q * log(1 - u) - mp.log(p) - (mp.loggamma(p) + mp.loggamma(q) - mp.loggamma(p + q))
            t = exp(lnpre) * _lentz(terms, tol)
            i = 1 - t if swap else t
        return i if kind == 'betainc' else i * beta(a, b)


def _mpmath(fn, a):
    if fn == 'gammainc':
        return gammainc(a[0], 0, a[1], regularized=True)
    if fn == 'gammaincc':
        return gammainc(a[0], a[1], inf, regularized=True)
    if fn == 'lowergamma':
        return gammainc(a[0], 0, a[1])
    if fn == 'uppergamma':
        return gammainc(a[0], a[1], inf)
    if fn == 'betainc':
        return betainc(a[0], a[1], 0, a[2], regularized=True)
    return betainc(a[0], a[1], 0, a[2])


def _own(fn, a):
    if fn in ('betainc', 'betaincu'):
        return _own_beta(fn, *a)
    return _own_gamma(fn, *a)


FUNCS = ['gammainc', 'gammaincc', 'lowergamma', 'uppergamma', 'betainc', 'betaincu']


def value(fn, args):
    """The reference value: our high-precision evaluator, checked against mpmath where it converges."""
    mp.dps = 60
    a = [mpf(v) for v in args]
    own = _own(fn, a)
    if max(abs(v) for v in args) > 2000:
        return enc(+own)  # mpmath's hypergeometric series would not converge in reasonable time
    try:
        with mp.workdps(80):
            ref = _mpmath(fn, a)
        if abs(ref - own) > abs(ref) * mpf(10) ** -40:
            raise RuntimeError(f'{fn}{tuple(args)}: evaluators disagree {own} vs {ref}')
    except mp.NoConvergence:
        pass
    return enc(+own)


def loguniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def new_points(fn, rng):
    pts = []
    if fn in ('gammainc', 'gammaincc', 'lowergamma', 'uppergamma'):
        big = 1e6 if fn in ('gammainc', 'gammaincc') else 160.0
        # large a, x near a (Temme's uniform expansion region and its borders)
        for _ in range(60):
            a = loguniform(rng, 20, big)
            x = a * (1 + rng.choice([-1, 1]) * rng.choice([rng.uniform(0, 0.3), rng.uniform(0.25, 0.35), rng.uniform(0, 4) / math.sqrt(a)]))
            pts.append([a, x])
        # large a, x away from a (series / continued fraction), moderate tails
        for _ in range(25):
            a = loguniform(rng, 20, big)
            x = a * rng.choice([rng.uniform(0.3, 0.7), rng.uniform(1.3, 2.5)])
            pts.append([a, x])
        # tiny x
        for _ in range(20):
            pts.append([loguniform(rng, 1e-3, 30), loguniform(rng, 1e-300, 1e-3)])
        # tiny a
        for _ in range(20):
            pts.append([loguniform(rng, 1e-12, 1e-2), loguniform(rng, 1e-3, 50)])
        # integers and half integers, x around 1 (branch thresholds 0.5, 1.1)
        for _ in range(20):
            pts.append([rng.choice([0.5, 1, 1.5, 2, 3, 5, 10]), rng.uniform(0.3, 2.0)])
        # big x
        for _ in range(10):
            pts.append([loguniform(rng, 0.1, 20), loguniform(rng, 50, 700)])
        if fn == 'uppergamma':
            for _ in range(60):
                a = -loguniform(rng, 1e-3, 60)
                if rng.random() < 0.2:
                    a = float(round(a)) or -1.0
                pts.append([a, loguniform(rng, 1e-3, 60)])
            for a in [0.0, -1.0, -2.0, -0.5, -10.0, -200.5]:
                for x in [0.01, 0.5, 1.0, 1.2, 5.0]:
                    pts.append([a, x])
        if fn == 'lowergamma':
            for _ in range(10):
                a = rng.uniform(150, 400)
                pts.append([a, rng.uniform(0.1, 0.9) * math.exp(700 / a)])
        if fn == 'uppergamma':
            for _ in range(10):
                a = rng.uniform(150, 400)
                pts.append([a, a * rng.uniform(1.5, 4)])
    else:
        # large a, b near the mean
        for _ in range(40):
            a, b = loguniform(rng, 20, 1e5), loguniform(rng, 20, 1e5)
            m = a / (a + b)
            s = math.sqrt(a * b / (a + b) ** 3)
            x = min(max(m + rng.uniform(-4, 4) * s, 1e-300), 1 - 1e-16)
            pts.append([a, b, x])
        # small a or b
        for _ in range(40):
            a, b = loguniform(rng, 1e-6, 1), loguniform(rng, 1e-3, 50)
            if rng.random() < 0.5:
                a, b = b, a
            pts.append([a, b, rng.uniform(0, 1)])
        # tiny x, x near 1
        for _ in range(30):
            a, b = loguniform(rng, 0.01, 100), loguniform(rng, 0.01, 100)
            x = loguniform(rng, 1e-200, 1e-3)
            pts.append([a, b, x if rng.random() < 0.5 else 1 - x if x > 1e-16 else 0.999])
        # one large, one moderate parameter
        for _ in range(30):
            a, b = loguniform(rng, 100, 1e5), loguniform(rng, 0.5, 10)
            if rng.random() < 0.5:
                a, b = b, a
            pts.append([a, b, rng.uniform(0, 1) ** 3 if rng.random() < 0.5 else rng.uniform(0, 1)])
        # moderate main domain
        for _ in range(30):
            pts.append([loguniform(rng, 0.1, 50), loguniform(rng, 0.1, 50), rng.uniform(0, 1)])
        if fn == 'betainc':
            # huge parameters near the mean (the uniform expansion above 1e13)
            for a, b in [(1e11, 1e11), (2e13, 7e14), (1e18, 3e17), (1e30, 2e30)]:
                r = a + b
                x0 = a / r
                s = math.sqrt(x0 * (1 - x0) / r)
                for k in [-8, -0.3, 0, 3]:
                    pts.append([a, b, x0 + k * s])
            # b tiny and x near 1 (I_x << 1 without the complement)
            for _ in range(15):
                pts.append([loguniform(rng, 0.01, 3000), loguniform(rng, 1e-9, 0.5), 1 - loguniform(rng, 1e-8, 0.03)])
    return pts


def reference(only=None):
    rng = random.Random(20261126)
    for fn in FUNCS:
        if only and fn not in only:
            continue
        path = os.path.join(REF, f'{fn}.jsonl')
        old = []
        if os.path.exists(path):
            old = [json.loads(l) for l in open(path) if l.strip()]
        lines = []
        for p in old:
            v = value(fn, p['args'])
            if isinstance(v, float) and isinstance(p['value'], float) and v != p['value']:
                if abs(v - p['value']) > 1e-15 * abs(v):
                    print(f'warning: {fn}{p["args"]}: old {p["value"]} new {v}', file=sys.stderr)
            lines.append({'fn': fn, 'args': p['args'], 'value': v})
        for args in new_points(fn, rng):
            args = [float(a) for a in args]
            lines.append({'fn': fn, 'args': args, 'value': value(fn, args)})
        with open(path, 'w') as f:
            for l in lines:
                f.write(json.dumps(l) + '\n')
        print(fn, len(old), '->', len(lines))


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'reference'
    if cmd == 'coeffs':
        coeffs()
    else:
        reference(sys.argv[2:] or None)
