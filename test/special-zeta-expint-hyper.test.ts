/**
 * zeta, hurwitz_zeta, E1, Ei, expint, hyp0f1, hyp1f1, hyp2f1: special values, closed forms,
 * identities (functional equations, recurrences, transformations), continuity across the branch
 * thresholds of the algorithms, and JS/native agreement on a random sample. Accuracy against
 * mpmath is in test/accuracy.test.ts (bounds: test/data/accuracy-bounds/zeta-expint-hyper.json,
 * references: scripts/reference/zeta_expint_hyper.py).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E1, Ei, expint, hurwitz_zeta, hyp0f1, hyp1f1, hyp2f1, zeta } from '../src/special/incomplete/index.js';
import { evaluateNative, type Point } from './accuracy/measure.js';
import { rng } from './helpers.js';


const close = (got: number, want: number, rel: number, what: string) =>
  assert.ok(Math.abs(got - want) <= rel * Math.abs(want), `${what}: got ${got}, want ${want} (rel ${Math.abs(got - want) / Math.abs(want)}, tol ${rel})`);

const isNaN = (v: number, what: string) => assert.ok(Number.isNaN(v), `${what}: got ${v}, want NaN`);

const next = (x: number) => (x === 0 ? 5e-324 : x + Math.abs(x) * 2 ** -52);
const prev = (x: number) => (x === 0 ? -5e-324 : x - Math.abs(x) * 2 ** -52);

/**
 * f is continuous across t: the values at the neighbouring doubles differ from f(t) by no more
 * than the slope explains (f' by a central difference) plus `rel` relative.
 */
function continuous(f: (x: number) => number, t: number, rel: number, what: string) {
  const h = 1e-6 * Math.max(1, Math.abs(t));
  const slope = Math.abs((f(t + h) - f(t - h)) / (2 * h));
  const b = f(t);
  for (const x of [prev(t), next(t)]) {
    const v = f(x);
    const allowed = rel * Math.abs(b) + 1.5 * slope * Math.abs(x - t);
    assert.ok(Math.abs(v - b) <= allowed, `${what} at ${x}: ${v}, at ${t}: ${b} (diff ${Math.abs(v - b)}, allowed ${allowed})`);
  }
}

test('zeta: special values, poles, trivial zeros', () => {
  isNaN(zeta(NaN), 'zeta(NaN)');
  isNaN(zeta(-Infinity), 'zeta(-inf)');
  assert.equal(zeta(Infinity), 1);
  assert.equal(zeta(1), Infinity);
  assert.equal(zeta(0), -0.5);
  assert.equal(zeta(-0), -0.5);
  for (let n = 1; n <= 200; n++) assert.ok(Object.is(zeta(-2 * n), 0), `zeta(${-2 * n}) is +0`);
  assert.ok(Object.is(zeta(-1e300), 0), 'zeta(-1e300) (an even integer)');
  close(zeta(2), Math.PI ** 2 / 6, 2.3e-16, 'zeta(2)');
  close(zeta(4), Math.PI ** 4 / 90, 2.3e-16, 'zeta(4)');
  close(zeta(6), Math.PI ** 6 / 945, 2.3e-16, 'zeta(6)');
  close(zeta(3), 1.2020569031595942, 2.3e-16, 'zeta(3)');
  close(zeta(0.5), -1.4603545088095868, 4.5e-16, 'zeta(1/2)');
  close(zeta(-1), -1 / 12, 4.5e-16, 'zeta(-1)');
  close(zeta(-3), 1 / 120, 4.5e-16, 'zeta(-3)');
  close(zeta(-5), -1 / 252, 4.5e-16, 'zeta(-5)');
  close(zeta(-13), -1 / 12, 4.5e-16, 'zeta(-13)');
  assert.equal(zeta(60), 1 + 2 ** -60);
  assert.equal(zeta(1e300), 1);
  // near the pole: zeta(1 + h) = 1/h + gamma + O(h)
  close(zeta(1 + 2 ** -30), 2 ** 30 + 0.5772156649015329, 1e-16, 'zeta(1 + 2^-30)');
  close(zeta(1 - 2 ** -30), -(2 ** 30) + 0.5772156649015329, 1e-16, 'zeta(1 - 2^-30)');
  // overflow far left (below s ~ -260), with the sign of sin(pi s / 2)
  assert.equal(zeta(-401), -Infinity);
  assert.equal(zeta(-403), Infinity);
  assert.equal(zeta(-260.5), -Infinity);
  close(zeta(-250.5), 1.31064501494343e293, 1e-14, 'zeta(-250.5)');
});

