/**
 * Bessel group: special values, identities (recurrences, Wronskians, reflection, closed forms at
 * half-integer orders), branch thresholds, continuity between the integer-order fast path and the
 * real-order path, and JS/native agreement on a random sample. Accuracy against mpmath is in
 * test/accuracy.test.ts (bounds in test/data/accuracy-bounds/bessel.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { besseli, besselj, besselk, bessely } from '../src/special/bessel/index.js';
import { evaluateNative, type Point } from './accuracy/measure.js';
import { rng } from './helpers.js';

type Fn = (nu: number, x: number) => number;
const FNS: Record<string, Fn> = { besselj, bessely, besseli, besselk };


const near = (got: number, want: number, tol: number, what: string) =>
  assert.ok(Math.abs(got - want) <= tol, `${what}: got ${got}, want ${want} (diff ${Math.abs(got - want)}, tol ${tol})`);

test('special values: NaN, infinities, signed zero, x < 0', () => {
  for (const f of Object.values(FNS)) {
    assert.ok(Number.isNaN(f(NaN, 1)));
    assert.ok(Number.isNaN(f(1, NaN)));
    assert.ok(Number.isNaN(f(Infinity, 1)));
    assert.ok(Number.isNaN(f(-Infinity, 1)));
  }
  assert.equal(besselj(0, 0), 1);
  assert.equal(besselj(0, -0), 1);
  assert.ok(Object.is(besselj(1, -0), -0));
  assert.ok(Object.is(besselj(1, 0), 0));
  assert.equal(besselj(2.5, 0), 0);
  assert.equal(besselj(-0.5, 0), Infinity); // 1/Gamma(1/2) > 0
  assert.equal(besselj(-1.5, 0), -Infinity); // 1/Gamma(-1/2) < 0
  assert.equal(besselj(0, Infinity), 0);
  assert.equal(besselj(3, -Infinity), -0);
  assert.equal(besselj(2.5, Infinity), 0);
  assert.ok(Number.isNaN(besselj(2.5, -Infinity)));
  assert.ok(Number.isNaN(besselj(0.5, -1)));
  assert.equal(bessely(0, 0), -Infinity);
  assert.equal(bessely(3.3, 0), -Infinity);
  assert.equal(bessely(-1, 0), Infinity); // Y_{-1} = -Y_1
  assert.ok(Number.isNaN(bessely(0, -1)));
  assert.ok(Number.isNaN(bessely(0, -0.5)));
  assert.equal(bessely(1, Infinity), 0);
  assert.equal(besseli(0, 0), 1);
  assert.ok(Object.is(besseli(1, -0), -0));
  assert.equal(besseli(0, Infinity), Infinity);
  assert.equal(besseli(3, -Infinity), -Infinity);
  assert.ok(Number.isNaN(besseli(0.5, -2)));
  assert.equal(besselk(0, 0), Infinity);
  assert.equal(besselk(2.5, Infinity), 0);
  assert.ok(Number.isNaN(besselk(1, -1)));
  // overflow and underflow are IEEE results, not NaN
  assert.equal(besseli(0, 800), Infinity);
  assert.equal(besselk(0, 800), 0);
  assert.equal(besselj(300, 1), 0);
  assert.equal(bessely(300, 1), -Infinity);
});

test('parity and reflection at integer orders', () => {
  const r = rng(1);
  for (let i = 0; i < 200; i++) {
    const n = Math.floor(r() * 30);
    const x = 0.01 + r() * 60;
    const s = n % 2 ? -1 : 1;
    assert.equal(besselj(n, -x), s * besselj(n, x));
    assert.equal(besselj(-n, x), s * besselj(n, x));
    assert.equal(bessely(-n, x), s * bessely(n, x));
    assert.equal(besseli(n, -x), s * besseli(n, x));
    assert.equal(besseli(-n, x), besseli(n, x));
    assert.equal(besselk(-n - 0.3, x), besselk(n + 0.3, x));
  }
});

test('closed forms at half-integer orders', () => {
  for (const x of [0.1, 0.7, 1.9, 2.1, 5, 13.7, 30, 120]) {
    const s = Math.sqrt(2 / (Math.PI * x));
    near(besselj(0.5, x), s * Math.sin(x), 2e-15 * s, `J_1/2(${x})`);
    near(besselj(-0.5, x), s * Math.cos(x), 2e-15 * s, `J_-1/2(${x})`);
    near(bessely(0.5, x), -s * Math.cos(x), 2e-15 * s, `Y_1/2(${x})`);
    near(besselj(1.5, x), s * (Math.sin(x) / x - Math.cos(x)), 4e-15 * s * (1 + 1 / x), `J_3/2(${x})`);
    const k = Math.sqrt(Math.PI / (2 * x)) * Math.exp(-x);
    near(besselk(0.5, x), k, 4e-15 * k, `K_1/2(${x})`);
    near(besselk(1.5, x), k * (1 + 1 / x), 4e-15 * k * (1 + 1 / x), `K_3/2(${x})`);
    const i = Math.sqrt(2 / (Math.PI * x)) * Math.sinh(x);
    near(besseli(0.5, x), i, 4e-15 * i, `I_1/2(${x})`);
  }
});

test('recurrences: C_{nu-1} + C_{nu+1} = (2 nu/x) C_nu for J and Y; I_{nu-1} - I_{nu+1} = (2 nu/x) I_nu; K_{nu+1} - K_{nu-1} = (2 nu/x) K_nu', () => {
  const r = rng(2);
  for (let i = 0; i < 400; i++) {
    const integer = i % 2 === 0;
    const nu = integer ? 1 + Math.floor(r() * 25) : 0.5 + r() * 25;
    const x = 0.05 + r() * (i % 4 < 2 ? 5 : 80);
    for (const f of [besselj, bessely]) {
      const a = f(nu - 1, x), b = f(nu, x), c = f(nu + 1, x);
      const scale = Math.abs(a) + Math.abs(c) + Math.abs((2 * nu / x) * b);
      if (!Number.isFinite(scale)) continue;
      near(a + c, (2 * nu / x) * b, 1e-13 * scale, `${f.name} recurrence at nu=${nu}, x=${x}`);
    }
    const ia = besseli(nu - 1, x), ib = besseli(nu, x), ic = besseli(nu + 1, x);
    near(ia - ic, (2 * nu / x) * ib, 1e-13 * (ia + ic), `I recurrence at nu=${nu}, x=${x}`);
    const ka = besselk(nu - 1, x), kb = besselk(nu, x), kc = besselk(nu + 1, x);
    if (Number.isFinite(kc)) near(kc - ka, (2 * nu / x) * kb, 1e-13 * (ka + kc), `K recurrence at nu=${nu}, x=${x}`);
  }
});

test('Wronskians: J_{nu+1} Y_nu - J_nu Y_{nu+1} = 2/(pi x), I_nu K_{nu+1} + I_{nu+1} K_nu = 1/x', () => {
  const r = rng(3);
  for (let i = 0; i < 400; i++) {
    const nu = i % 3 === 0 ? Math.floor(r() * 20) : -10 + r() * 40;
    const x = 0.1 + r() * (i % 2 ? 3 : 70);
    const w = besselj(nu + 1, x) * bessely(nu, x) - besselj(nu, x) * bessely(nu + 1, x);
    const terms = Math.abs(besselj(nu + 1, x) * bessely(nu, x)) + Math.abs(besselj(nu, x) * bessely(nu + 1, x));
    if (Number.isFinite(terms)) near(w, 2 / (Math.PI * x), 1e-13 * terms, `J/Y Wronskian at nu=${nu}, x=${x}`);
    if (nu >= 0) {
      const v = besseli(nu, x) * besselk(nu + 1, x) + besseli(nu + 1, x) * besselk(nu, x);
      if (Number.isFinite(v)) near(v, 1 / x, 2e-14 / x, `I/K Wronskian at nu=${nu}, x=${x}`);
    }
  }
});

test('integer-order fast path and real-order path agree across integers (continuity)', () => {
  const d = 1e-10;
  for (const n of [0, 1, 2, 3, 7, 20]) {
    for (const x of [0.3, 1.2, 1.99, 2.01, 4.4, 7.9, 8.1, 17, 24.9, 25.1, 60, 300]) {
      for (const [name, f] of Object.entries(FNS)) {
        const a = f(n, x), b = f(n + d, x), c = f(n - d, x);
        if (!Number.isFinite(a) || Math.abs(a) < 1e-250) continue;
        // d/dnu is bounded by a few times |C| (1 + |log x| + n) here: a jump would be far larger.
        const tol = 1e-8 * (Math.abs(a) + (name === 'besselj' || name === 'bessely' ? 1 / Math.sqrt(x) : 0));
        near(b, a, tol, `${name}(${n} + 1e-10, ${x})`);
        near(c, a, tol, `${name}(${n} - 1e-10, ${x})`);
      }
    }
  }
});

test('continuity at the branch thresholds of J0, J1, Y0, Y1 and of the real-order methods', () => {
  const down = (x: number) => x * (1 - 2 ** -52);
  const up = (x: number) => x * (1 + 2 ** -52);
  for (const x of [0.5, 2, 8, 25, 1.6e6]) {
    for (const nu of [0, 1]) {
      for (const f of [besselj, bessely]) {
        const a = f(nu, down(x)), b = f(nu, x), c = f(nu, up(x));
        // plus the change of the function itself over one ulp of x (|C'| <= ~1/sqrt(x) here)
        const tol = 1e-14 * (Math.abs(b) + 1 / Math.sqrt(x)) + 2 * x * 2 ** -52 / Math.sqrt(x);
        near(a, b, tol, `${f.name}(${nu}, x^-) at ${x}`);
        near(c, b, tol, `${f.name}(${nu}, x^+) at ${x}`);
      }
    }
  }
  // Hankel's region starts at x = 25 and x = nu^2/2; the series, Temme's x < 2 and Steed's x >= 2.
  for (const [nu, x] of [[3.3, 25], [7.5, 28.125], [0.7, 2], [5.2, 2], [2.6, 2.5]]) {
    for (const [name, f] of Object.entries(FNS)) {
      const a = f(nu, down(x)), b = f(nu, x), c = f(nu, up(x));
      const amp = Math.abs(b) + (name === 'besselj' || name === 'bessely' ? 1 / Math.sqrt(x) : 0);
      const tol = 1e-13 * amp + 4 * (1 + nu) * amp * 2 ** -52;
      near(a, b, tol, `${name}(${nu}, x^-) at ${x}`);
      near(c, b, tol, `${name}(${nu}, x^+) at ${x}`);
    }
  }
});

test('known values', () => {
  // first zeros (A&S table 9.5): |J| there is at the level of the rounding of the zero
  near(besselj(0, 2.404825557695773), 0, 2e-16, 'J0 at j_{0,1}');
  near(besselj(1, 3.8317059702075125), 0, 2e-16, 'J1 at j_{1,1}');
  near(bessely(0, 0.8935769662791675), 0, 2e-16, 'Y0 at y_{0,1}');
  near(besselj(0, 1), 0.7651976865579666, 2.3e-16, 'J0(1)');
  near(bessely(1, 1), -0.7812128213002887, 2.3e-16, 'Y1(1)');
  near(besseli(0, 1), 1.2660658777520084, 3e-16, 'I0(1)');
  near(besselk(0, 1), 0.42102443824070834, 2e-16, 'K0(1)');
});

test('JS and native agree on a random sample of the domain', async () => {
  const r = rng(4);
  const jobs: { fn: string; points: Point[] }[] = [];
  for (const fn of Object.keys(FNS)) {
    const points: Point[] = [];
    for (let i = 0; i < 600; i++) {
      const nu = i % 3 === 0 ? Math.floor(-20 + r() * 60) : -20 + r() * 80;
      const big = r() < 0.2;
      let x = big ? 30 + r() * 2000 : r() * 40;
      if ((fn === 'besselj' || fn === 'besseli') && i % 7 === 0) x = -x;
      points.push({ args: [nu, x], value: 0 });
    }
    jobs.push({ fn, points });
  }
  const native = await evaluateNative(jobs);
  for (const { fn, points } of jobs) {
    const got = native.get(fn)!;
    points.forEach((p, i) => {
      const js = FNS[fn](p.args[0], p.args[1]);
      const c = got[i];
      if (Object.is(js, c) || (Number.isNaN(js) && Number.isNaN(c))) return;
      const scale = fn === 'besselj' || fn === 'bessely' ? Math.abs(js) + 1e-16 / Math.sqrt(Math.abs(p.args[1]) + 1) : Math.abs(js);
      assert.ok(Math.abs(js - c) <= 1e-13 * scale, `${fn}(${p.args.join(', ')}): js ${js}, native ${c}`);
    });
  }
});
