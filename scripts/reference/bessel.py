#!/usr/bin/env python3
"""Bessel group: reference values and fitted coefficient tables (mpmath, mp.dps = 60).

  python3 scripts/reference/bessel.py ref   # writes test/data/reference/bessel{j,y,i,k}.jsonl
  python3 scripts/reference/bessel.py fit   # writes native/special/bessel_tables.c and
                                            #        src/special/bessel/tables.ts

ref: each file is a superset of the team's original ~240 points (kept verbatim) plus points that
cover what those miss: integer orders 0 and 1 over [0, 8] and the asymptotic range, points near the
zeros of J and Y, half-integer orders, negative orders, negative x, large order, large x, and the
special values (0, tiny x). Values are mpmath at 60 digits rounded to the nearest double.

fit: the fast paths for J0, J1, Y0, Y1 (native/special/bessel_j01.c, src/special/bessel/j01.ts).
  * [0, 8] is cut into 16 intervals of width 1/2. On each interval the function is a polynomial
    in t = x - c, where c is the nearest zero of the function when one lies within the interval
    or within 1/4 of it (then f = t * P(t), so the relative error stays small at the zero), else
    the interval's midpoint. Y0 and Y1 on the first interval use the log form:
    Y0 = (2/pi) log(x) J0(x) + R0(x^2),  Y1 = (2/pi) (log(x) J1(x) - 1/x) + x R1(x^2).
  * x > 8: Hankel's form J = sqrt(2/(pi x)) (P cos chi - Q sin chi), Y = sqrt(2/(pi x)) (P sin chi
    + Q cos chi), chi = x - (2n+1) pi/4, with P and x*Q polynomials in u = 64/x^2 on (0, 1].
  Polynomials are Chebyshev interpolants (mpmath.chebyfit) converted to monomials; the script
  reports the maximal relative error of each fit, measured on a fine grid in high precision.
"""
import json
import math
import os
import random
import sys

import mpmath as mp

mp.mp.dps = 60
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


# ------------------------------------------------------------------------------------------------
# Fits

def hexf(v):
    return float(v).hex()


def js_num(v):
    return repr(float(v))


def split_hi_lo(v):
    hi = float(v)
    lo = float(v - mp.mpf(hi))
    return hi, lo


def fit_poly(f, a, b, n):
    """Chebyshev interpolant of degree n-1 of f on [a, b], monomial coefficients, lowest first."""
    coeffs, err = mp.chebyfit(f, [a, b], n, error=True)
    return [c for c in reversed(coeffs)], err


def max_rel_err(f, coeffs, a, b, scale=lambda t: 1, m=400):
    worst = mp.mpf(0)
    for i in range(m + 1):
        t = a + (b - a) * i / m
        want = f(t)
        if want == 0:
            continue
        got = mp.polyval(list(reversed([mp.mpf(float(c)) for c in coeffs])), t)
        worst = max(worst, abs((got - want) / want))
    return worst


WIDTH = mp.mpf(1) / 2
NSEG = 16
DEG = 13  # coefficients per piece
YLOG = 4  # Y0, Y1 use the log form on the first YLOG pieces, [0, 2]
YLOG_N = 16  # coefficients of R0, R1 (polynomials in x^2 on [0, 4])


def zeros_of(kind, n):
    out = []
    for k in range(1, 6):
        z = mp.besseljzero(n, k) if kind == 'j' else mp.besselyzero(n, k)
        if z < 9:
            out.append(z)
    return out


def fn_of(kind, n):
    if kind == 'j':
        return lambda x: mp.besselj(n, x)
    return lambda x: mp.bessely(n, x)