test('zeta: continuity across the algorithm thresholds', () => {
  for (const t of [-0.5, 4, 8, 16, 32]) continuous(zeta, t, 4e-16, 'zeta');
  // across the reflection's internal switches (x = 1 - s = 10 and 150)
  for (const t of [-9, -149]) continuous(zeta, t + 0.25, 1e-15, 'zeta');
});

test('zeta: functional equation at random points', () => {
  // Γ(y) for 2 < y < 10 by Stirling at y + 20 and downward recurrence (independent of the code under test)
  const gammaRef = (y: number) => {
    const z = y + 20;
    let g = Math.exp((z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * z) - 1 / (360 * z ** 3) + 1 / (1260 * z ** 5) - 1 / (1680 * z ** 7) + 1 / (1188 * z ** 9));
    for (let k = 0; k < 20; k++) g /= y + k;
    return g;
  };
  const r = rng(1);
  for (let i = 0; i < 200; i++) {
    const s = -1 - 8 * r();
    const want = 2 ** s * Math.PI ** (s - 1) * Math.sin((Math.PI * s) / 2) * gammaRef(1 - s) * zeta(1 - s);
    assert.ok(Math.abs(zeta(s) - want) <= 1e-13 * Math.abs(want) + 1e-16, `zeta(${s}) = ${zeta(s)}, functional equation ${want}`);
  }
});

test('E1, Ei: special values and domain', () => {
  isNaN(E1(NaN), 'E1(NaN)');
  isNaN(E1(-1), 'E1(-1)');
  isNaN(E1(-Infinity), 'E1(-inf)');
  assert.equal(E1(0), Infinity);
  assert.equal(E1(-0), Infinity);
  assert.ok(Object.is(E1(Infinity), 0));
  assert.equal(E1(800), 0);
  close(E1(1), 0.21938393439552029, 2.3e-16, 'E1(1)');
  close(E1(1e-300), 690.1983122333121, 2.3e-16, 'E1(1e-300)');
  isNaN(Ei(NaN), 'Ei(NaN)');
  assert.equal(Ei(0), -Infinity);
  assert.equal(Ei(-0), -Infinity);
  assert.equal(Ei(Infinity), Infinity);
  assert.ok(Object.is(Ei(-Infinity), -0));
  assert.equal(Ei(717), Infinity);
  close(Ei(1), 1.8951178163559368, 2.3e-16, 'Ei(1)');
  close(Ei(716), 1.2605029106040894e308, 1e-15, 'Ei(716)');
  // the zero of Ei keeps relative accuracy: Ei(x0_hi) = Ei'(x0) (x0_hi - x0) with x0 - x0_hi = 1.314e-17
  close(Ei(0.3725074107813666), -1.314018341438603e-17 * 3.896215733907167, 1e-14, 'Ei at its zero');
});

test('E1, Ei: reflection and continuity across thresholds', () => {
  const r = rng(2);
  for (let i = 0; i < 200; i++) {
    const x = 10 ** (6 * r() - 3);
    assert.equal(Ei(-x), -E1(x), `Ei(-${x})`);
  }
  for (const t of [1, 2, 4, 16, 64, 700]) continuous(E1, t, 4.5e-16, 'E1');
  for (const t of [4, 8, 16, 32, 64, 700]) continuous(Ei, t, 4.5e-16, 'Ei');
  continuous(Ei, 0.3725074107813666 * 1.5, 4.5e-16, 'Ei (log1p switch)');
  continuous(Ei, 0.3725074107813666 * 0.5, 4.5e-16, 'Ei (log1p switch)');
});

