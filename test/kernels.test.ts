/**
 * Generated kernels against independent references: each case's expected value is written here
 * by hand with Math.*, the way a user would write the formula, and compared with the generated
 * JS kernel (in this process) and the native kernel (compiled with the system C compiler and
 * loaded in a child node process).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileLiteral, type CompiledKernel } from '../src/compile.js';
import { buildAddon } from '../src/build/addon.js';
import { findToolchain } from '../src/build/toolchain.js';
import { assertClose, loadJsKernel, uniform } from './helpers.js';

interface Case {
  literal: string;
  reference: (...a: number[]) => number;
  domains: [number, number][];
  /** Relative tolerance; expressions with cancellation state theirs. */
  tolerance: number;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

const CASES: Case[] = [
  {
    literal: '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))',
    reference: (x, mu, s) => Math.exp(-((x - mu) ** 2) / (2 * s ** 2)) / (s * SQRT_2PI),
    domains: [[-6, 6], [-1, 1], [0.2, 3]],
    tolerance: 1e-15,
  },
  { literal: '(x) => 1 / (1 + exp(-x))', reference: (x) => 1 / (1 + Math.exp(-x)), domains: [[-30, 30]], tolerance: 1e-15 },
  { literal: '(x, y) => sqrt(x^2 + y^2)', reference: (x, y) => Math.sqrt(x * x + y * y), domains: [[-10, 10], [-10, 10]], tolerance: 1e-15 },
  // Through the hypot rewrite, where x² would overflow and where it would underflow (Math.hypot is
  // within 1 ulp too: the two may differ by 2).
  { literal: '(x, y) => sqrt(x^2 + y^2)', reference: (x, y) => Math.hypot(x, y), domains: [[1e250, 1e300], [-1e300, 1e300]], tolerance: 4.5e-16 },
  { literal: '(x, y) => hypot(x, y)', reference: (x, y) => Math.hypot(x, y), domains: [[-1e-300, 1e-300], [1e-310, 1e-300]], tolerance: 4.5e-16 },
  { literal: '(x) => x^3 - x^-2 + x^(1/2)', reference: (x) => x * x * x - 1 / (x * x) + Math.sqrt(x), domains: [[0.5, 4]], tolerance: 4e-15 },
  { literal: '(x) => x^(5/2)', reference: (x) => Math.pow(x, 2.5), domains: [[0, 100]], tolerance: 1e-15 },
  { literal: '(x, y) => pow(x, y) * tan(y) / cos(x)', reference: (x, y) => (Math.pow(x, y) * Math.tan(y)) / Math.cos(x), domains: [[0.1, 3], [-1, 1]], tolerance: 1e-15 },
  { literal: '(x) => abs(sin(x)) * log(x)', reference: (x) => Math.abs(Math.sin(x)) * Math.log(x), domains: [[0.01, 50]], tolerance: 1e-15 },
  { literal: '(x) => e^x - exp(x)', reference: () => 0, domains: [[-5, 5]], tolerance: 0 },
  { literal: '(x) => 2^x', reference: (x) => Math.pow(2, x), domains: [[-50, 50]], tolerance: 1e-15 },
  { literal: '(x) => -x**2 + 0.5', reference: (x) => -(x ** 2) + 0.5, domains: [[-3, 3]], tolerance: 4e-14 },
  { literal: '(t) => 3', reference: () => 3, domains: [[0, 1]], tolerance: 0 },
];

const N = 257;

function inputsFor(c: Case): Float64Array[] {
  return c.domains.map(([lo, hi], k) => {
    const values = uniform(N, lo, hi, 1000 + k);
    values[0] = lo; // the domain's edge, exactly
    return values;
  });
}

function expected(c: Case, inputs: Float64Array[]): Float64Array {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = c.reference(...inputs.map((a) => a[i]));
  return out;
}

test('generated JS kernels match hand-written Math references', async () => {
  for (const c of CASES) {
    const k = compileLiteral(c.literal);
    const js = await loadJsKernel(k.js);
    const inputs = inputsFor(c);
    const out = new Float64Array(N);
    js(N, ...inputs, out);
    assertClose(out, expected(c, inputs), c.tolerance, c.literal);
  }
});

test('JS kernels broadcast numbers', async () => {
  const k = compileLiteral(CASES[0].literal);
  const js = await loadJsKernel(k.js);
  const x = uniform(N, -4, 4);
  const out = new Float64Array(N);
  js(N, x, 0.3, 1.7, out);
  const ref = Float64Array.from(x, (v) => CASES[0].reference(v, 0.3, 1.7));
  assertClose(out, ref, 1e-15, 'broadcast');
});

test('native kernels (real C compiler, child node) match the references', async (t) => {
  const toolchain = await findToolchain();
  assert.ok(toolchain, 'a C compiler is required for this test suite (cc)');
  const kernels: CompiledKernel[] = CASES.map((c) => compileLiteral(c.literal));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-native-'));
  const built = await buildAddon(kernels, toolchain, path.join(dir, 'cache'));
  assert.equal(built.cached, false);

  // Child process: load the addon, run every kernel on the given inputs (one scalar-broadcast run too).
  const job = CASES.map((c, i) => ({ id: kernels[i].id, inputs: inputsFor(c).map((a) => Buffer.from(a.buffer).toString('base64')) }));
  const script = `
    const { createRequire } = require('node:module');
    const addon = require(${JSON.stringify(built.file)});
    const job = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const decode = (s) => new Float64Array(new Uint8Array(Buffer.from(s, 'base64')).buffer);
    const results = job.map(({ id, inputs }) => {
      const args = inputs.map(decode);
      const out = new Float64Array(args.length ? args[0].length : ${N});
      addon[id](out, ...args);
      return Buffer.from(out.buffer).toString('base64');
    });
    const first = job[0];
    const bx = decode(first.inputs[0]);
    const bout = new Float64Array(bx.length);
    addon[first.id](bout, bx, 0.3, 1.7);
    let typeError = '';
    try { addon[first.id](bout, bx, 'x', 1.7); } catch (e) { typeError = e.constructor.name + ': ' + e.message; }
    process.stdout.write(JSON.stringify({ abi: addon.symkernelAbi, results, broadcast: Buffer.from(bout.buffer).toString('base64'), typeError }));
  `;
  const output = execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(job), encoding: 'utf8' });
  const parsed = JSON.parse(output);
  const decode = (s: string) => new Float64Array(new Uint8Array(Buffer.from(s, 'base64')).buffer);
  assert.equal(parsed.abi, 3);
  CASES.forEach((c, i) => assertClose(decode(parsed.results[i]), expected(c, inputsFor(c)), c.tolerance, `native ${c.literal}`));
  const x = inputsFor(CASES[0])[0];
  assertClose(decode(parsed.broadcast), Float64Array.from(x, (v) => CASES[0].reference(v, 0.3, 1.7)), 1e-15, 'native broadcast');
  assert.match(parsed.typeError, /^TypeError: symkernel: input 1 must be a number, a Float64Array or a Float32Array/);

  await t.test('a second build of the same kernels compiles nothing', async () => {
    const again = await buildAddon(kernels, toolchain, path.join(dir, 'cache'));
    assert.equal(again.cached, true);
    assert.equal(again.file, built.file);
  });
});

test('generated C and JS carry no user text: identifiers are mangled', () => {
  const k = compileLiteral('(alert, process, require) => alert * process + require');
  assert.doesNotMatch(k.js, /alert|process|require/);
  assert.doesNotMatch(k.c, /alert|process|require/);
});
