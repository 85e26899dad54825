#!/usr/bin/env python3
"""Gamma group: reference values and the fits behind the coefficient tables (mpmath).

  python3 scripts/reference/gamma.py ref        # writes test/data/reference/<fn>.jsonl for
                                                # gamma lgamma loggamma digamma polygamma beta
                                                # lbeta factorial binomial erf erfc erfinv erfcinv
  python3 scripts/reference/gamma.py fit [name] # recomputes the minimax fits (all, or those whose
                                                # name starts with `name`) and prints their errors
                                                # and coefficients. The tables in native/special/*.c
                                                # and src/special/gamma/*.ts came from this
                                                # procedure; a different grid changes the trailing
                                                # digits, not the error figures.

ref: files that existed (copied from the team's set, ~240 points each) are kept verbatim and new
points are appended (a superset); loggamma, lbeta and erfcinv are new. The new points cover what
the originals miss: poles and the special values (±0, ±Inf, NaN), tiny and huge arguments,
negative arguments, the neighbourhoods of zeros (lgamma at 1 and 2 and on the negative axis, the
zero of digamma at 1.4616… and its negative zeros), the branch thresholds of the implementations,
exact integers (factorial, binomial, beta) and SymPy's integer conventions for binomial. Values
are computed with mpmath at 60 digits or more (enough that the double result is the correctly
rounded one: beta and binomial of very different arguments, and erfcinv of tiny arguments,
raise the working precision) and rounded to the nearest double; "nan", "inf", "-inf" as strings.
Semantics that mpmath does not share are taken from the SPEC: loggamma is NaN where Γ < 0 and
+Inf at the poles; binomial(n, k) is 0 for negative integer k and NaN for negative integer n with
non-integer k (SymPy's zoo); gamma and digamma at negative integers are NaN, at ±0 the one-sided
limits (C's tgamma convention).

fit: a rational Remez algorithm (Newton on the reference equations, exchange by the extrema of
the error curve on a Chebyshev grid), relative error unless stated. Each fit's variable and form
is the one the C and JS code evaluate; see the Method comment of each C file.
"""
import json
import math
import os
import random
import sys

import mpmath as mp

mp.mp.dps = 60
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
REF = os.path.join(ROOT, 'test', 'data', 'reference')


# ------------------------------------------------------------------------------------------------
# Exact values

def gamma_exact(x):
    if x <= 0 and x == mp.floor(x):
        return mp.nan if x != 0 else (mp.inf if not math.copysign(1, float(x)) < 0 else -mp.inf)
    return mp.gamma(x)


def lgamma_exact(x):
    if x <= 0 and x == mp.floor(x):
        return mp.inf
    if x > 0:
        return mp.loggamma(x)
    return mp.log(abs(mp.gamma(x)))


def loggamma_exact(x):
    if x <= 0 and x == mp.floor(x):
        return mp.inf
    if x > 0:
        return mp.loggamma(x)
    g = mp.gamma(x)
    return mp.log(g) if g > 0 else mp.nan


def digamma_exact(x):
    if x == 0:
        return -mp.inf if math.copysign(1, float(x)) > 0 else mp.inf
    if x < 0 and x == mp.floor(x):
        return mp.nan
    return mp.digamma(x)


def polygamma_exact(n, x):
    if n != mp.floor(n) or n < 0:
        return mp.nan
    if n == 0:
        return digamma_exact(x)
    if x <= 0 and x == mp.floor(x):
        if int(n) % 2 == 1:
            return mp.inf
        if x == 0:
            return -mp.inf if math.copysign(1, float(x)) > 0 else mp.inf
        return mp.nan
    return mp.polygamma(int(n), x)


def beta_exact(a, b):
    m = max(abs(a), abs(b), 1)
    n = min(abs(a), abs(b))
    extra = (int(mp.log10(m / n)) if n > 0 else 0) + int(mp.log10(m)) + 30
    with mp.extradps(extra):
        if (a <= 0 and a == mp.floor(a)) or (b <= 0 and b == mp.floor(b)):
            return None  # poles: special cases are tested in test/special-gamma.test.ts
        c = a + b
        if c <= 0 and c == mp.floor(c):
            return mp.mpf(0)
        return +mp.beta(a, b)


def lbeta_exact(a, b):
    v = beta_exact(a, b)
    if v is None:
        return None
    return mp.log(abs(v)) if v != 0 else -mp.inf


