#!/usr/bin/env python3
"""Zeta, exponential integrals and hypergeometric functions: reference values and fitted coefficients.

  python3 scripts/reference/zeta_expint_hyper.py reference     # writes test/data/reference/<fn>.jsonl
  python3 scripts/reference/zeta_expint_hyper.py coefficients  # prints the polynomial fits used by
                                                               # native/special/{zeta,e1,ei}.c and the .ts twins

Reference values: mpmath at mp.dps = 60, rounded to the nearest double ("nan"/"inf"/"-inf" strings
where the value is not a finite real). Points are drawn with a fixed seed, so reruns are identical.

Coefficients: Chebyshev interpolation at 80 Chebyshev nodes (mpmath, 50 digits), truncated where
the coefficients fall below the stated tolerance, converted to monomials in t in [-1, 1] and rounded
to doubles; each fit is then checked in double arithmetic (Horner) against mpmath on a dense grid
of the final function and the worst relative error is printed.
"""
import json
import math
import os
import random
import sys

import mpmath as mp

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
REF = os.path.join(ROOT, 'test', 'data', 'reference')

# ------------------------------------------------------------------------------------------------
# Coefficients


def chebfit(f, lo, hi, tol, nmax=80):
    """Monomial coefficients (doubles) in t = (2x - lo - hi)/(hi - lo) of the Chebyshev interpolant."""
    lo = mp.mpf(lo)
    hi = mp.mpf(hi)
    n_nodes = nmax
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / n_nodes) for k in range(n_nodes)]
    vals = [f((hi - lo) / 2 * t + (hi + lo) / 2) for t in nodes]
    c = []
    for j in range(n_nodes):
        s = mp.fsum(vals[k] * mp.cos(mp.pi * j * (k + mp.mpf(1) / 2) / n_nodes) for k in range(n_nodes))
        c.append(2 * s / n_nodes)
    c[0] /= 2
    n = n_nodes
    while n > 1 and abs(c[n - 1]) < tol:
        n -= 1
    c = c[:n]
    T = [[mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]]
    while len(T) < n:
        a, b = T[-1], T[-2]
        r = [mp.mpf(0)] + [2 * x for x in a]
        for i, x in enumerate(b):
            r[i] -= x
        T.append(r)
    m = [mp.mpf(0)] * n
    for j in range(n):
        for i, x in enumerate(T[j]):
            m[i] += c[j] * x
    return [float(x) for x in m]


def horner(m, t):
    r = 0.0
    for x in reversed(m):
        r = r * t + x
    return r


def scaled_exp(y, f):
    """exp(y) * f without premature overflow/underflow of exp(y) (the C and JS code do the same)."""
    if abs(y) < 700:
        return math.exp(y) * f
    h = math.exp(y / 2)
    return h * (h * f)