def fit_pieces(kind, n):
    f = fn_of(kind, n)
    zs = zeros_of(kind, n)
    pieces = []
    worst = 0
    for i in range(NSEG):
        a = WIDTH * i
        b = a + WIDTH
        near = [z for z in zs if a - WIDTH / 2 <= z <= b + WIDTH / 2]
        if i == 0 and kind == 'j':
            # Even/odd: J0 = P(x^2), J1 = x P(x^2) on [0, 1/2].
            if n == 0:
                g = lambda z: f(mp.sqrt(z)) if z > 0 else mp.mpf(1)
            else:
                g = lambda z: f(mp.sqrt(z)) / mp.sqrt(z) if z > 0 else mp.mpf(1) / 2
            cs, _ = fit_poly(g, mp.mpf(0), b * b, DEG - 4)
            e = max_rel_err(g, cs, mp.mpf(0), b * b)
            pieces.append({'c': 0.0, 'lo': 0.0, 'zero': False, 'coeffs': cs})
        elif i < YLOG and kind == 'y':
            pieces.append({'c': 0.0, 'lo': 0.0, 'zero': False, 'coeffs': []})  # log form below 2
            continue
        elif near:
            z = near[0]
            hi, lo = split_hi_lo(z)
            zz = mp.mpf(hi) + mp.mpf(lo)
            g = lambda t, zz=zz: f(zz + t) / t
            ta, tb = a - zz, b - zz
            cs, _ = fit_poly(g, ta, tb, DEG)
            e = max_rel_err(g, cs, ta, tb)
            pieces.append({'c': hi, 'lo': lo, 'zero': True, 'coeffs': cs})
        else:
            c = (a + b) / 2
            g = lambda t, c=c: f(c + t)
            cs, _ = fit_poly(g, a - c, b - c, DEG)
            e = max_rel_err(g, cs, a - c, b - c)
            pieces.append({'c': float(c), 'lo': 0.0, 'zero': False, 'coeffs': cs})
        worst = max(worst, e)
        print(f'  {kind}{n} piece {i} [{float(a)}, {float(b)}] zero={pieces[-1]["zero"]} rel err {float(e):.2e}', file=sys.stderr)
    return pieces, worst


ASYM_DEG = 14


def fit_ylog(n):
    f = fn_of('y', n)
    j = fn_of('j', n)
    if n == 0:
        def g(z):
            if z == 0:
                return 2 / mp.pi * (mp.euler - mp.log(2))
            x = mp.sqrt(z)
            return f(x) - 2 / mp.pi * mp.log(x) * j(x)
    else:
        def g(z):
            if z == 0:
                z = mp.mpf(10) ** -40
            x = mp.sqrt(z)
            return (f(x) - 2 / mp.pi * (mp.log(x) * j(x) - 1 / x)) / x
    top = (WIDTH * YLOG) ** 2
    cs, _ = fit_poly(g, mp.mpf(0), top, YLOG_N)
    e = max_rel_err(g, cs, mp.mpf(10) ** -30, top)
    print(f'  y{n} log form on [0, 2]: R rel err {float(e):.2e}', file=sys.stderr)
    return cs


def fit_asym(n):
    chi_off = (2 * n + 1) * mp.pi / 4

    def pq(u):
        x = 8 / mp.sqrt(u)
        j, y = mp.besselj(n, x), mp.bessely(n, x)
        chi = x - chi_off
        s = mp.sqrt(mp.pi * x / 2)
        p = s * (j * mp.cos(chi) + y * mp.sin(chi))
        q = s * (-j * mp.sin(chi) + y * mp.cos(chi))
        return p, q * x

    cache = {}

    def P(u):
        if u == 0:
            return mp.mpf(1)
        if u not in cache:
            cache[u] = pq(u)
        return cache[u][0]

    def Q(u):
        if u == 0:
            return mp.mpf(4 * n * n - 1) / 8
        if u not in cache:
            cache[u] = pq(u)
        return cache[u][1]

    cp, _ = fit_poly(P, mp.mpf(0), mp.mpf(1), ASYM_DEG)
    cq, _ = fit_poly(Q, mp.mpf(0), mp.mpf(1), ASYM_DEG)
    ep = max_rel_err(P, cp, mp.mpf(10) ** -6, mp.mpf(1), m=200)
    eq = max_rel_err(Q, cq, mp.mpf(10) ** -6, mp.mpf(1), m=200)
    print(f'  asym n={n}: P rel err {float(ep):.2e}, xQ rel err {float(eq):.2e}', file=sys.stderr)
    return cp, cq