def factorial_exact(x):
    if x < 0 and x == mp.floor(x):
        return mp.nan
    return mp.gamma(x + 1)


def binomial_exact(n, k):
    if n == int(n) and k == int(k):
        import sympy
        return mp.mpf(int(sympy.binomial(int(n), int(k))))
    if k == int(k) and k < 0:
        return mp.mpf(0)
    if n == int(n) and n < 0:
        return mp.nan
    m = n - k + 1
    if m <= 0 and m == mp.floor(m):
        return mp.mpf(0)
    with mp.extradps(int(mp.log10(abs(n) + abs(k) + 2)) + 30):
        return +mp.binomial(n, k)


def erfinv_exact(x):
    if abs(x) > 1:
        return mp.nan
    if abs(x) == 1:
        return mp.inf * mp.sign(x)
    with mp.workdps(80 + int(-mp.log10(1 - abs(x)))):
        return +mp.erfinv(x)


def erfcinv_exact(y):
    if y < 0 or y > 2:
        return mp.nan
    if y == 0:
        return mp.inf
    if y == 2:
        return -mp.inf
    with mp.workdps(80 + int(-mp.log10(min(y, 2 - y)))):
        return +mp.erfinv(1 - y)


EXACT = {
    'gamma': gamma_exact, 'lgamma': lgamma_exact, 'loggamma': loggamma_exact,
    'digamma': digamma_exact, 'polygamma': polygamma_exact, 'beta': beta_exact,
    'lbeta': lbeta_exact, 'factorial': factorial_exact, 'binomial': binomial_exact,
    'erf': mp.erf, 'erfc': mp.erfc, 'erfinv': erfinv_exact, 'erfcinv': erfcinv_exact,
}


def to_json(v):
    if isinstance(v, float):
        if math.isnan(v):
            return 'nan'
        if math.isinf(v):
            return 'inf' if v > 0 else '-inf'
        return v
    if mp.isnan(v):
        return 'nan'
    if mp.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return to_json(float(v))


def evaluate(fn, args):
    """The exact value at double args (±0, ±Inf, NaN included) or None to leave the point out."""
    if any(isinstance(a, float) and math.isnan(a) for a in args):
        return 'nan'
    if any(isinstance(a, float) and math.isinf(a) for a in args):
        return INF_CASES[fn](*args)
    mpargs = [mp.mpf(a) for a in args]
    if fn in ('gamma', 'digamma', 'polygamma'):
        # the sign of zero matters: pass the double through
        if fn == 'gamma' and args[0] == 0:
            return '-inf' if math.copysign(1, args[0]) < 0 else 'inf'
        if fn == 'digamma' and args[0] == 0:
            return 'inf' if math.copysign(1, args[0]) < 0 else '-inf'
        if fn == 'polygamma' and args[1] == 0:
            if int(args[0]) % 2 == 1:
                return 'inf'
            return 'inf' if math.copysign(1, args[1]) < 0 else '-inf'
    v = EXACT[fn](*mpargs)
    if v is None:
        return None
    return to_json(v)


INF_CASES = {
    'gamma': lambda x: 'inf' if x > 0 else 'nan',
    'lgamma': lambda x: 'inf',
    'loggamma': lambda x: 'inf' if x > 0 else 'nan',
    'digamma': lambda x: 'inf' if x > 0 else 'nan',
    'polygamma': lambda n, x: 'nan' if math.isinf(n) or x < 0 else 0.0 if int(n) % 2 == 1 else -0.0,
    'beta': lambda a, b: 0.0 if (a > 0 and b > 0) else 'nan',
    'lbeta': lambda a, b: '-inf' if (a > 0 and b > 0) else 'nan',
    'factorial': lambda x: 'inf' if x > 0 else 'nan',
    'binomial': lambda n, k: 'nan',
    'erf': lambda x: 1.0 if x > 0 else -1.0,
    'erfc': lambda x: 0.0 if x > 0 else 2.0,
    'erfinv': lambda x: 'nan',
    'erfcinv': lambda y: 'nan',
}


# ------------------------------------------------------------------------------------------------
# Points