def fits():
    mp.mp.dps = 50
    out = []
    # zeta(s) - 1/(s - 1) on [0, 4] (entire)
    f = lambda s: mp.zeta(s) - 1 / (s - 1) if s != 1 else +mp.euler
    out.append(('ZETA_NEAR_POLE', -0.5, 4, chebfit(f, -0.5, 4, 2e-18), lambda s, m: 1 / (s - 1) + horner(m, (2 * s - 3.5) / 4.5), mp.zeta))
    # (zeta(s) - 1) 2^s on [4, 8], [8, 16], [16, 32]; zeta = 1 + 2^-s u(s): absolute 1e-17 on zeta
    u = lambda s: (mp.zeta(s) - 1) * 2 ** s
    for lo, hi, name in [(4, 8, 'ZETA_4_8'), (8, 16, 'ZETA_8_16'), (16, 32, 'ZETA_16_32')]:
        m = chebfit(u, lo, hi, 1e-17 * 2 ** lo)
        out.append((name, lo, hi, m, lambda s, m, lo=lo, hi=hi: 1 + 2.0 ** -s * horner(m, (2 * s - lo - hi) / (hi - lo)), mp.zeta))
    # E1(x) = -log(x) + g(x) on (0, 1]
    g = lambda x: mp.e1(x) + mp.log(x) if x != 0 else -mp.euler
    out.append(('E1_SMALL', 0, 1, chebfit(g, 0, 1, 1e-18), lambda x, m: -math.log(x) + horner(m, 2 * x - 1), mp.e1))
    # E1(x) = exp(-x)/x f(1/x), f(t) = x e^x E1(x) in t on [1/hi, 1/lo]
    fe1 = lambda t: mp.exp(1 / t) * mp.e1(1 / t) / t
    for lo, hi, name in [(1, 2, 'E1_1_2'), (2, 4, 'E1_2_4'), (4, 16, 'E1_4_16'), (16, 64, 'E1_16_64'), (64, 750, 'E1_64_INF')]:
        a, b = 1 / hi, 1 / lo
        m = chebfit(fe1, a, b, 2e-18)
        out.append((name, lo, min(hi, 705), m, lambda x, m, a=a, b=b: scaled_exp(-x, horner(m, (2 / x - a - b) / (b - a)) / x), mp.e1))
    # Ei near its zero x0: Ei(x) = log(x/x0) + (x - x0) q(x) on (0, 4]
    x0 = mp.findroot(mp.ei, mp.mpf('0.3725'))
    gi = lambda x: mp.ei(x) - mp.log(x) if x != 0 else +mp.euler
    gx0 = gi(x0)
    q = lambda x: (gi(x) - gx0) / (x - x0) if abs(x - x0) > mp.mpf(10) ** -30 else mp.diff(gi, x0)
    x0hi = float(x0)
    x0lo = float(x0 - x0hi)
    print(f'# Ei zero x0 = {mp.nstr(x0, 30)}: hi {x0hi!r} ({x0hi.hex()}), lo {x0lo!r} ({x0lo.hex()})')

    def ei_small(x, m):
        d = (x - x0hi) - x0lo
        lg = math.log1p(d / x0hi) if abs(d) < 0.5 * x0hi else math.log(x) - math.log(x0hi)
        return lg + d * horner(m, (x - 2) / 2)
    out.append(('EI_SMALL', 0, 4, chebfit(q, 0, 4, 2e-18), ei_small, mp.ei))
    fei = lambda t: mp.exp(-1 / t) * mp.ei(1 / t) / t
    for lo, hi, name in [(4, 8, 'EI_4_8'), (8, 16, 'EI_8_16'), (16, 32, 'EI_16_32'), (32, 64, 'EI_32_64'), (64, 720, 'EI_64_INF')]:
        a, b = 1 / hi, 1 / lo
        m = chebfit(fei, a, b, 2e-18)
        out.append((name, lo, min(hi, 716), m, lambda x, m, a=a, b=b: scaled_exp(x, horner(m, (2 / x - a - b) / (b - a)) / x), mp.ei))
    return out


def print_constants():
    mp.mp.dps = 50
    c = 1 / (2 * mp.pi * mp.e)
    hi = float(c)
    lo = float(c - hi)
    print(f'# 1/(2 pi e): hi {hi!r} ({hi.hex()}), lo {lo!r} ({lo.hex()})')
    print('TWO_PI_POW = [' + ', '.join(repr(float((2 * mp.pi) ** n)) for n in range(10)) + ']')
    print(f'# 2/sqrt(e) = {float(2 / mp.sqrt(mp.e))!r} ({float(2 / mp.sqrt(mp.e)).hex()})')


def print_coefficients():
    print_constants()
    for name, lo, hi, m, ev, ref in fits():
        worst = 0.0
        n = 600
        for i in range(1, n + 1):
            x = lo + (hi - lo) * i / n
            if x == 1 and ref is mp.zeta:
                continue
            want = ref(mp.mpf(x))
            got = ev(x, m)
            worst = max(worst, float(abs((got - want) / want)) if want != 0 else 0.0)
        print(f'# {name}: [{lo}, {hi}], {len(m)} terms, max rel error {worst:.3g}')
        print(f'{name} = [' + ', '.join(repr(x) for x in m) + ']')


# ------------------------------------------------------------------------------------------------
# Reference values


def to_json_value(v):
    if isinstance(v, mp.mpc):
        if v.imag != 0 and abs(v.imag) > abs(v.real) * mp.mpf(10) ** -40:
            return 'nan'
        v = v.real
    if mp.isnan(v):
        return 'nan'
    if mp.isinf(v):
        return 'inf' if v > 0 else '-inf'
    f = float(v)  # mpmath rounds to nearest
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