def gamma_series(n=26):
    """Taylor coefficients of 1/Gamma(1+x) at 0, lowest first (for Temme's Gamma1, Gamma2)."""
    return [c for c in mp.taylor(lambda t: mp.rgamma(1 + t), 0, n - 1)]


def write_fit():
    tables = {}
    for kind in 'jy':
        for n in (0, 1):
            tables[f'{kind}{n}'], w = fit_pieces(kind, n)
            print(f'{kind}{n}: worst piece rel err {float(w):.2e}', file=sys.stderr)
    asym = {n: fit_asym(n) for n in (0, 1)}
    ylog = {n: fit_ylog(n) for n in (0, 1)}
    rg = gamma_series()

    c = ['/*',
         ' * Generated by scripts/reference/bessel.py fit (mpmath, Chebyshev interpolants) -- do not edit.',
         ' * Coefficient tables for the Bessel group: see bessel_j01.c and bessel_util.c for their use.',
         ' * Values are hexadecimal float literals, exact.',
         ' */',
         '#ifndef SK_SPECIAL_BESSEL_TABLES_C',
         '#define SK_SPECIAL_BESSEL_TABLES_C',
         '',
         f'#define SK_BESSEL_J01_DEG {DEG}',
         f'#define SK_BESSEL_ASYM_DEG {ASYM_DEG}',
         f'#define SK_BESSEL_RGAMMA_N {len(rg)}',
         f'#define SK_BESSEL_YLOG_N {YLOG_N}',
         '']
    ts = ['/**',
          ' * Generated by scripts/reference/bessel.py fit (mpmath, Chebyshev interpolants) -- do not edit.',
          ' * Coefficient tables for the Bessel group, identical to native/special/bessel_tables.c.',
          ' */',
          '',
          f'export const J01_DEG = {DEG};',
          f'export const ASYM_DEG = {ASYM_DEG};',
          f'export const YLOG_N = {YLOG_N};',
          '']
    for name, pieces in tables.items():
        # centre hi, centre lo, zero flag m, then 16 coefficients (padded with 0).
        rows_c = []
        rows_js = []
        for p in pieces:
            cs = list(p['coeffs']) + [0] * (16 - len(p['coeffs']))
            m = 1.0 if p['zero'] else 0.0
            rows_c.append('  ' + ', '.join([hexf(p['c']), hexf(p['lo']), hexf(m)] + [hexf(v) for v in cs]) + ',')
            rows_js.append('  ' + ', '.join([js_num(p['c']), js_num(p['lo']), js_num(m)] + [js_num(v) for v in cs]) + ',')
        c.append(f'/* {name}: 16 pieces of [0, 8], width 1/2; each row: centre (hi, lo), m, then P(t) coefficients, t^0')
        c.append(' * first; the value is P(t) * (m ? t : 1), t = (x - hi) - lo. */')
        c.append(f'static const double sk_bessel_{name}_pieces[{NSEG} * 19] = {{')
        c += rows_c
        c.append('};')
        c.append('')
        ts.append(f'/** {name}: 16 pieces of [0, 8]; each row: centre (hi, lo), m, then P(t) coefficients, t^0 first. */')
        ts.append(f'export const {name.upper()}_PIECES = new Float64Array([')
        ts += rows_js
        ts.append(']);')
        ts.append('')
    for n, (cp, cq) in asym.items():
        for nm, cs in (('p', cp), ('q', cq)):
            c.append(f'/* Hankel {nm.upper()}{n} for x > 8 as a polynomial in u = 64/x^2{" (times x)" if nm == "q" else ""}, u^0 first. */')
            cs = list(cs) + [0] * (16 - len(cs))
            c.append(f'static const double sk_bessel_asym_{nm}{n}[16] = {{')
            c.append('  ' + ', '.join(hexf(v) for v in cs))
            c.append('};')
            c.append('')
            ts.append(f'export const ASYM_{nm.upper()}{n} = [{", ".join(js_num(v) for v in list(cs) + [0] * (16 - len(cs)))}];')
    for n, cs in ylog.items():
        c.append(f'/* Y{n} on [0, 2]: R{n} as a polynomial in z = x^2, z^0 first (see bessel_j01.c). */')
        c.append(f'static const double sk_bessel_y{n}_log[{YLOG_N}] = {{')
        c.append('  ' + ', '.join(hexf(v) for v in cs))
        c.append('};')
        c.append('')
        ts.append(f'export const Y{n}_LOG = [{", ".join(js_num(v) for v in cs)}];')
    c.append('/* Taylor coefficients of 1/Gamma(1+x) at 0, x^0 first (Temme\'s Gamma1/Gamma2, |x| <= 1/2). */')
    c.append(f'static const double sk_bessel_rgamma[{len(rg)}] = {{')
    c.append('  ' + ', '.join(hexf(v) for v in rg))
    c.append('};')
    c.append('')
    c.append('#endif')
    ts.append('')
    ts.append('/** Taylor coefficients of 1/Gamma(1+x) at 0, x^0 first. */')
    ts.append(f'export const RGAMMA = [{", ".join(js_num(v) for v in rg)}];')
    ts.append('')
    with open(os.path.join(ROOT, 'native/special/bessel_tables.c'), 'w') as fh:
        fh.write('\n'.join(c) + '\n')
    with open(os.path.join(ROOT, 'src/special/bessel/tables.ts'), 'w') as fh:
        fh.write('\n'.join(ts) + '\n')