test('expint: special values, closed forms and the recurrence', () => {
  isNaN(expint(NaN, 1), 'expint(NaN, 1)');
  isNaN(expint(2, NaN), 'expint(2, NaN)');
  // Non-integer order: E_ν(x) = x^(ν−1) Γ(1−ν, x); references from mpmath.expint (30 digits).
  close(expint(2.5, 1), 0.12648781959325442094, 1e-14, 'expint(2.5, 1)');
  close(expint(0.5, 0.1), 3.6697045911267448852, 1e-14, 'expint(0.5, 0.1)');
  close(expint(-1.5, 1.5), 0.33767375267652834104, 1e-14, 'expint(-1.5, 1.5)');
  close(expint(3.7, 0.01), 0.36455629452869684769, 1e-14, 'expint(3.7, 0.01)');
  close(expint(2.5, 3), 0.0097181552437840162371, 1e-14, 'expint(2.5, 3) (continued fraction)');
  isNaN(expint(2.5, -1), 'expint(2.5, -1)');
  isNaN(expint(Infinity, 1), 'expint(inf, 1)');
  isNaN(expint(2, -1), 'expint(2, -1)');
  isNaN(expint(1, -1), 'expint(1, -1)');
  assert.equal(expint(2, 0), 1);
  assert.equal(expint(5, 0), 0.25);
  assert.equal(expint(1, 0), Infinity);
  assert.equal(expint(0, 0), Infinity);
  assert.equal(expint(-3, 0), Infinity);
  assert.ok(Object.is(expint(7, Infinity), 0));
  assert.equal(expint(-2, -Infinity), -Infinity);
  const r = rng(3);
  for (let i = 0; i < 300; i++) {
    const x = 10 ** (5 * r() - 2);
    assert.equal(expint(1, x), E1(x));
    close(expint(0, x), Math.exp(-x) / x, 2.3e-16, `expint(0, ${x})`);
    close(expint(-1, x), Math.exp(-x) * (1 / x + 1 / (x * x)), 5e-16, `expint(-1, ${x})`);
    // E_{n+1}(x) = (e^-x - x E_n(x)) / n, checked where it is well conditioned (x <= n)
    const n = 2 + Math.floor(60 * r());
    if (x <= n) close(expint(n + 1, x), (Math.exp(-x) - x * expint(n, x)) / n, 2e-15, `recurrence at n = ${n}, x = ${x}`);
  }
  // continuity across the switches between recurrence, series and continued fraction
  for (const n of [2, 5, 29, 30, 64, 65]) for (const t of [1, 2]) continuous((x) => expint(n, x), t, 6e-16, `expint(${n}, .)`);
});