def arg_json(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return 'nan' if math.isnan(x) else ('inf' if x > 0 else '-inf')
    return x


def write_file(fn, rows):
    """rows: list of (args, value) with args floats and value mpf/mpc/str."""
    seen = set()
    lines = []
    for args, v in rows:
        key = tuple(repr(a) for a in args)
        if key in seen:
            continue
        seen.add(key)
        value = v if isinstance(v, str) else to_json_value(v)
        lines.append(json.dumps({'fn': fn, 'args': [arg_json(a) for a in args], 'value': value}))
    with open(os.path.join(REF, fn + '.jsonl'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'{fn}: {len(lines)} points')


def existing(fn):
    path = os.path.join(REF, fn + '.jsonl')
    rows = []
    if not os.path.exists(path):
        return rows
    for line in open(path):
        if line.strip():
            p = json.loads(line)
            rows.append((p['args'], p['value']))
    return rows


def safe(f, *args):
    try:
        return f(*[mp.mpf(a) for a in args])
    except (ValueError, ZeroDivisionError):
        return mp.nan


def ref_zeta(rng):
    rows = existing('zeta')  # the team's original 240 points are kept (this file is a superset)
    pts = [rng.uniform(-300, -20) for _ in range(60)]
    pts += [-2.0 * rng.randint(1, 60) + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-12, -1) for _ in range(30)]
    pts += [1 + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-15, -1) for _ in range(30)]
    pts += [rng.uniform(-1, 1) for _ in range(30)]
    pts += [rng.uniform(60, 200) for _ in range(10)]
    pts += [0.0, -0.0, 0.5, 2.0, 3.0, 4.0, 8.0, 16.0, 32.0, -0.5, -1.0, -2.0, -3.0, -100.0, -101.0, -305.0, -306.5,
            1e-300, -1e-300, 5e-324, 1e300, -1e300]
    rows += [([s], safe(mp.zeta, s)) for s in pts]
    rows += [([1.0], 'inf'), ([math.inf], 1.0), ([-math.inf], 'nan'), ([math.nan], 'nan')]
    write_file('zeta', rows)


def breakpoints(xs):
    """Each x and its neighbouring doubles."""
    out = []
    for x in xs:
        out += [math.nextafter(x, -math.inf), x, math.nextafter(x, math.inf)]
    return out


def ref_E1(rng):
    pts = [10.0 ** rng.uniform(-300, 2.87) for _ in range(150)]
    pts += [rng.uniform(0, 5) for _ in range(80)] + [rng.uniform(5, 80) for _ in range(50)]
    pts += [rng.uniform(80, 700) for _ in range(30)] + [rng.uniform(700, 750) for _ in range(8)]
    pts += breakpoints([1.0, 2.0, 4.0, 16.0, 64.0, 700.0])
    pts += [0.0, -0.0, -1.0, -1e-300, 5e-324, 1e-300, 745.0, 1e300]
    rows = [([x], safe(mp.e1, x) if x > 0 else (mp.inf if x == 0 else mp.nan)) for x in pts]
    rows += [([math.inf], 0.0), ([-math.inf], 'nan'), ([math.nan], 'nan')]
    write_file('E1', rows)


def ref_Ei(rng):
    x0 = mp.findroot(mp.ei, mp.mpf('0.3725'))
    pts = [10.0 ** rng.uniform(-300, 2.85) for _ in range(120)]
    pts += [rng.uniform(0, 5) for _ in range(60)] + [rng.uniform(5, 80) for _ in range(40)]
    pts += [rng.uniform(80, 716) for _ in range(20)] + [rng.uniform(716, 720) for _ in range(4)]
    pts += [float(x0) * (1 + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-16, -1)) for _ in range(40)]
    pts += [float(x0), math.nextafter(float(x0), 0), math.nextafter(float(x0), 1)]
    pts += [-(10.0 ** rng.uniform(-300, 2.87)) for _ in range(80)] + [-rng.uniform(0, 5) for _ in range(40)]
    pts += breakpoints([4.0, 8.0, 16.0, 32.0, 64.0, 700.0, -1.0, -2.0])
    pts += [0.0, -0.0, 5e-324, -5e-324, 1e300, -1e300]
    rows = [([x], safe(mp.ei, x) if x != 0 else -mp.inf) for x in pts]
    rows += [([math.inf], 'inf'), ([-math.inf], -0.0), ([math.nan], 'nan')]
    write_file('Ei', rows)


