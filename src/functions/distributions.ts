/**
 * Distribution helpers, written in the literal language itself, so that they simplify, CSE and
 * differentiate like any expression (SPEC §3): `<family>_<pdf|logpdf|cdf>(x, …)`, `_pmf` /
 * `_logpmf` for the discrete ones. Invalid parameters give NaN; outside the support the density
 * is 0 (its log -oo). Log-densities are computed in log space (no log of an underflowed pdf), and
 * cdfs with the complement that avoids cancellation.
 */

export const DISTRIBUTIONS: Readonly<Record<string, string>> = {
  // Normal(mu, sigma)
  normal_pdf: '(x, mu, sigma) => sigma > 0 ? exp(-((x - mu)/sigma)^2/2) / (sigma*sqrt(2*pi)) : nan',
  normal_logpdf: '(x, mu, sigma) => sigma > 0 ? -((x - mu)/sigma)^2/2 - log(sigma) - log(2*pi)/2 : nan',
  normal_cdf: '(x, mu, sigma) => sigma > 0 ? erfc((mu - x)/(sigma*sqrt(2)))/2 : nan',

  // LogNormal(mu, sigma) of the underlying normal
  lognormal_pdf:
    '(x, mu, sigma) => sigma > 0 ? (x > 0 ? exp(-((log(x) - mu)/sigma)^2/2) / (x*sigma*sqrt(2*pi)) : 0) : nan',
  lognormal_logpdf:
    '(x, mu, sigma) => sigma > 0 ? (x > 0 ? -((log(x) - mu)/sigma)^2/2 - log(x) - log(sigma) - log(2*pi)/2 : -oo) : nan',
  lognormal_cdf: '(x, mu, sigma) => sigma > 0 ? (x > 0 ? erfc((mu - log(x))/(sigma*sqrt(2)))/2 : 0) : nan',

  // Gamma(k shape, theta scale)
  gamma_logpdf:
    '(x, k, theta) => k > 0 && theta > 0 ? (x > 0 ? (k - 1)*log(x) - x/theta - lgamma(k) - k*log(theta) : x == 0 ? (k < 1 ? oo : k == 1 ? -log(theta) : -oo) : -oo) : nan',
  gamma_pdf:
    '(x, k, theta) => k > 0 && theta > 0 ? (x > 0 ? exp((k - 1)*log(x) - x/theta - lgamma(k) - k*log(theta)) : x == 0 ? (k < 1 ? oo : k == 1 ? 1/theta : 0) : 0) : nan',
  gamma_cdf: '(x, k, theta) => k > 0 && theta > 0 ? (x > 0 ? gammainc(k, x/theta) : 0) : nan',

  // Beta(a, b)
  beta_logpdf:
    '(x, a, b) => a > 0 && b > 0 ? (x > 0 && x < 1 ? (a - 1)*log(x) + (b - 1)*log1p(-x) - lbeta(a, b) : x == 0 ? (a < 1 ? oo : a == 1 ? log(b) : -oo) : x == 1 ? (b < 1 ? oo : b == 1 ? log(a) : -oo) : -oo) : nan',
  beta_pdf:
    '(x, a, b) => a > 0 && b > 0 ? (x > 0 && x < 1 ? exp((a - 1)*log(x) + (b - 1)*log1p(-x) - lbeta(a, b)) : x == 0 ? (a < 1 ? oo : a == 1 ? b : 0) : x == 1 ? (b < 1 ? oo : b == 1 ? a : 0) : 0) : nan',
  beta_cdf: '(x, a, b) => a > 0 && b > 0 ? (x <= 0 ? 0 : x >= 1 ? 1 : betainc(a, b, x)) : nan',

  // Student-t(nu)
  studentt_logpdf:
    '(x, nu) => nu > 0 ? lgamma((nu + 1)/2) - lgamma(nu/2) - log(nu*pi)/2 - (nu + 1)/2*log1p(x^2/nu) : nan',
  studentt_pdf:
    '(x, nu) => nu > 0 ? exp(lgamma((nu + 1)/2) - lgamma(nu/2) - log(nu*pi)/2 - (nu + 1)/2*log1p(x^2/nu)) : nan',
  // Near the centre (x² < ν) through I_t(1/2, ν/2) with t = x²/(ν + x²), which is accurate where
  // ν/(ν + x²) ≈ 1 would lose digits in 1 - z; in the tails through I_z(ν/2, 1/2).
  studentt_cdf:
    '(x, nu) => nu > 0 ? (x^2 < nu ? 1/2 + sign(x)*betainc(1/2, nu/2, x^2/(nu + x^2))/2 : x < 0 ? betainc(nu/2, 1/2, nu/(nu + x^2))/2 : 1 - betainc(nu/2, 1/2, nu/(nu + x^2))/2) : nan',

  // Exponential(lambda rate)
  exponential_pdf: '(x, lambda) => lambda > 0 ? (x >= 0 ? lambda*exp(-lambda*x) : 0) : nan',
  exponential_logpdf: '(x, lambda) => lambda > 0 ? (x >= 0 ? log(lambda) - lambda*x : -oo) : nan',
  exponential_cdf: '(x, lambda) => lambda > 0 ? (x > 0 ? -expm1(-lambda*x) : 0) : nan',

  // Cauchy(x0, gamma scale)
  cauchy_pdf: '(x, x0, gamma) => gamma > 0 ? 1/(pi*gamma*(1 + ((x - x0)/gamma)^2)) : nan',
  cauchy_logpdf: '(x, x0, gamma) => gamma > 0 ? -log(pi*gamma) - log1p(((x - x0)/gamma)^2) : nan',
  cauchy_cdf: '(x, x0, gamma) => gamma > 0 ? atan((x - x0)/gamma)/pi + 1/2 : nan',

  // Laplace(mu, b)
  laplace_pdf: '(x, mu, b) => b > 0 ? exp(-abs(x - mu)/b)/(2*b) : nan',
  laplace_logpdf: '(x, mu, b) => b > 0 ? -abs(x - mu)/b - log(2*b) : nan',
  laplace_cdf: '(x, mu, b) => b > 0 ? (x < mu ? exp((x - mu)/b)/2 : 1 - exp((mu - x)/b)/2) : nan',

  // Chi-squared(k)
  chisq_logpdf:
    '(x, k) => k > 0 ? (x > 0 ? (k/2 - 1)*log(x) - x/2 - lgamma(k/2) - k/2*log(2) : x == 0 ? (k < 2 ? oo : k == 2 ? -log(2) : -oo) : -oo) : nan',
  chisq_pdf:
    '(x, k) => k > 0 ? (x > 0 ? exp((k/2 - 1)*log(x) - x/2 - lgamma(k/2) - k/2*log(2)) : x == 0 ? (k < 2 ? oo : k == 2 ? 1/2 : 0) : 0) : nan',
  chisq_cdf: '(x, k) => k > 0 ? (x > 0 ? gammainc(k/2, x/2) : 0) : nan',

  // Weibull(k shape, lambda scale)
  weibull_logpdf:
    '(x, k, lambda) => k > 0 && lambda > 0 ? (x > 0 ? log(k/lambda) + (k - 1)*log(x/lambda) - (x/lambda)^k : x == 0 ? (k < 1 ? oo : k == 1 ? -log(lambda) : -oo) : -oo) : nan',
  weibull_pdf:
    '(x, k, lambda) => k > 0 && lambda > 0 ? (x > 0 ? k/lambda*(x/lambda)^(k - 1)*exp(-(x/lambda)^k) : x == 0 ? (k < 1 ? oo : k == 1 ? 1/lambda : 0) : 0) : nan',
  weibull_cdf: '(x, k, lambda) => k > 0 && lambda > 0 ? (x > 0 ? -expm1(-(x/lambda)^k) : 0) : nan',

  // Poisson(lambda), k = 0, 1, 2, …
  poisson_logpmf:
    '(k, lambda) => lambda >= 0 ? (k >= 0 && k == floor(k) ? (lambda == 0 ? (k == 0 ? 0 : -oo) : k*log(lambda) - lambda - lgamma(k + 1)) : -oo) : nan',
  poisson_pmf:
    '(k, lambda) => lambda >= 0 ? (k >= 0 && k == floor(k) ? (lambda == 0 ? (k == 0 ? 1 : 0) : exp(k*log(lambda) - lambda - lgamma(k + 1))) : 0) : nan',
  poisson_cdf: '(k, lambda) => lambda >= 0 ? (k >= 0 ? (lambda == 0 ? 1 : gammaincc(floor(k) + 1, lambda)) : 0) : nan',

  // Binomial(n, p), k = 0 … n
  binomial_logpmf:
    '(k, n, p) => n >= 0 && n == floor(n) && p >= 0 && p <= 1 ? (k >= 0 && k <= n && k == floor(k) ? (p == 0 ? (k == 0 ? 0 : -oo) : p == 1 ? (k == n ? 0 : -oo) : lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k*log(p) + (n - k)*log1p(-p)) : -oo) : nan',
  binomial_pmf:
    '(k, n, p) => n >= 0 && n == floor(n) && p >= 0 && p <= 1 ? (k >= 0 && k <= n && k == floor(k) ? (p == 0 ? (k == 0 ? 1 : 0) : p == 1 ? (k == n ? 1 : 0) : exp(lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k*log(p) + (n - k)*log1p(-p))) : 0) : nan',
  binomial_cdf:
    '(k, n, p) => n >= 0 && n == floor(n) && p >= 0 && p <= 1 ? (k < 0 ? 0 : k >= n ? 1 : p == 0 ? 1 : p == 1 ? 0 : betainc(n - floor(k), floor(k) + 1, 1 - p)) : nan',
};