def new_points(fn, rnd):
    U = rnd.uniform
    LU = lambda a, b: 10 ** rnd.uniform(a, b)
    RI = lambda a, b: float(rnd.randint(a, b))
    nan, inf = float('nan'), float('inf')
    P = []
    if fn == 'gamma':
        P += [(x,) for x in (0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -0.5, -1.0, -2.0, -170.0, inf, -inf, nan,
                             171.0, 171.6243769563027, 171.62437695630275, 172.0, 2 ** -28, 2 ** -29, -(2 ** -28),
                             1e-300, -1e-300, 5e-324, 141.0, 141.00000000000003, -141.5, -200.5, -1e15 - 0.5)]
        P += [(RI(1, 171),) for _ in range(20)]
        P += [(LU(-300, -1),) for _ in range(12)] + [(-LU(-300, -1),) for _ in range(12)]
        P += [(U(0, 3),) for _ in range(30)] + [(U(20, 171.6),) for _ in range(30)]
        P += [(U(-200, -20),) for _ in range(30)] + [(U(-20, 0),) for _ in range(30)]
        for n in (1, 2, 3, 7, 20, 50, 120):
            for d in (1e-13, -1e-13, 1e-6, -1e-6):
                P.append((-n + d,))
        P += [(U(138, 145),) for _ in range(8)]
    elif fn in ('lgamma', 'loggamma'):
        P += [(x,) for x in (0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -2.5, inf, -inf, nan, 0.25, 0.75, 1.25, 1.75,
                             2.5, 10.0, 9.999999999999998, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, 2.55e305,
                             -0.25, -0.2500000000000001, -1e-300, -1e15 - 0.5)]
        for c in (1.0, 2.0):
            for d in (1e-15, -1e-15, 1e-10, -1e-10, 1e-5, -1e-5, 0.01, -0.01):
                P.append((c + d,))
        P += [(U(0, 12),) for _ in range(40)] + [(LU(1, 300),) for _ in range(20)] + [(LU(-300, 0),) for _ in range(15)]
        P += [(U(-20, 0),) for _ in range(60)] + [(-LU(1.3, 15),) for _ in range(30)] + [(U(-1, 0),) for _ in range(15)]
        # near the zeros of lgamma on the negative axis (documented region)
        for lo, hi in ((-2.5, -2.4), (-2.8, -2.7), (-3.2, -3.1), (-4, -3.9), (-4.1, -4.0)):
            z = float(mp.findroot(lambda t: mp.log(abs(mp.gamma(t))), (lo + hi) / 2))
            P += [(z,), (z + 1e-9,), (z - 1e-6,)]
        if fn == 'loggamma':
            P += [(U(-8, 0),) for _ in range(40)]
    elif fn == 'digamma':
        x0 = float(mp.findroot(mp.digamma, 1.46))
        P += [(x,) for x in (0.0, -0.0, 1.0, 2.0, 0.5, -1.0, -3.0, inf, -inf, nan, x0, math.nextafter(x0, 2), math.nextafter(x0, 0),
                             x0 + 1e-8, x0 - 1e-8, 10.0, 9.999999999999998, 1e-300, -1e-300, 1e300, 1e15 + 0.5, -1e15 - 0.5)]
        P += [(U(0, 12),) for _ in range(40)] + [(LU(1, 300),) for _ in range(20)] + [(LU(-300, 0),) for _ in range(15)]
        P += [(U(1.3, 1.6),) for _ in range(20)]
        P += [(U(-30, 0),) for _ in range(60)] + [(-LU(1.5, 12),) for _ in range(20)]
        for k in range(0, 12):
            z = float(mp.findroot(mp.digamma, (-k - 0.999, -k - 0.001), solver='anderson'))
            P += [(z,), (z * (1 + 1e-10),)]
    elif fn == 'polygamma':
        P += [(n, x) for n in (1.0, 2.0, 3.0) for x in (0.0, -0.0, -1.0, -2.0, inf, -inf, 1.0, 0.5, -0.5, 1e-300, 1e300)]
        P += [(0.0, 1.5), (0.0, -2.5), (-1.0, 1.0), (1.5, 1.0), (nan, 1.0), (1.0, nan), (inf, 1.0)]
        P += [(RI(1, 4), U(0, 20)) for _ in range(40)] + [(RI(1, 4), LU(-6, 6)) for _ in range(30)]
        P += [(RI(5, 30), LU(-2, 2)) for _ in range(30)] + [(RI(30, 120), LU(0, 3)) for _ in range(12)]
        P += [(RI(1, 6), U(-20, 0)) for _ in range(40)] + [(RI(1, 3), U(-3, 0)) for _ in range(20)]
        P += [(RI(1, 4), U(11, 20)) for _ in range(10)]  # around the switch to the asymptotic series
    elif fn in ('beta', 'lbeta'):
        P += [(a, b) for a, b in ((1.0, 1.0), (2.0, 3.0), (0.5, 0.5), (5.0, 10.0), (inf, 2.0), (nan, 1.0), (1.0, nan),
                                  (-0.5, 0.5), (0.5, -1.5), (-2.5, 1.0), (-1.5, -0.7), (1e-300, 1.0), (1e-300, 1e-300),
                                  (1e300, 1e-5), (1e300, 2.5), (1e10, 1e10), (1e150, 1e150))]
        P += [(RI(1, 30), RI(1, 30)) for _ in range(20)]
        P += [(U(0, 50), U(0, 50)) for _ in range(30)] + [(LU(-8, 1), LU(-8, 1)) for _ in range(25)]
        P += [(LU(1, 300), LU(-3, 1)) for _ in range(40)] + [(LU(1, 300), LU(1, 300)) for _ in range(25)]
        P += [(LU(3, 8), LU(3, 8)) for _ in range(20)]
        P += [(U(-10, 10), U(-10, 10)) for _ in range(40)] + [(U(-5, 0), U(0, 20)) for _ in range(20)]
        P += [(-k + U(-1e-3, 1e-3), k - 0.5) for k in range(1, 8)]
        P += [(a, -a - k + 1e-9) for a, k in ((0.3, 1), (2.7, 4), (0.5, 2))]
    elif fn == 'factorial':
        P += [(x,) for x in (0.0, -0.0, 1.0, 170.0, 171.0, 170.62437695630272, 170.6243769563027, -1.0, -2.0, -0.5,
                             inf, -inf, nan, 1e-300, -1e-300, 5e-324, 0.5, 22.0, 23.0)]
        P += [(RI(0, 170),) for _ in range(40)]
        P += [(U(0, 170.6),) for _ in range(40)] + [(U(-20, 0),) for _ in range(40)] + [(U(-190, -150),) for _ in range(20)]
        P += [(LU(-12, 0),) for _ in range(15)] + [(-LU(-12, 0),) for _ in range(15)]
        P += [(-1 + d,) for d in (1e-12, -1e-12, 1e-6, -1e-6)]
        P += [(U(31, 32),) for _ in range(8)] + [(U(63, 64),) for _ in range(8)] + [(U(127, 128),) for _ in range(8)]
    elif fn == 'binomial':
        P += [(n, k) for n, k in ((5.0, 2.0), (5.0, -1.0), (-1.0, -1.0), (-3.0, 2.0), (-3.0, -2.0), (2.0, 5.0), (0.0, 0.0),
                                  (-2.0, 0.0), (0.5, 2.5), (-4.0, 2.5), (-1.0, 0.5), (nan, 1.0), (1.0, nan), (inf, 1.0),
                                  (1e15, 1.0), (1e15, 2.0), (1e6, 3.0), (60.0, 30.0), (67.0, 33.0), (100.0, 50.0),
                                  (1030.0, 515.0), (170.0, 85.0), (171.0, 85.0), (0.5, 1e-10), (10.5, 20.0))]
        P += [(RI(0, 100), RI(0, 100)) for _ in range(30)] + [(RI(0, 1000), RI(0, 30)) for _ in range(30)]
        P += [(RI(0, 10 ** 6), RI(0, 40)) for _ in range(15)] + [(RI(-60, -1), RI(0, 30)) for _ in range(25)]
        P += [(RI(-60, 60), RI(-10, -1)) for _ in range(8)]
        P += [(U(0, 60), RI(0, 40)) for _ in range(25)] + [(U(-40, 0), RI(0, 30)) for _ in range(20)]
        P += [(U(0, 60), U(0, 60)) for _ in range(30)] + [(U(-10, 10), U(-10, 10)) for _ in range(30)]
        P += [(LU(0, 8), LU(-2, 2)) for _ in range(20)] + [(LU(2, 15), U(0, 50)) for _ in range(15)]
    elif fn == 'erf':
        P += [(x,) for x in (0.0, -0.0, inf, -inf, nan, 1e-300, -1e-300, 5e-324, 0.84375, 0.8437499999999999, 1.25,
                             1.2499999999999998, 2.857142857142857, 6.0, 5.999999999999999, -6.0, 1.0, -1.0, 30.0)]
        P += [(U(-6, 6),) for _ in range(60)] + [(LU(-300, 0),) for _ in range(30)] + [(U(0.8, 1.3),) for _ in range(20)]
    elif fn == 'erfc':
        P += [(x,) for x in (0.0, -0.0, inf, -inf, nan, 1e-300, 0.25, 0.2499999999999999, 0.84375, -0.84375, 1.25, -1.25,
                             2.857142857142857, 6.0, -6.0, -5.9, 26.5, 27.0, 27.2, 27.3, 28.0, 1.0)]
        P += [(U(-6, 28),) for _ in range(60)] + [(U(0, 3),) for _ in range(30)] + [(U(20, 27.3),) for _ in range(20)]
        P += [(LU(-300, 0),) for _ in range(10)] + [(-U(0, 6),) for _ in range(20)]
    elif fn == 'erfinv':
        P += [(x,) for x in (0.0, -0.0, 1.0, -1.0, 1.0000000000000002, -2.0, inf, nan, 0.85, 0.8500000000000001,
                             0.5, 1e-300, 5e-324, 0.9999999999999999, -0.9999999999999999)]
        P += [(U(-1, 1),) for _ in range(60)] + [(1 - LU(-16, -0.5),) for _ in range(40)] + [(-(1 - LU(-16, -0.5)),) for _ in range(10)]
        P += [(LU(-300, 0),) for _ in range(15)] + [(U(0.8, 0.9),) for _ in range(15)]
        # around the w = 5 switch (y = e^-25)
        P += [(1 - math.exp(-U(4.9, 5.1) ** 2),) for _ in range(8)]
    elif fn == 'erfcinv':
        P += [(y,) for y in (0.0, 2.0, 1.0, -0.0, -1e-300, 2.0000000000000004, inf, nan, 0.15, 0.15000000000000002, 1.85,
                             0.5, 1.5, 5e-324, 1e-300, 1e-100, 1.9999999999999998, 1e-16)]
        P += [(U(0, 2),) for _ in range(80)] + [(LU(-323, 0),) for _ in range(80)] + [(2 - LU(-16, 0),) for _ in range(30)]
        P += [(U(0.1, 0.6),) for _ in range(30)] + [(math.exp(-U(4.9, 5.1) ** 2),) for _ in range(8)]
    return P