def expint_exact(n, x):
    """mpmath's expint loses all digits for large n and x at modest precision: raise the precision
    until two evaluations agree."""
    if x == 0:
        return mp.inf if n <= 1 else mp.mpf(1) / (n - 1)
    if x < 0 and (n >= 1 or n != int(n)):
        return mp.nan
    prev = None
    for dps in (60, 120, 240, 480, 960):
        with mp.workdps(dps):
            v = mp.expint(int(n) if n == int(n) else mp.mpf(n), mp.mpf(x))
            if isinstance(v, mp.mpc):
                v = v.real if abs(v.imag) <= abs(v) * mp.mpf(10) ** (-dps + 5) else mp.nan
        if prev is not None and (v == prev or abs(v - prev) <= abs(v) * mp.mpf(10) ** -40):
            return v
        prev = v
    raise RuntimeError(f'expint({n}, {x}) did not settle')


def ref_expint(rng):
    rows = []
    for _ in range(330):
        n = rng.choice([2, 2, 3, 3, 4, 5, 6, 8, 10, 15, 20, 29, 30, 31, 50, 64, 65, 100, 200, 1000])
        r = rng.random()
        x = 10.0 ** rng.uniform(-300, -1) if r < 0.15 else rng.uniform(0, 3) if r < 0.55 else rng.uniform(3, 30) if r < 0.85 else rng.uniform(30, 745)
        rows.append(([float(n), x], expint_exact(n, x)))
    for _ in range(60):
        rows.append(([1.0, x := 10.0 ** rng.uniform(-10, 2.8)], expint_exact(1, x)))
        rows.append(([0.0, x := 10.0 ** rng.uniform(-10, 2.8)], expint_exact(0, x)))
    for _ in range(80):
        n = -rng.choice([1, 2, 3, 5, 10, 20])
        x = 10.0 ** rng.uniform(-3, 2.5) if rng.random() < 0.6 else -rng.uniform(0.01, 30)
        rows.append(([float(n), x], expint_exact(n, x)))
    for n, x in [(2.0, 0.0), (3.0, 0.0), (10.0, 0.0), (1.0, 0.0), (0.0, 0.0), (-1.0, 0.0), (2.0, -1.0), (1.0, -1.0),
                 (2.0, 1.0), (2.0, 2.0), (29.0, 2.0), (30.0, 1.5), (64.0, 0.5), (65.0, 0.5), (2.0, 5e-324), (5.0, 750.0)]:
        rows.append(([n, x], expint_exact(n, x)))
    for _ in range(60):  # real (non-integer) order: E_nu(x) = x^(nu-1) Gamma(1-nu, x)
        nu = rng.uniform(-4, 12)
        x = 10.0 ** rng.uniform(-3, 1.5)
        rows.append(([nu, x], expint_exact(nu, x)))
    rows += [([2.5, 1.0], expint_exact(2.5, 1.0)), ([2.5, -1.0], 'nan'), ([math.nan, 1.0], 'nan'), ([2.0, math.nan], 'nan'), ([2.0, math.inf], 0.0), ([2.0, -math.inf], 'nan')]
    write_file('expint', rows)


def hurwitz_em(s, a, dps):
    """zeta(s, a) by Euler-Maclaurin at high precision: direct terms up to w = a + N >= |s| + 40,
    then 40 Bernoulli terms (remainder far below 1e-60 of the result)."""
    with mp.workdps(dps):
        s = mp.mpf(s)
        a = mp.mpf(a)
        n = max(0, int(mp.ceil(abs(s) + 40 - a)))
        total = mp.fsum((a + k) ** -s for k in range(n))
        w = a + n
        tail = w ** (1 - s) / (s - 1) + w ** -s / 2
        poch = s
        for j in range(1, 41):
            if j > 1:
                poch *= (s + 2 * j - 3) * (s + 2 * j - 2)
            tail += mp.bernoulli(2 * j) / mp.factorial(2 * j) * poch * w ** (-s - 2 * j + 1)
        return +(total + tail)