test('hurwitz_zeta: special values, identities with zeta, shifts', () => {
  isNaN(hurwitz_zeta(NaN, 1), 'hurwitz_zeta(NaN, 1)');
  isNaN(hurwitz_zeta(2, NaN), 'hurwitz_zeta(2, NaN)');
  assert.equal(hurwitz_zeta(1, 2), Infinity);
  isNaN(hurwitz_zeta(2, 0), 'pole at a = 0');
  isNaN(hurwitz_zeta(2, -3), 'pole at a = -3');
  isNaN(hurwitz_zeta(2.5, -0.5), 'complex for a < 0, s not an integer');
  isNaN(hurwitz_zeta(-0.5, 0.3), 'not implemented: s < 0 non-integer, small a');
  assert.equal(hurwitz_zeta(Infinity, 2), 0);
  assert.equal(hurwitz_zeta(Infinity, 1), 1);
  assert.equal(hurwitz_zeta(Infinity, 0.5), Infinity);
  assert.equal(hurwitz_zeta(2, Infinity), 0);
  close(hurwitz_zeta(2, 1), Math.PI ** 2 / 6, 2.3e-16, 'zeta(2, 1)');
  close(hurwitz_zeta(2, 0.5), Math.PI ** 2 / 2, 2.3e-16, 'zeta(2, 1/2) = 3 zeta(2)');
  close(hurwitz_zeta(0, 0.3), 0.5 - 0.3, 1e-15, 'zeta(0, a) = 1/2 - a');
  close(hurwitz_zeta(-1, 0.25), -(0.25 ** 2 - 0.25 + 1 / 6) / 2, 1e-15, 'zeta(-1, a) = -B_2(a)/2');
  close(hurwitz_zeta(2, -0.5), 4 + Math.PI ** 2 / 2, 1e-15, 'zeta(2, -1/2) = 4 + zeta(2, 1/2)');
  const r = rng(5);
  for (let i = 0; i < 300; i++) {
    const s = 1 + 10 ** (3 * r() - 2) * 5;
    const a = 10 ** (4 * r() - 2);
    // zeta(s, a) = a^-s + zeta(s, a + 1)
    close(hurwitz_zeta(s, a), a ** -s + hurwitz_zeta(s, a + 1), 2e-15, `shift at s = ${s}, a = ${a}`);
    // zeta(s, 1) = zeta(s)
    close(hurwitz_zeta(s, 1), zeta(s), 1e-15, `zeta(${s}, 1)`);
    // duplication: zeta(s, a) + zeta(s, a + 1/2) = 2^s zeta(s, 2a)
    close(hurwitz_zeta(s, a) + hurwitz_zeta(s, a + 0.5), 2 ** s * hurwitz_zeta(s, 2 * a), 2e-15, `duplication at s = ${s}, a = ${a}`);
  }
  // continuity where the direct sum hands over to Euler-Maclaurin (w = 9 + 0.6 s)
  for (const s of [2, 5, 20]) continuous((a) => hurwitz_zeta(s, a), 9 + 0.6 * s, 1e-15, `hurwitz_zeta(${s}, .)`);
});

test('hyp2f1: special values, poles, branch cut', () => {
  isNaN(hyp2f1(NaN, 1, 2, 0.5), 'NaN a');
  isNaN(hyp2f1(1, 1, 2, NaN), 'NaN z');
  assert.equal(hyp2f1(1, 2, 3, 0), 1);
  assert.equal(hyp2f1(0, 2, 3, 0.7), 1);
  assert.equal(hyp2f1(1, 0, -3, 0.7), 1);
  isNaN(hyp2f1(1, 1, -2, 0.5), 'pole c = -2');
  isNaN(hyp2f1(1, 1, 0, 0.5), 'pole c = 0');
  close(hyp2f1(-2, 1, -5, 0.5), 1 + (-2 * 1 * 0.5) / -5 + ((-2 * -1 * 1 * 2) / (-5 * -4 * 2)) * 0.25, 1e-15, 'terminates before the pole');
  isNaN(hyp2f1(1, 1, 2, 1.5), 'branch cut z > 1');
  close(hyp2f1(-3, 2.5, 1.5, 5), 1 - 3 * (2.5 / 1.5) * 5 + 3 * ((2.5 * 3.5) / (1.5 * 2.5)) * 25 - ((2.5 * 3.5 * 4.5) / (1.5 * 2.5 * 3.5)) * 125, 1e-15, 'polynomial beyond z = 1');
  // Gauss's sum at z = 1
  close(hyp2f1(1, 1, 3, 1), 2, 1e-15, 'F(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2))');
  assert.equal(hyp2f1(1, 1, 2, 1), Infinity);
  assert.equal(hyp2f1(0.5, 1, 1.5, -Infinity), 0);
});