def write_ref(only=None):
    rnd = random.Random(20241126)
    for fn in EXACT:
        if only and fn not in only:
            continue
        path = os.path.join(REF, f'{fn}.jsonl')
        original = []
        if os.path.exists(path):
            with open(path) as fh:
                original = [json.loads(line) for line in fh if line.strip()]
        seen = {json.dumps(p['args']) for p in original}
        extra = []
        for args in new_points(fn, rnd):
            args = [float(a) for a in args]
            key = json.dumps([to_json(a) for a in args])
            if key in seen:
                continue
            seen.add(key)
            v = evaluate(fn, args)
            if v is None:
                continue
            extra.append({'fn': fn, 'args': [to_json(a) for a in args], 'value': v})
        with open(path, 'w') as fh:
            for p in original + extra:
                fh.write(json.dumps(p) + '\n')
        print(f'{fn}: {len(original)} kept + {len(extra)} new points', file=sys.stderr)


# ------------------------------------------------------------------------------------------------
# Fits

def peval(c, x):
    r = mp.mpf(0)
    for a in reversed(c):
        r = r * x + a
    return r


def _newton(fx, wx, xs, m, n, p, q, E):
    """Newton on p(x_i) - (f_i - (-1)^i E / w_i) q(x_i) = 0, unknowns p, q_1..q_n, E (q_0 = 1)."""
    N = m + n + 2
    for _ in range(40):
        A = mp.matrix(N, N)
        F = mp.matrix(N, 1)
        for i, x in enumerate(xs):
            s = (-1) ** i
            g = fx[i] - s * E / wx[i]
            F[i] = peval(p, x) - g * peval(q, x)
            for j in range(m + 1):
                A[i, j] = x ** j
            for j in range(1, n + 1):
                A[i, m + j] = -g * x ** j
            A[i, m + n + 1] = s * peval(q, x) / wx[i]
        d = mp.lu_solve(A, -F)
        p = [p[j] + d[j] for j in range(m + 1)]
        q = [mp.mpf(1)] + [q[j] + d[m + j] for j in range(1, n + 1)]
        E = E + d[m + n + 1]
        if mp.norm(d) < mp.mpf(10) ** (-mp.mp.dps + 10) * (1 + mp.norm(mp.matrix(p))):
            break
    return p, q, E