def hurwitz_exact(s, a):
    """Our own Euler-Maclaurin at 100 and 200 digits (mpmath's zeta(s, a) is unreliable at modest
    precision for large a); the two must agree, and agree with mpmath.zeta where that settles."""
    if a <= 0 and a == math.floor(a):
        return mp.nan
    if s == 1:
        return mp.inf
    if a < 0 and s != math.floor(s):
        return mp.nan
    v1 = hurwitz_em(s, a, 100)
    v2 = hurwitz_em(s, a, 200)
    if abs(v1 - v2) > abs(v2) * mp.mpf(10) ** -50:
        raise RuntimeError(f'zeta({s}, {a}) did not settle')
    with mp.workdps(120):
        z = mp.zeta(mp.mpf(s), mp.mpf(a))
    if abs(z - v2) > abs(v2) * mp.mpf(10) ** -25 and abs(v2) > mp.mpf(10) ** -300:
        print(f'  note: mpmath zeta({s}, {a}) = {mp.nstr(z, 20)}, Euler-Maclaurin {mp.nstr(v2, 20)}')
    return v2


def ref_hurwitz_zeta(rng):
    rows = []

    def a_any():
        return rng.choice([10.0 ** rng.uniform(-5, 0), rng.uniform(0, 3), rng.uniform(3, 50), 10.0 ** rng.uniform(1.7, 8)])
    for _ in range(330):
        s = rng.choice([1 + 10.0 ** rng.uniform(-8, 0), rng.uniform(1, 5), rng.uniform(5, 60), rng.uniform(60, 300)])
        a = a_any()
        rows.append(([s, a], hurwitz_exact(s, a)))
    for _ in range(60):
        s = rng.uniform(0, 1)
        a = a_any()
        rows.append(([s, a], hurwitz_exact(s, a)))
    for _ in range(50):
        s = -float(rng.randint(0, 30))
        a = rng.uniform(-5, 5)
        rows.append(([s, a], hurwitz_exact(s, a)))
    for _ in range(30):
        s = -rng.uniform(0, 30)
        a = 10.0 ** rng.uniform(0.5, 3)
        rows.append(([s, a], hurwitz_exact(s, a) if a >= (34 - s) / (2 * math.pi) * 1.3 else 'nan'))
    for _ in range(40):
        s = float(rng.randint(2, 30))
        a = -rng.uniform(0, 10)
        rows.append(([s, a], hurwitz_exact(s, a)))
    for s, a in [(2.0, 1.0), (2.0, 0.5), (3.0, 1.0), (4.0, 2.0), (1.5, 1e-300), (2.0, 1e300), (1.0000000001, 1.0), (0.5, 1.0),
                 (0.0, 0.5), (0.0, 3.0), (-1.0, 0.25), (50.0, 1.0), (200.0, 0.5), (2.0, -0.5), (3.0, -2.5)]:
        rows.append(([s, a], hurwitz_exact(s, a)))
    rows += [([1.0, 2.0], 'inf'), ([2.0, 0.0], 'nan'), ([2.0, -3.0], 'nan'), ([2.5, -0.5], 'nan'), ([math.nan, 1.0], 'nan'),
             ([2.0, math.nan], 'nan'), ([math.inf, 2.0], 0.0), ([math.inf, 1.0], 1.0), ([math.inf, 0.5], 'inf'), ([2.0, math.inf], 0.0),
             ([-0.5, 0.3], 'nan')]
    write_file('hurwitz_zeta', rows)


def settled(f, *args):
    """f(*args) at 60 digits, checked against 120 digits (mpmath's hypergeometric functions raise
    their working precision themselves, but cancellation in extreme cases is caught here)."""
    prev = None
    for dps in (60, 120, 240):
        with mp.workdps(dps):
            try:
                v = f(*[mp.mpf(a) for a in args])
            except (ValueError, ZeroDivisionError):
                return mp.nan
            if isinstance(v, mp.mpc):
                v = v.real if abs(v.imag) <= abs(v) * mp.mpf(10) ** (-dps + 10) else mp.nan
        if prev is not None and (v == prev or (mp.isnan(v) and mp.isnan(prev)) or abs(v - prev) <= abs(v) * mp.mpf(10) ** -40):
            return v
        prev = v
    raise RuntimeError(f'{f.__name__}{args} did not settle')