test('hyp2f1: Student-t and Beta closed forms', () => {
  const r = rng(6);
  for (let i = 0; i < 300; i++) {
    const x = (r() < 0.5 ? 1 : -1) * 10 ** (7 * r() - 3);
    // nu = 1: F(1/2, 1; 3/2; -x^2) = atan(x)/x; nu = 2: F(1/2, 3/2; 3/2; -x^2/2) = (1 + x^2/2)^(-1/2)
    close(hyp2f1(0.5, 1, 1.5, -x * x), Math.atan(x) / x, 2e-15, `Cauchy at x = ${x}`);
    close(hyp2f1(0.5, 1.5, 1.5, (-x * x) / 2), 1 / Math.sqrt(1 + (x * x) / 2), 2e-15, `nu = 2 at x = ${x}`);
    // nu = 3: F(1/2, 2; 3/2; -x^2/3) = (1/2)[atan(t)/t + 1/(1 + t^2)], t = x/sqrt(3)
    const t = x / Math.sqrt(3);
    close(hyp2f1(0.5, 2, 1.5, (-x * x) / 3), 0.5 * (Math.atan(t) / t + 1 / (1 + t * t)), 4e-15, `nu = 3 at x = ${x}`);
    // Beta cdf with integer b = 3: F(a, -2; a + 1; y) = 1 - 2a y/(a + 1) + a y^2/(a + 2)
    const a = 0.1 + 20 * r();
    const y = r();
    close(hyp2f1(a, -2, a + 1, y), 1 - (2 * a * y) / (a + 1) + (a * y * y) / (a + 2), 1e-14, `Beta a = ${a}, y = ${y}`);
  }
});

test('hyp2f1: continuity through the degenerate cases (c - a - b or b - a an integer)', () => {
  for (const nu of [2, 4, 10, 50]) {
    for (const x of [0.5, 3, 40, 1e5]) {
      const at = hyp2f1(0.5, (nu + 1) / 2, 1.5, (-x * x) / nu);
      for (const d of [1e-13, 1e-9, 1e-5, 1e-3]) {
        for (const v of [nu - d, nu + d]) {
          const near = hyp2f1(0.5, (v + 1) / 2, 1.5, (-x * x) / v);
          assert.ok(Math.abs(near - at) <= 2e-15 * Math.abs(at) + 10 * d * Math.abs(at) * Math.max(1, Math.log(1 + x * x)), `nu = ${v}, x = ${x}: ${near} vs ${at}`);
        }
      }
    }
  }
  // z near 1 with c - a - b = m + eps
  for (const m of [-2, -1, 0, 1, 3]) {
    const at = hyp2f1(1.3, 1.7, 3 + m, 0.99);
    for (const d of [1e-12, 1e-6]) close(hyp2f1(1.3, 1.7, 3 + m + d, 0.99), at, 1e-13 + 100 * d, `c - a - b = ${m} + ${d}`);
  }
});

test('hyp2f1: Euler and Pfaff transformations hold at random points', () => {
  const r = rng(7);
  for (let i = 0; i < 300; i++) {
    const a = 4 * r();
    const b = 4 * r();
    const c = 0.5 + 5 * r();
    const z = -20 * r() ** 2 + 0.95 * r();
    const f = hyp2f1(a, b, c, z);
    close(hyp2f1(b, a, c, z), f, 1e-14, `symmetry at ${[a, b, c, z]}`);
    if (z < 1) close((1 - z) ** (c - a - b) * hyp2f1(c - a, c - b, c, z), f, 4e-14, `Euler at ${[a, b, c, z]}`);
    if (z < 0.5) close((1 - z) ** -a * hyp2f1(a, c - b, c, z / (z - 1)), f, 4e-14, `Pfaff at ${[a, b, c, z]}`);
  }
});