def remez(f, a, b, m, n, weight=None, iters=25, grid=1500):
    """Rational minimax (m, n) of f on [a, b]; weight(x, f(x)) defaults to 1/|f| (relative)."""
    a, b = mp.mpf(a), mp.mpf(b)
    weight = weight or (lambda x, v: 1 / abs(v))
    N = m + n + 2
    gx = [(a + b) / 2 - (b - a) / 2 * mp.cos(mp.pi * i / grid) for i in range(grid + 1)]
    gf = [f(x) for x in gx]
    gw = [weight(x, v) for x, v in zip(gx, gf)]
    idx = [round(grid * i / (N - 1)) for i in range(N)]
    best, p, q, E = None, None, None, mp.mpf(0)
    for _ in range(iters):
        xs, fx, wx = [gx[k] for k in idx], [gf[k] for k in idx], [gw[k] for k in idx]
        if p is None:  # linearized start
            A = mp.matrix(N, N)
            rhs = mp.matrix(N, 1)
            for i, x in enumerate(xs):
                for j in range(m + 1):
                    A[i, j] = x ** j
                for j in range(1, n + 1):
                    A[i, m + j] = -fx[i] * x ** j
                A[i, m + n + 1] = -(-1) ** i / wx[i]
                rhs[i] = fx[i]
            sol = mp.lu_solve(A, rhs)
            p = [sol[j] for j in range(m + 1)]
            q = [mp.mpf(1)] + [sol[m + j] for j in range(1, n + 1)]
            E = sol[m + n + 1]
        p, q, E = _newton(fx, wx, xs, m, n, p, q, E)
        ev = [(gf[k] - peval(p, gx[k]) / peval(q, gx[k])) * gw[k] for k in range(grid + 1)]
        segs, cur = [], [0]
        for k in range(1, len(ev)):
            if (ev[k] >= 0) == (ev[cur[0]] >= 0):
                cur.append(k)
            else:
                segs.append(cur)
                cur = [k]
        segs.append(cur)
        ext = [max(sg, key=lambda k: abs(ev[k])) for sg in segs]
        while len(ext) > N:
            ext.pop(0) if abs(ev[ext[0]]) < abs(ev[ext[-1]]) else ext.pop()
        maxerr = max(abs(e) for e in ev)
        if best is None or maxerr < best[0]:
            best = (maxerr, p, q)
        if len(ext) < N or maxerr < abs(E) * (1 + mp.mpf('1e-4')):
            break
        idx = ext
    return best