def ref_hyp2f1(rng):
    rows = []
    f = mp.hyp2f1
    # Student-t cdf: 2F1(1/2, (nu+1)/2; 3/2; -x^2/nu)
    for _ in range(220):
        r = rng.random()
        if r < 0.3:
            nu = rng.uniform(0.5, 50)
        elif r < 0.55:
            nu = float(rng.randint(1, 50))
        elif r < 0.7:
            nu = rng.randint(1, 100) / 2
        elif r < 0.85:
            nu = 2 * rng.randint(1, 25) + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-13, -1)
        else:
            nu = 10.0 ** rng.uniform(2, 3)
        x = rng.uniform(-50, 50) if rng.random() < 0.6 else rng.choice([-1, 1]) * 10.0 ** rng.uniform(-4, 8)
        args = [0.5, (nu + 1) / 2, 1.5, -x * x / nu]
        rows.append((args, settled(f, *args)))
    # Beta cdf: 2F1(a, 1 - b; a + 1; x)
    for _ in range(80):
        a = rng.uniform(0.1, 20)
        b = rng.uniform(0.1, 20) if rng.random() < 0.5 else float(rng.randint(1, 20))
        args = [a, 1 - b, a + 1, rng.uniform(0, 1)]
        rows.append((args, settled(f, *args)))
    # general parameters in [-5, 5], z in (-1, 1), z < -1, z near 1
    for _ in range(150):
        a, b, c = (rng.uniform(-5, 5) for _ in range(3))
        z = rng.choice([rng.uniform(-1, 1), rng.uniform(-100, -1), rng.uniform(0.5, 1), -(10.0 ** rng.uniform(0, 8))])
        args = [a, b, c, z]
        rows.append((args, settled(f, *args)))
    # c - a - b within 1e-1 .. 1e-14 of an integer, z near 1 and z << -1
    for _ in range(80):
        a, b = rng.uniform(-3, 5), rng.uniform(-3, 5)
        c = a + b + rng.randint(-4, 4) + rng.choice([-1, 1]) * 10.0 ** rng.uniform(-14, -1)
        z = rng.choice([rng.uniform(0.5, 1), 1 - 10.0 ** rng.uniform(-12, -0.3), -(10.0 ** rng.uniform(0, 8))])
        args = [a, b, c, z]
        rows.append((args, settled(f, *args)))
    # exact degenerate cases, terminating series, poles, z = 1, z > 1
    for args in [[1.0, 1.0, 2.0, 0.9], [1.0, 1.0, 2.0, -50.0], [0.5, 0.5, 1.0, 0.99], [0.5, 1.5, 2.0, 0.999], [1.0, 2.0, 3.0, 0.75],
                 [0.5, 2.5, 1.5, -100.0], [0.5, 3.0, 1.5, -1e6], [-3.0, 2.5, 1.5, 5.0], [-3.0, 2.5, 1.5, -7.0], [-10.0, 0.5, 1.5, 0.9],
                 [2.0, -4.0, -6.0, 0.5], [1.0, 1.0, 3.0, 1.0], [0.5, 0.5, 2.0, 1.0], [1.0, 1.0, 2.0, 0.5], [1.0, 1.0, 2.0, -0.5],
                 [1.5, 2.5, 3.5, 1e-300], [1.5, 2.5, 3.5, -1e-300], [3.0, 4.0, 5.0, 0.5], [0.25, 0.75, 1.0, 0.5]]:
        rows.append((args, settled(f, *args)))
    rows += [([1.0, 1.0, 1.0, 1.0], 'inf'), ([1.0, 1.0, 2.0, 1.5], 'nan'), ([1.0, 1.0, -2.0, 0.5], 'nan'), ([1.0, 1.0, 0.0, 0.5], 'nan'),
             ([0.0, 1.0, 2.0, 0.5], 1.0), ([1.0, 2.0, 3.0, 0.0], 1.0), ([math.nan, 1.0, 2.0, 0.5], 'nan'), ([1.0, 1.0, 2.0, math.nan], 'nan'),
             ([0.5, 1.0, 1.5, -math.inf], 0.0)]
    write_file('hyp2f1', rows)