# ------------------------------------------------------------------------------------------------
# Reference values

def to_json_value(v):
    if mp.isnan(v):
        return 'nan'
    if mp.isinf(v):
        return 'inf' if v > 0 else '-inf'
    f = float(v)
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


def exact(fn, nu, x):
    nu = mp.mpf(nu)
    x = mp.mpf(x)
    isint = nu == mp.floor(nu)
    if fn in ('bessely', 'besselk') and x < 0:
        return mp.nan
    if x < 0 and not isint:
        return mp.nan
    if x == 0:
        # Only the unambiguous limits: J_0 = I_0 = 1, J_nu = I_nu = 0 (nu > 0 or an integer),
        # Y_nu = -Inf (nu >= 0), K_nu = +Inf. Other orders at 0 are left out (None).
        if fn in ('besselj', 'besseli'):
            return mp.mpf(1) if nu == 0 else (mp.mpf(0) if nu > 0 or isint else None)
        if fn == 'bessely':
            return -mp.inf if nu >= 0 else None
        return mp.inf
    f = {'besselj': mp.besselj, 'bessely': mp.bessely, 'besseli': mp.besseli, 'besselk': mp.besselk}[fn]
    # mpmath's hypergeometric sums can lose digits silently at large orders (besselk(859.4, 569.1)
    # is 9% off at 60 digits): accept a value only when two working precisions agree.
    v = None
    for dps in (60, 120, 240, 480):
        with mp.workdps(dps):
            w = f(nu, x)
        if v is not None and abs(w - v) <= abs(w) * mp.mpf(10) ** -30:
            v = w
            break
        v = w
    else:
        if v is not None:
            raise ValueError('no agreement between working precisions')
    if fn == 'besselk' and abs(nu) >= 30:
        # ... and besselk of large order can be wrong at every precision (besselk(859.4, 569.1)
        # is 9% off): there the value is kept only if the integral of exp(-x cosh t) cosh(nu t)
        # over t > 0 (split around the peak at sinh t = |nu|/x) agrees to 1e-7; else the point
        # is left out (the quadrature itself is not good to 16 digits everywhere).
        a = abs(nu)
        with mp.workdps(40):
            tp = mp.asinh(a / x)
            w = 1 / mp.sqrt(x * mp.cosh(tp))
            pts = [mp.mpf(0)] + [tp + k * w for k in range(-12, 61, 2) if tp + k * w > 0]
            q = mp.quad(lambda t: (mp.exp(a * t - x * mp.cosh(t)) + mp.exp(-a * t - x * mp.cosh(t))) / 2, pts)
        if not abs(q - v) <= abs(v) * mp.mpf(10) ** -7:
            raise ValueError('mpmath besselk disagrees with the quadrature')
    if mp.im(v) != 0 and abs(mp.im(v)) > abs(mp.re(v)) * mp.mpf(10) ** -40:
        return mp.nan
    return mp.re(v)