def lanczos_fit(g, N=13):
    """Minimax (relative) Lanczos sum c0 + Σ c_k/(z+k-1) for Γ(z) = L(z) zgh^(z-1/2) e^-zgh on
    z in (0, ∞) (variable u = 1/(1+z)), returned as num/den with den = z (z+1) … (z+N-2)."""
    def target(z):
        return mp.gamma(z) * mp.exp(z + g - mp.mpf(0.5)) / (z + g - mp.mpf(0.5)) ** (z - mp.mpf(0.5))

    def basis(z):
        return [mp.mpf(1)] + [1 / (z + k - 1) for k in range(1, N)]
    M = N + 1
    us = [(1 - mp.cos(mp.pi * (i + mp.mpf(0.5)) / M)) / 2 for i in range(M)]
    grid = [(1 - mp.cos(mp.pi * i / 3000)) / 2 for i in range(1, 3000)]
    gz = [1 / u - 1 for u in grid]
    gt = [target(z) for z in gz]
    best = None
    for _ in range(15):
        A = mp.matrix(M, M)
        rhs = mp.matrix(M, 1)
        for i, u in enumerate(us):
            z = 1 / u - 1
            T = target(z)
            for j, bj in enumerate(basis(z)):
                A[i, j] = bj
            A[i, N] = -(-1) ** i * T
            rhs[i] = T
        s = mp.lu_solve(A, rhs)
        c, E = [s[j] for j in range(N)], s[N]
        ev = [(sum(cj * bj for cj, bj in zip(c, basis(z))) - T) / T for z, T in zip(gz, gt)]
        segs, cur = [], [0]
        for k in range(1, len(ev)):
            if (ev[k] >= 0) == (ev[cur[0]] >= 0):
                cur.append(k)
            else:
                segs.append(cur)
                cur = [k]
        segs.append(cur)
        ext = [max(sg, key=lambda k: abs(ev[k])) for sg in segs]
        while len(ext) > M:
            ext.pop(0) if abs(ev[ext[0]]) < abs(ev[ext[-1]]) else ext.pop()
        mx = max(abs(e) for e in ev)
        if best is None or mx < best[0]:
            best = (mx, c)
        if len(ext) < M or mx < abs(E) * (1 + mp.mpf('1e-4')):
            break
        us = [grid[k] for k in ext]
    mx, c = best

    def polymul(x, y):
        r = [mp.mpf(0)] * (len(x) + len(y) - 1)
        for i, u in enumerate(x):
            for j, v in enumerate(y):
                r[i + j] += u * v
        return r
    den = [mp.mpf(1)]
    for j in range(1, N):
        den = polymul(den, [mp.mpf(j - 1), mp.mpf(1)])
    num = [c[0] * d for d in den]
    for k in range(1, N):
        pk = [mp.mpf(1)]
        for j in range(1, N):
            if j != k:
                pk = polymul(pk, [mp.mpf(j - 1), mp.mpf(1)])
        for i, u in enumerate(pk):
            num[i] += c[k] * u
    return mx, num, den