def ref_hyp1f1(rng):
    rows = []
    f = mp.hyp1f1
    # main domain: |a| <= 20, 0 < b <= 50, |z| <= 50
    for _ in range(240):
        a = rng.choice([rng.uniform(-20, 20), rng.uniform(0, 5), rng.uniform(-3, 0)])
        b = rng.choice([rng.uniform(0.01, 50), rng.uniform(0.5, 3)])
        z = rng.choice([rng.uniform(-50, 50), rng.uniform(-5, 5), rng.choice([-1, 1]) * 10.0 ** rng.uniform(-6, 1.7)])
        rows.append(([a, b, z], settled(f, a, b, z)))
    # large |z| (50 .. 700), moderate parameters
    for _ in range(100):
        a = rng.uniform(-10, 10)
        b = rng.uniform(0.1, 30)
        z = rng.choice([-1, 1]) * rng.uniform(50, 700)
        rows.append(([a, b, z], settled(f, a, b, z)))
    # b < 0 (not an integer), a non-positive integer (Laguerre polynomials), the series' edges
    for _ in range(50):
        a = rng.uniform(-5, 5)
        b = -rng.uniform(0.05, 5)
        if abs(b - round(b)) < 0.02:
            b += 0.1
        z = rng.uniform(-20, 20)
        rows.append(([a, b, z], settled(f, a, b, z)))
    for _ in range(50):
        a = -float(rng.randint(1, 15))
        b = rng.uniform(0.1, 10)
        z = rng.uniform(-30, 30)
        rows.append(([a, b, z], settled(f, a, b, z)))
    for args in [[1.0, 2.0, 1.0], [0.5, 1.5, -1.0], [1.0, 1.0, 3.0], [2.0, 1.0, 700.0], [1.0, 2.0, -700.0], [0.5, 0.5, -745.0],
                 [-3.0, -5.0, 2.0], [3.0, 5.0, 1e-300], [3.0, 5.0, -1e-300], [1.5, 2.5, 30.0], [1.5, 2.5, -30.0]]:
        rows.append((args, settled(f, *args)))
    rows += [([0.0, 2.0, 5.0], 1.0), ([1.0, 2.0, 0.0], 1.0), ([1.0, -2.0, 1.0], 'nan'), ([1.0, 0.0, 1.0], 'nan'),
             ([math.nan, 1.0, 1.0], 'nan'), ([1.0, 2.0, math.inf], 'inf'), ([1.0, 2.0, -math.inf], 0.0)]
    write_file('hyp1f1', rows)


def ref_hyp0f1(rng):
    rows = []
    f = mp.hyp0f1
    for _ in range(150):  # z > 0
        b = rng.choice([rng.uniform(0.05, 20), rng.uniform(0.5, 3), rng.uniform(20, 100)])
        z = rng.choice([rng.uniform(0, 100), 10.0 ** rng.uniform(-6, 5.2)])
        rows.append(([b, z], settled(f, b, z)))
    for _ in range(200):  # z < 0: oscillating (Bessel J)
        b = rng.choice([rng.uniform(0.05, 20), rng.uniform(0.5, 3), rng.uniform(20, 100)])
        z = -rng.choice([rng.uniform(0, 100), 10.0 ** rng.uniform(-6, 5)])
        rows.append(([b, z], settled(f, b, z)))
    for _ in range(50):  # b < 0, not an integer
        b = -rng.uniform(0.05, 6)
        if abs(b - round(b)) < 0.02:
            b += 0.1
        z = rng.uniform(-300, 300)
        rows.append(([b, z], settled(f, b, z)))
    for args in [[1.0, 1.0], [0.5, -1.0], [1.5, 625.0], [1.5, -625.0], [1.0, -1e6], [2.5, 1e5], [3.0, 1e-300], [3.0, -1e-300]]:
        rows.append((args, settled(f, *args)))
    rows += [([1.0, 0.0], 1.0), ([0.0, 1.0], 'nan'), ([-2.0, 1.0], 'nan'), ([math.nan, 1.0], 'nan'), ([1.0, math.nan], 'nan'),
             ([1.0, math.inf], 'inf'), ([1.0, -math.inf], 0.0)]
    write_file('hyp0f1', rows)


def write_references():
    mp.mp.dps = 60
    only = sys.argv[2:]
    for name, gen in [('zeta', ref_zeta), ('E1', ref_E1), ('Ei', ref_Ei), ('expint', ref_expint), ('hurwitz_zeta', ref_hurwitz_zeta), ('hyp2f1', ref_hyp2f1), ('hyp1f1', ref_hyp1f1), ('hyp0f1', ref_hyp0f1)]:
        if not only or name in only:
            gen(random.Random('symkernel-' + name))


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'reference'
    if cmd == 'coefficients':
        print_coefficients()
    else:
        write_references()