def write_ref():
    rnd = random.Random(20240611)
    for fn in ('besselj', 'bessely', 'besseli', 'besselk'):
        path = os.path.join(ROOT, 'test/data/reference', f'{fn}.jsonl')
        original = []
        with open(path) as fh:
            for line in fh:
                if line.strip():
                    original.append(json.loads(line))
        seen = {tuple(p['args']) for p in original}
        extra = []

        def add(nu, x):
            key = (float(nu), float(x))
            if key in seen:
                return
            seen.add(key)
            try:
                v = exact(fn, key[0], key[1])
            except ValueError:  # mpmath gave up (huge order): leave the point out
                return
            if v is not None:
                extra.append({'fn': fn, 'args': [key[0], key[1]], 'value': to_json_value(v)})

        oscill = fn in ('besselj', 'bessely')
        # Orders 0 and 1, the fast paths: piecewise range, branch edges, asymptotic range.
        for n in (0.0, 1.0):
            for x in (0.0, 1e-300, 1e-20, 1e-8, 0.25, 0.5, 7.999999999999999, 8.0, 8.000000000000002, 1e3, 1e10, 1e300):
                add(n, x)
            for _ in range(16):
                add(n, rnd.uniform(0, 8))
            for _ in range(8):
                add(n, rnd.uniform(8, 60))
            for _ in range(4):
                add(n, 10 ** rnd.uniform(1.8, 5))
        # Near the zeros (J and Y): the closest doubles and a few nearby points.
        if oscill:
            for n in (0, 1, 2, 2.5, 7.3):
                for k in (1, 2, 3, 6):
                    z = (mp.besseljzero if fn == 'besselj' else mp.besselyzero)(n, k)
                    add(n, float(z))
                    add(n, float(z) * (1 + 1e-9))
                    add(n, float(z) + 1e-3)
        # Integer orders 2..30 and negative x (integer orders only are real there).
        for _ in range(20):
            n = float(rnd.randint(2, 30))
            add(n, rnd.uniform(0.1, 60))
        for _ in range(10):
            n = float(rnd.randint(-12, 12))
            add(n, -rnd.uniform(0.1, 40))
        add(0.5, -1.0)  # NaN: non-integer order at x < 0
        # Half-integer orders (elementary closed forms) and negative real orders.
        for _ in range(12):
            add(rnd.randint(-6, 12) + 0.5, rnd.uniform(0.2, 40))
        for _ in range(16):
            add(-rnd.uniform(0, 15), rnd.uniform(0.2, 40))
        # Orders close to integers (Temme's method near mu = 0) and continuity.
        for n in (0, 1, 2, 5):
            for d in (1e-10, -1e-10, 1e-4):
                add(n + d, 1.7)
                add(n + d, 13.3)
        # Large order (Debye region), large x (Hankel region), tiny x.
        for _ in range(10):
            nu = rnd.uniform(30, 300)
            add(nu, nu * rnd.uniform(0.2, 1.8))
        for _ in range(12):
            nu = rnd.choice([float(rnd.randint(300, 1000)), rnd.uniform(300, 1000)])
            add(nu, nu * rnd.choice([rnd.uniform(0.3, 0.95), rnd.uniform(0.95, 1.05), rnd.uniform(1.05, 3)]))
        for _ in range(8):
            add(rnd.uniform(0, 10), rnd.uniform(100, 2000))
        for nu in (0.3, 2.0, 7.5, 40.2):
            add(nu, 1e-6)
            add(nu, 0.01)
        with open(path, 'w') as fh:
            for p in original + extra:
                fh.write(json.dumps(p) + '\n')
        print(f'{fn}: {len(original)} original + {len(extra)} new points', file=sys.stderr)


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'ref'
    if cmd == 'fit':
        write_fit()
    elif cmd == 'ref':
        write_ref()
    else:
        sys.exit(f'unknown command {cmd} (ref | fit)')