def erfcinv_of_w(w):
    with mp.workdps(int(w * w / 2.3) + 80):
        return +mp.erfinv(1 - mp.exp(-w * w))


def hp(expr):
    """Evaluates expr() with 150 extra digits (the fits divide by tiny t near t = 0)."""
    with mp.extradps(150):
        return +expr()


def fits():
    g = mp.mpf(6.024680040776729583740234375)
    x0 = mp.findroot(mp.digamma, mp.mpf('1.4616321449683623'))
    t0 = x0 - 1
    erx = mp.mpf(float(mp.erf(1)))
    s0 = mp.mpf(float(mp.mpf(0.85) ** 2))
    return {
        # name: (function, a, b, m, n, weight or None, variable as evaluated)
        'lgamma A': (lambda t: hp(lambda: (mp.loggamma(1 + t) + mp.euler * t) / t ** 2) if t else mp.zeta(2) / 2,
                     -0.25, 0.25, 6, 5, None, 'lgamma(1+t) = t (-γ + t R(t))'),
        'lgamma M': (lambda s: hp(lambda: (mp.loggamma(mp.mpf(1.5) + s) - mp.loggamma(mp.mpf(1.5))) / s) if s else mp.digamma(mp.mpf(1.5)),
                     -0.25, 0.25, 6, 5, None, 'lgamma(3/2+s) = lgamma(3/2) + s R(s)'),
        'lgamma B': (lambda t: hp(lambda: (mp.loggamma(2 + t) - (1 - mp.euler) * t) / t ** 2) if t else (mp.zeta(2) - 1) / 2,
                     -0.25, 0.5, 5, 5, None, 'lgamma(2+t) = t (1 - γ + t R(t))'),
        'digamma core': (lambda t: hp(lambda: mp.digamma(1 + t) / (t - t0)) if abs(t - t0) > mp.mpf(10) ** -40 else mp.psi(1, x0),
                         0, 1, 6, 5, None, 'ψ(1+t) = (t - t0) R(t)'),
        'erf R': (lambda z: hp(lambda: mp.erf(mp.sqrt(z)) / mp.sqrt(z) - 1) if z else 2 / mp.sqrt(mp.pi) - 1,
                  0, mp.mpf(0.84375) ** 2, 5, 4, lambda z, v: 1 / (v + 1), 'erf(x) = x + x R(x²), absolute error / (erf(x)/x)'),
        'erf D': (lambda s: hp(lambda: mp.erf(1 + s) - erx), -0.15625, 0.25, 7, 6, lambda s, v: 1 / mp.erfc(1 + s),
                  'erf(1+s) = erx + D(s), absolute error / erfc(1+s)'),
        'erfc G1': (lambda t: hp(lambda: mp.exp(1 / t) * mp.erfc(1 / mp.sqrt(t)) / mp.sqrt(t)),
                    1 / mp.mpf(2.857142857142857) ** 2, 1 / mp.mpf(1.25) ** 2, 8, 7, None, 'erfc(x) = e^-x² / x · G(1/x²)'),
        'erfc G2': (lambda t: hp(lambda: mp.exp(1 / t) * mp.erfc(1 / mp.sqrt(t)) / mp.sqrt(t)),
                    1 / mp.mpf(28) ** 2, 1 / mp.mpf(2.857142857142857) ** 2, 7, 6, None, 'same, x in [1/0.35, 28]'),
        'erfinv C': (lambda z: hp(lambda: mp.erfinv(mp.sqrt(z)) / mp.sqrt(z)) if z else mp.sqrt(mp.pi) / 2,
                     0, s0, 8, 8, None, 'erfinv(x) = x C(x²); printed in s = 0.85² - x² (positive coefficients)'),
        'erfinv T1': (lambda u: erfcinv_of_w(u + mp.mpf(1.375)) / (u + mp.mpf(1.375)), 0, mp.mpf(3.625), 8, 8, None,
                      'erfcinv(y) = w S1(w - 1.375), w = sqrt(-log y) in [1.375, 5]'),
        'erfinv T2': (lambda v: erfcinv_of_w(1 / v) * v, 1 / mp.mpf(27.3), mp.mpf(0.2), 9, 8, None,
                      'erfcinv(y) = w S2(1/w), w in [5, 27.3]'),
        'lanczos': (g, None, None, None, None, None, 'Lanczos sum, N = 13, g = 6.024680040776729583740234375'),
        'digamma t0': (t0, None, None, None, None, None, 'zero of ψ minus 1, as hi + lo'),
        'erfinv s': (s0, None, None, None, None, None, '0.85² rounded'),
    }