test('hyp1f1: special values, closed forms, Kummer transformation, recurrence', () => {
  isNaN(hyp1f1(NaN, 1, 1), 'NaN a');
  isNaN(hyp1f1(1, 1, NaN), 'NaN z');
  assert.equal(hyp1f1(0, 2, 5), 1);
  assert.equal(hyp1f1(2, 3, 0), 1);
  isNaN(hyp1f1(1, -2, 1), 'pole b = -2');
  isNaN(hyp1f1(1, 0, 1), 'pole b = 0');
  close(hyp1f1(-2, -3, 2), 1 + (-2 / -3) * 2 + ((-2 * -1) / (-3 * -2)) * 2, 1e-15, 'terminates before the pole');
  assert.equal(hyp1f1(2.5, 2.5, 1.7), Math.exp(1.7));
  assert.equal(hyp1f1(1, 2, Infinity), Infinity);
  assert.equal(hyp1f1(1, 2, -Infinity), 0);
  const r = rng(8);
  for (let i = 0; i < 300; i++) {
    const z = (r() < 0.5 ? -1 : 1) * 10 ** (4 * r() - 2);
    // M(1, 2, z) = (e^z - 1)/z; Laguerre L_2(z) = M(-2, 1, z) = 1 - 2z + z^2/2
    close(hyp1f1(1, 2, z), Math.expm1(z) / z, 3e-15, `M(1, 2, ${z})`);
    const x = 20 * r() - 10;
    close(hyp1f1(-2, 1, x), 1 - 2 * x + (x * x) / 2, 1e-13, `L_2(${x})`);
    const a = 10 * r() - 5;
    const b = 0.5 + 10 * r();
    const y = 60 * r() - 30;
    const m = hyp1f1(a, b, y);
    // Kummer: M(a, b, z) = e^z M(b - a, b, -z)
    close(Math.exp(y) * hyp1f1(b - a, b, -y), m, 2e-14, `Kummer at ${[a, b, y]}`);
    // (b - a) M(a - 1) + (2a - b + z) M(a) - a M(a + 1) = 0, where its terms do not cancel much
    const terms = [(b - a) * hyp1f1(a - 1, b, y), (2 * a - b + y) * m, -a * hyp1f1(a + 1, b, y)];
    const scale = Math.max(...terms.map(Math.abs));
    assert.ok(Math.abs(terms[0] + terms[1] + terms[2]) <= 1e-13 * scale, `recurrence in a at ${[a, b, y]}: ${terms}`);
  }
  // continuity where the algorithm changes (asymptotic from z = 30 + 2(|a| + |b|); series / Kummer at z = -1)
  continuous((z) => hyp1f1(0.5, 1.5, z), 34, 1e-14, 'hyp1f1(0.5, 1.5, .)');
  continuous((z) => hyp1f1(0.5, 1.5, z), -34, 1e-14, 'hyp1f1(0.5, 1.5, .)');
  continuous((z) => hyp1f1(2.5, 1.5, z), -1, 1e-14, 'hyp1f1(2.5, 1.5, .)');
});

test('hyp0f1: special values, Bessel closed forms, recurrence', () => {
  isNaN(hyp0f1(NaN, 1), 'NaN b');
  isNaN(hyp0f1(1, NaN), 'NaN z');
  assert.equal(hyp0f1(2.5, 0), 1);
  isNaN(hyp0f1(0, 1), 'pole b = 0');
  isNaN(hyp0f1(-3, 1), 'pole b = -3');
  assert.equal(hyp0f1(1, Infinity), Infinity);
  assert.equal(hyp0f1(1, -Infinity), 0);
  const r = rng(9);
  for (let i = 0; i < 300; i++) {
    const x = 10 ** (5 * r() - 3);
    // 0F1(; 1/2; x^2/4) = cosh x, 0F1(; 3/2; x^2/4) = sinh(x)/x; with -x^2/4: cos x, sin(x)/x
    if (x < 700) close(hyp0f1(0.5, (x * x) / 4), Math.cosh(x), 1e-14, `cosh at ${x}`);
    if (x < 700) close(hyp0f1(1.5, (x * x) / 4), Math.sinh(x) / x, 1e-14, `sinh at ${x}`);
    // the oscillating side: absolute error against the envelope (x times the rounding of x^2/4)
    const tol = 4e-16 * (1 + x);
    assert.ok(Math.abs(hyp0f1(0.5, (-x * x) / 4) - Math.cos(x)) <= tol, `cos at ${x}: ${hyp0f1(0.5, (-x * x) / 4)} vs ${Math.cos(x)}`);
    assert.ok(Math.abs(hyp0f1(1.5, (-x * x) / 4) - Math.sin(x) / x) <= tol / Math.max(1, x), `sin(x)/x at ${x}`);
    // b(b - 1) F(b - 1) - b(b - 1) F(b) - z F(b + 1) = 0
    const b = 1.5 + 10 * r();
    const z = 200 * r() - 100;
    const terms = [b * (b - 1) * hyp0f1(b - 1, z), -b * (b - 1) * hyp0f1(b, z), -z * hyp0f1(b + 1, z)];
    const scale = Math.max(...terms.map(Math.abs));
    assert.ok(Math.abs(terms[0] + terms[1] + terms[2]) <= 1e-13 * scale, `recurrence in b at ${[b, z]}: ${terms}`);
  }
  // continuity where the algorithm changes (x = 2 sqrt|z| = 25 and 35)
  for (const t of [156.25, -156.25, 306.25, -306.25]) continuous((z) => hyp0f1(2.5, z), t, 1e-14, 'hyp0f1(2.5, .)');
});

