/** Call semantics of the elementwise runtime (SPEC §4) on the JS backend, and native dispatch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLiteral } from '../src/compile.js';
import { kernel, type Kernel } from '../src/runtime/index.js';
import { loadJsKernel } from './helpers.js';

const LITERAL = '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))';
const pdf = (x: number, mu: number, s: number) => Math.exp(-((x - mu) ** 2) / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));

async function makeKernel(addon: Record<string, unknown> | null = null, crossover?: number): Promise<Kernel> {
  const k = compileLiteral(LITERAL);
  return kernel({ id: k.id, params: k.params, source: k.source, js: (await loadJsKernel(k.js)) as never, addon, crossover });
}

test('arrays in, array out; numbers broadcast; all numbers give a number', async () => {
  const k = await makeKernel();
  const x = new Float64Array([0, 1, 2]);
  const y = k(x, 0.3, 1.7) as Float64Array;
  assert.ok(y instanceof Float64Array);
  assert.equal(y.length, 3);
  y.forEach((v, i) => assert.ok(Math.abs(v - pdf(x[i], 0.3, 1.7)) <= 1e-15 * pdf(x[i], 0.3, 1.7)));
  const s = k(1, 0.3, 1.7);
  assert.equal(typeof s, 'number');
  assert.ok(Math.abs((s as number) - pdf(1, 0.3, 1.7)) < 1e-16);
  const z = k(x, new Float64Array([0, 0, 0]), 1) as Float64Array;
  assert.ok(Math.abs(z[2] - pdf(2, 0, 1)) < 1e-16);
});

test('properties: params, backend, source', async () => {
  const k = await makeKernel();
  assert.deepEqual(k.params, ['x', 'mu', 'sigma']);
  assert.equal(k.backend, 'js');
  assert.equal(k.source, LITERAL);
  assert.throws(() => ((k.params as string[]).push('y')), TypeError);
});

test('dtypes: Float32Array in gives Float32Array out; other typed arrays and arrays become float64', async () => {
  const k = await makeKernel();
  const want = (k(new Float64Array([0.5, 1.5]), 0, 1) as Float64Array)[1];
  const f32 = k(new Float32Array([0.5, 1.5]), 0, 1);
  assert.ok(f32 instanceof Float32Array);
  assert.equal(f32[1], Math.fround(want));
  const mixed = k(new Float32Array([0.5, 1.5]), new Float64Array([0, 0]), 1);
  assert.ok(mixed instanceof Float64Array, 'a Float64Array among the arguments makes the result float64');
  assert.equal((mixed as Float64Array)[1], want);
  assert.equal((k([0.5, 1.5], 0, 1) as Float64Array)[1], want);
  assert.equal((k(new Int32Array([0, 1]), 0, 1) as Float64Array)[1], pdf(1, 0, 1));
  const out32 = new Float32Array(2);
  assert.equal(k.into(out32, new Float32Array([0.5, 1.5]), 0, 1), out32);
  assert.throws(() => k.into(new Float32Array(2), new Float64Array([0.5, 1.5]), 0, 1), { name: 'TypeError', message: /'out' is a Float32Array/ });
  assert.throws(() => k.into(new Float64Array(2), new Float32Array([0.5, 1.5]), 0, 1), { name: 'TypeError', message: /every array argument is a Float32Array/ });
});

test('reductions: sum, mean, min, max without allocating the result', async () => {
  const k = await makeKernel();
  const x = new Float64Array(1000).map((_, i) => -5 + i / 100);
  const values = Array.from(x, (v) => pdf(v, 0.3, 1.7));
  const exactSum = values.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs((k.sum(x, 0.3, 1.7) as number) - exactSum) <= 1e-14 * exactSum);
  assert.ok(Math.abs((k.mean(x, 0.3, 1.7) as number) - exactSum / 1000) <= 1e-14 * exactSum);
  assert.equal(k.max(x, 0.3, 1.7), Math.max(...values));
  assert.equal(k.min(x, 0.3, 1.7), Math.min(...values));
  x[7] = NaN;
  assert.ok(Number.isNaN(k.max(x, 0.3, 1.7) as number), 'NaN propagates through min/max');
});

test('compensated summation: the error does not grow with n', async () => {
  const k0 = compileLiteral('(x) => x');
  const id = kernel({ id: k0.id, params: k0.params, source: k0.source, js: (await loadJsKernel(k0.js)) as never });
  // 1 + many tiny terms: naive left-to-right summation loses them all.
  const x = new Float64Array(100_001).fill(1e-16);
  x[0] = 1;
  const naive = x.reduce((a, b) => a + b, 0);
  assert.equal(naive, 1);
  assert.ok(Math.abs((id.sum(x) as number) - (1 + 1e-11)) < 1e-15);
});

test('async: resolves with the same result as the call', async () => {
  const k = await makeKernel();
  const x = new Float64Array([0, 1, 2]);
  assert.deepEqual(await k.async(x, 0.3, 1.7), k(x, 0.3, 1.7));
  await assert.rejects(() => k.async(x, 'a' as never, 1), TypeError);
});

test('in place with shifted views: inputs are read before they are overwritten', async () => {
  const k0 = compileLiteral('(x) => 10*x');
  const times10 = kernel({ id: k0.id, params: k0.params, source: k0.source, js: (await loadJsKernel(k0.js)) as never });
  const buffer = new Float64Array([1, 2, 3, 4, 5]);
  times10.into(buffer.subarray(1, 5), buffer.subarray(0, 4));
  assert.deepEqual([...buffer], [1, 10, 20, 30, 40]);
});

test('bad calls: TypeError / RangeError naming the parameter', async () => {
  const k = await makeKernel();
  const x = new Float64Array(3);
  assert.throws(() => k(x, 0.3), { name: 'TypeError', message: /takes 3 arguments, got 2/ });
  assert.throws(() => k(x, '0.3' as never, 1), { name: 'TypeError', message: /parameter 'mu' must be a number.*got a string/ });
  assert.throws(() => k(x, 0, null as never), { name: 'TypeError', message: /parameter 'sigma'.*got null/ });
  assert.throws(() => k(x, new Float64Array(4), 1), { name: 'RangeError', message: /'mu' has length 4, but 'x' has length 3/ });
  assert.throws(() => k([1, 'a'] as never, 0, 1), { name: 'TypeError', message: /parameter 'x' must hold numbers, but element 1/ });
  assert.throws(() => k(new BigInt64Array(3) as never, 0, 1), { name: 'TypeError', message: /parameter 'x'/ });
});

test('into() writes into the given array and writes nothing on error', async () => {
  const k = await makeKernel();
  const x = new Float64Array([0, 1, 2]);
  const out = new Float64Array(3).fill(-7);
  assert.equal(k.into(out, x, 0.3, 1.7), out);
  assert.ok(Math.abs(out[1] - pdf(1, 0.3, 1.7)) < 1e-16);
  const untouched = new Float64Array(3).fill(-7);
  assert.throws(() => k.into(untouched, x, new Float64Array(2), 1), RangeError);
  assert.throws(() => k.into(new Float64Array(2), x, 0, 1), { name: 'RangeError', message: /outputs have length 2, but the inputs have length 3/ });
  assert.throws(() => k.into([0, 0, 0] as never, x, 0, 1), { name: 'TypeError', message: /'out' must be a Float64Array/ });
  assert.deepEqual([...untouched], [-7, -7, -7]);
  // All-number arguments broadcast over the whole of `out`.
  const filled = k.into(new Float64Array(4), 0, 0, 1);
  assert.deepEqual([...filled], [pdf(0, 0, 1), pdf(0, 0, 1), pdf(0, 0, 1), pdf(0, 0, 1)]);
});

test('in-place: out may be an input', async () => {
  const k = await makeKernel();
  const x = new Float64Array([0, 1, 2]);
  k.into(x, x, 0, 1);
  assert.deepEqual([...x], [pdf(0, 0, 1), pdf(1, 0, 1), pdf(2, 0, 1)]);
});

test('dispatch: a native function for the kernel id is used with (out, ...inputs); missing id falls back to JS', async () => {
  const k0 = compileLiteral(LITERAL);
  const calls: unknown[][] = [];
  const addon = { [k0.id]: (...args: unknown[]) => { calls.push(args); (args[0] as Float64Array).fill(42); } };
  const k = await makeKernel(addon, 0);
  assert.equal(k.backend, 'native');
  const x = new Float64Array(2);
  const y = k(x, 0.5, 2) as Float64Array;
  assert.deepEqual([...y], [42, 42]);
  assert.equal(calls.length, 1);
  assert.equal(calls[0][0], y);
  assert.equal(calls[0][1], x);
  assert.equal(calls[0][2], 0.5);

  const small = await makeKernel(addon, 16);
  calls.length = 0;
  assert.ok(Math.abs((small(x, 0, 1) as Float64Array)[0] - pdf(0, 0, 1)) < 1e-16, 'below the crossover the JS kernel runs');
  assert.equal(calls.length, 0);

  const other = await makeKernel({ kSomethingElse: () => {} });
  assert.equal(other.backend, 'js');
  assert.ok(Math.abs((other(x, 0, 1) as Float64Array)[0] - pdf(0, 0, 1)) < 1e-16);
});

test('an untransformed sym call throws and says how to add the plugin', async () => {
  const { sym } = await import('../src/index.js');
  assert.throws(() => sym`(x) => x`, /was not compiled.*symkernel\/vite/s);
});