def shift_to(p, q, z0):
    """Coefficients in s of P(z0 - s), Q(z0 - s), normalized so that Q(0) = 1."""
    def compose(c):
        out = [mp.mpf(0)] * len(c)
        for k, ck in enumerate(c):
            for j in range(k + 1):
                out[j] += ck * mp.binomial(k, j) * z0 ** (k - j) * (-1) ** j
        return out
    ps, qs = compose(p), compose(q)
    return [c / qs[0] for c in ps], [c / qs[0] for c in qs]


def lgamma_zero_expansions():
    """The zeros of lgamma in (-5, -2) and the Taylor coefficients of lgamma about each
    (native/special/lgamma.c): c_k = ψ^(k-1)(z0)/k!, radius r = 0.05/|ψ(z0)|, terms until
    |c_k| r^k < 2^-62 |c_1| r."""
    f = lambda t: mp.log(abs(mp.gamma(t)))
    for k in range(2, 5):
        xs = [-k - 1 + mp.mpf(i) / 4000 for i in range(1, 4000)]
        vals = [f(x) for x in xs]
        for i in range(len(xs) - 1):
            if vals[i] * vals[i + 1] < 0:
                z = mp.findroot(f, (xs[i], xs[i + 1]), solver='anderson')
                c1 = mp.digamma(z)
                r = mp.mpf('0.05') / abs(c1)
                coefs, j = [], 1
                while True:
                    coefs.append(mp.polygamma(j - 1, z) / mp.factorial(j))
                    if j > 1 and abs(coefs[-1]) * r ** j < mp.mpf(2) ** -62 * abs(c1) * r:
                        break
                    j += 1
                hi = float(z)
                print(f'lgamma zero {hi!r} + {float(z - mp.mpf(hi))!r}, r = {float(r)!r}:\n  {[float(c) for c in coefs]}')


def write_fit(only=None):
    mp.mp.dps = 50
    if not only or 'lgamma zeros'.startswith(only):
        lgamma_zero_expansions()
    for name, spec in fits().items():
        if only and not name.startswith(only):
            continue
        if name == 'lanczos':
            mx, num, den = lanczos_fit(spec[0])
            print(f'{name}: max relative error {mp.nstr(mx, 3)}\n  num {[float(c) for c in num]}\n  den {[float(c) for c in den]}')
            continue
        if spec[1] is None:
            v = spec[0]
            print(f'{name}: {float(v)!r} + {float(v - mp.mpf(float(v)))!r}')
            continue
        f, a, b, m, n, w, doc = spec
        err, p, q = remez(f, a, b, m, n, weight=w)
        if name == 'erfinv C':
            p, q = shift_to(p, q, mp.mpf(b))
        print(f'{name} ({m},{n}) on [{mp.nstr(mp.mpf(a), 6)}, {mp.nstr(mp.mpf(b), 6)}]: {doc}; max error {mp.nstr(err, 3)}')
        print(f'  P {[float(c) for c in p]}\n  Q {[float(c) for c in q]}')


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'ref'
    if cmd == 'ref':
        write_ref(set(sys.argv[2:]) or None)
    elif cmd == 'fit':
        write_fit(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        sys.exit(__doc__)
