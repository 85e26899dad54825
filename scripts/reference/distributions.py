#!/usr/bin/env python3
"""Reference values for the distribution helpers (SPEC §3): <family>_<pdf|logpdf|cdf>, _pmf/_logpmf
for the discrete ones, computed with mpmath at 60 digits and rounded to the nearest double.

    /usr/bin/python3 scripts/reference/distributions.py > test/data/distributions.jsonl

One JSON object a line: {"fn": "normal_pdf", "args": [x, mu, sigma], "value": v} with v a number or
"nan" / "inf" / "-inf". Deterministic (fixed seed). Points cover the bulk, both tails and the
support's edges; parameters are drawn from their usual ranges, plus a few invalid ones (NaN).
"""
import json
import random
import mpmath as mp

mp.mp.dps = 60
rng = random.Random(20261126)


def enc(v):
    if isinstance(v, str):
        return v
    v = mp.mpf(v)
    if mp.isnan(v):
        return "nan"
    if mp.isinf(v):
        return "inf" if v > 0 else "-inf"
    f = float(v)
    if f == 0.0 and v != 0:
        return 0.0 if v > 0 else -0.0
    return f


def d(x):
    """A random value as an exact double."""
    return float(x)


def log_or(v):
    return mp.log(v) if v > 0 else mp.mpf("-inf")


rows = []


def emit(fn, args, value):
    rows.append({"fn": fn, "args": [d(a) for a in args], "value": enc(value)})


def family(name, draw, pdf, cdf, logpdf=None, discrete=False, count=60):
    dens = "pmf" if discrete else "pdf"
    for _ in range(count):
        args = draw()
        x, params = args[0], args[1:]
        xs, ps = mp.mpf(x), [mp.mpf(p) for p in params]
        p = pdf(xs, *ps)
        emit(f"{name}_{dens}", args, p)
        emit(f"{name}_log{dens}", args, logpdf(xs, *ps) if logpdf else log_or(p))
        emit(f"{name}_cdf", args, cdf(xs, *ps))


def u(a, b):
    return rng.uniform(a, b)


def lu(a, b):
    """Log-uniform in [a, b]."""
    return float(mp.e ** mp.mpf(rng.uniform(float(mp.log(a)), float(mp.log(b)))))


# Normal(mu, sigma)
def normal_pdf(x, mu, s):
    return mp.exp(-((x - mu) / s) ** 2 / 2) / (s * mp.sqrt(2 * mp.pi))


def normal_logpdf(x, mu, s):
    return -((x - mu) / s) ** 2 / 2 - mp.log(s) - mp.log(2 * mp.pi) / 2


family("normal", lambda: [u(-40, 40) if rng.random() < 0.3 else u(-5, 5), u(-2, 2), lu(0.1, 10)],
       normal_pdf, lambda x, mu, s: mp.ncdf(x, mu, s), normal_logpdf)

# LogNormal(mu, sigma)
family("lognormal", lambda: [lu(1e-3, 1e3), u(-1, 1), lu(0.1, 3)],
       lambda x, mu, s: normal_pdf(mp.log(x), mu, s) / x if x > 0 else 0,
       lambda x, mu, s: mp.ncdf(mp.log(x), mu, s) if x > 0 else 0,
       lambda x, mu, s: normal_logpdf(mp.log(x), mu, s) - mp.log(x) if x > 0 else mp.mpf("-inf"))

# Gamma(k, theta)
def gamma_pdf(x, k, t):
    if x < 0:
        return mp.mpf(0)
    return x ** (k - 1) * mp.exp(-x / t) / (mp.gamma(k) * t ** k)


def gamma_logpdf(x, k, t):
    if x <= 0:
        return log_or(gamma_pdf(x, k, t))
    return (k - 1) * mp.log(x) - x / t - mp.loggamma(k) - k * mp.log(t)


family("gamma", lambda: [lu(1e-3, 100), lu(0.2, 20), lu(0.2, 5)], gamma_pdf,
       lambda x, k, t: mp.gammainc(k, 0, x / t, regularized=True) if x > 0 else 0, gamma_logpdf)

# Beta(a, b)
def beta_pdf(x, a, b):
    if x <= 0 or x >= 1:
        return mp.mpf(0)
    return x ** (a - 1) * (1 - x) ** (b - 1) / mp.beta(a, b)


family("beta", lambda: [u(0.001, 0.999), lu(0.3, 30), lu(0.3, 30)], beta_pdf,
       lambda x, a, b: mp.betainc(a, b, 0, x, regularized=True),
       lambda x, a, b: (a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x) - mp.log(mp.beta(a, b)))

# Student-t(nu)
def t_pdf(x, nu):
    return mp.gamma((nu + 1) / 2) / (mp.sqrt(nu * mp.pi) * mp.gamma(nu / 2)) * (1 + x * x / nu) ** (-(nu + 1) / 2)