/** JS and native backends agree to within `rel` (or `abs`) at random points. */
async function agree(fn: string, points: number[][], rel: number, abs = 0) {
  const pts: Point[] = points.map((args) => ({ args, value: 0 }));
  const native = (await evaluateNative([{ fn, points: pts }])).get(fn)!;
  const { FUNCTIONS } = await import('../src/functions/table.js');
  const f = FUNCTIONS.get(fn)!.evaluate;
  points.forEach((args, i) => {
    const js = f(...args);
    const c = native[i];
    if (Number.isNaN(js) || Number.isNaN(c)) assert.ok(Number.isNaN(js) && Number.isNaN(c), `${fn}(${args}): js ${js}, native ${c}`);
    else if (!Number.isFinite(js) || !Number.isFinite(c)) assert.equal(c, js, `${fn}(${args})`);
    else assert.ok(Math.abs(js - c) <= rel * Math.abs(js) + abs, `${fn}(${args}): js ${js}, native ${c}`);
  });
}

test('JS and native agree on random samples', async () => {
  const r = rng(4);
  const n = 400;
  await agree('zeta', Array.from({ length: n }, () => [r() < 0.5 ? 60 * r() - 0.5 : -300 * r()]), 1e-15);
  await agree('E1', Array.from({ length: n }, () => [10 ** (6 * r() - 3)]), 1e-15);
  await agree('Ei', Array.from({ length: n }, () => [(r() < 0.5 ? -1 : 1) * 10 ** (5.5 * r() - 3)]), 1e-15);
  await agree('expint', Array.from({ length: n }, () => [Math.floor(80 * r()) - 5, 10 ** (5 * r() - 3)]), 1e-15);
  await agree('hyp2f1', Array.from({ length: n }, () => (r() < 0.5 ? [0.5, 0.5 + 25 * r(), 1.5, -(10 ** (8 * r() - 3))] : [10 * r() - 3, 10 * r() - 3, 10 * r() - 2, r() < 0.5 ? 2 * r() - 1 : -(10 ** (6 * r()))])), 1e-13, 1e-300);
  await agree('hyp1f1', Array.from({ length: n }, () => [40 * r() - 20, 0.01 + 50 * r(), r() < 0.5 ? 100 * r() - 50 : (r() < 0.5 ? -1 : 1) * 10 ** (6 * r() - 3)]), 1e-13, 1e-300);
  await agree('hyp0f1', Array.from({ length: n }, () => [r() < 0.8 ? 0.05 + 30 * r() : -6 * r(), (r() < 0.5 ? -1 : 1) * 10 ** (7 * r() - 3)]), 1e-12, 1e-300);
  await agree('hurwitz_zeta', Array.from({ length: n }, () => [r() < 0.8 ? 1 + 60 * r() : -10 * r(), 10 ** (6 * r() - 3)]), 1e-14, 1e-300);
});