def t_cdf(x, nu):
    tail = mp.betainc(nu / 2, mp.mpf(1) / 2, 0, nu / (nu + x * x), regularized=True) / 2
    return tail if x < 0 else 1 - tail


family("studentt", lambda: [u(-30, 30) if rng.random() < 0.3 else u(-4, 4), lu(0.5, 50)], t_pdf, t_cdf)

# Exponential(lambda)
family("exponential", lambda: [lu(1e-3, 50), lu(0.1, 10)],
       lambda x, l: l * mp.exp(-l * x) if x >= 0 else 0,
       lambda x, l: 1 - mp.exp(-l * x) if x > 0 else 0,
       lambda x, l: mp.log(l) - l * x)

# Cauchy(x0, gamma)
family("cauchy", lambda: [u(-100, 100), u(-2, 2), lu(0.1, 10)],
       lambda x, x0, g: 1 / (mp.pi * g * (1 + ((x - x0) / g) ** 2)),
       lambda x, x0, g: mp.atan((x - x0) / g) / mp.pi + mp.mpf(1) / 2)

# Laplace(mu, b)
family("laplace", lambda: [u(-30, 30), u(-2, 2), lu(0.1, 5)],
       lambda x, mu, b: mp.exp(-abs(x - mu) / b) / (2 * b),
       lambda x, mu, b: mp.exp((x - mu) / b) / 2 if x < mu else 1 - mp.exp(-(x - mu) / b) / 2,
       lambda x, mu, b: -abs(x - mu) / b - mp.log(2 * b))

# Chi-squared(k)
family("chisq", lambda: [lu(1e-3, 100), lu(0.5, 40)],
       lambda x, k: gamma_pdf(x, k / 2, 2),
       lambda x, k: mp.gammainc(k / 2, 0, x / 2, regularized=True) if x > 0 else 0,
       lambda x, k: gamma_logpdf(x, k / 2, 2))

# Weibull(k, lambda)
def weibull_pdf(x, k, l):
    if x < 0:
        return mp.mpf(0)
    return k / l * (x / l) ** (k - 1) * mp.exp(-((x / l) ** k))


family("weibull", lambda: [lu(1e-3, 20), lu(0.3, 5), lu(0.3, 5)], weibull_pdf,
       lambda x, k, l: 1 - mp.exp(-((x / l) ** k)) if x > 0 else 0,
       lambda x, k, l: mp.log(k / l) + (k - 1) * mp.log(x / l) - (x / l) ** k)

# Poisson(lambda): k integer
def poisson_pmf(k, l):
    if k < 0 or k != mp.floor(k):
        return mp.mpf(0)
    return mp.exp(k * mp.log(l) - l - mp.loggamma(k + 1))


family("poisson", lambda: [float(rng.randint(0, 60)), lu(0.1, 40)], poisson_pmf,
       lambda k, l: mp.gammainc(mp.floor(k) + 1, l, mp.inf, regularized=True) if k >= 0 else 0, discrete=True)

# Binomial(n, p): k integer in 0..n
def binomial_pmf(k, n, p):
    if k < 0 or k > n or k != mp.floor(k):
        return mp.mpf(0)
    return mp.binomial(n, k) * p ** k * (1 - p) ** (n - k)


def binomial_cdf(k, n, p):
    if k < 0:
        return mp.mpf(0)
    return mp.fsum(binomial_pmf(mp.mpf(j), n, p) for j in range(0, int(min(k, n)) + 1))


def draw_binomial():
    n = rng.randint(1, 80)
    return [float(rng.randint(0, n)), float(n), u(0.01, 0.99)]


family("binomial", draw_binomial, binomial_pmf, binomial_cdf, discrete=True)

# Edges and invalid parameters: zero density outside the support, NaN for invalid parameters.
emit("exponential_pdf", [-1.0, 2.0], 0)
emit("exponential_logpdf", [-1.0, 2.0], "-inf")
emit("exponential_cdf", [-1.0, 2.0], 0)
emit("normal_pdf", [0.0, 0.0, -1.0], "nan")
emit("normal_cdf", [0.0, 0.0, 0.0], "nan")
emit("gamma_pdf", [0.0, 1.0, 2.0], mp.mpf(1) / 2)
emit("gamma_pdf", [0.0, 0.5, 2.0], "inf")
emit("gamma_pdf", [0.0, 3.0, 2.0], 0)
emit("beta_pdf", [0.0, 1.0, 3.0], 3)
emit("beta_pdf", [1.0, 2.0, 1.0], 2)
emit("beta_cdf", [1.5, 2.0, 3.0], 1)
emit("poisson_pmf", [2.5, 3.0], 0)
emit("poisson_pmf", [0.0, 0.0], 1)
emit("binomial_pmf", [3.0, 2.0, 0.5], 0)
emit("lognormal_pdf", [-1.0, 0.0, 1.0], 0)
emit("lognormal_cdf", [0.0, 0.0, 1.0], 0)

for r in rows:
    print(json.dumps(r))
