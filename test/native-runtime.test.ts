/**
 * The native path of the runtime (SPEC §4 semantics over the real addon, loaded in a child node):
 * threads give bit-identical results, float32 kernels, reductions, async, in-place calls, and
 * agreement with the JS backend.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileLiteral } from '../src/compile.js';
import { buildAddon } from '../src/build/addon.js';
import { findToolchain } from '../src/build/toolchain.js';
import { printJsKernel } from '../src/codegen/js.js';

const LITERALS = {
  pdf: '(x, mu, sigma) => exp(-(x - mu)^2 / (2*sigma^2)) / (sigma*sqrt(2*pi))',
  trig: '(x, y) => sin(x)*cos(y) + sqrt(x^2 + y^2)',
  pair: '(x) => [log(1 + x^2), x < 0 ? x^2 : sin(x)]',
  axpy: '(a, x, y) => a*x + y',
};

test('native runtime: threads, float32, reductions, async, in place — and the JS backend agrees', async () => {
  const toolchain = await findToolchain();
  assert.ok(toolchain, 'a C compiler is required');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-native-runtime-'));
  const kernels = Object.fromEntries(Object.entries(LITERALS).map(([name, text]) => [name, compileLiteral(text)]));
  const built = await buildAddon(Object.values(kernels), toolchain, path.join(dir, 'cache'));

  // A module per kernel exporting its spec, as the transform would inline it.
  const runtime = pathToFileURL(path.resolve('dist/runtime/index.js')).href;
  const special = pathToFileURL(path.resolve('dist/special/index.js')).href;
  const lines = [`import { kernel } from ${JSON.stringify(runtime)};`, `import * as special from ${JSON.stringify(special)};`, `import { createRequire } from 'node:module';`,
    `const addon = createRequire(import.meta.url)(${JSON.stringify(built.file)});`, 'export { addon };'];
  for (const [name, k] of Object.entries(kernels)) {
    const spec = `{ id: ${JSON.stringify(k.id)}, params: ${JSON.stringify(k.params)}, source: ${JSON.stringify(k.source)}, js: ${printJsKernel(k.program)}, crossover: ${k.crossover}`;
    const shape = k.shape === 'tuple' ? `, shape: 'tuple', outputs: ${k.program.outputs.length}` : '';
    lines.push(`export const ${name} = kernel(${spec}${shape}, addon });`);
    lines.push(`export const ${name}Js = kernel(${spec}${shape}, addon: null });`);
  }
  fs.writeFileSync(path.join(dir, 'kernels.mjs'), lines.join('\n'));

  const script = `
    import * as K from './kernels.mjs';
    const n = 300_000;
    const x = new Float64Array(n).map((_, i) => Math.sin(i) * 7);
    const y = new Float64Array(n).map((_, i) => Math.cos(i * 0.37) * 3);
    const same = (a, b) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
    const maxRel = (a, b) => a.reduce((m, v, i) => Math.max(m, v === b[i] ? 0 : Math.abs(v - b[i]) / Math.abs(b[i])), 0);
    // Error relative to max(|value|, 1): the trig sum cancels where x < 0 is small (both terms ~|x|).
    const maxScaled = (a, b) => a.reduce((m, v, i) => Math.max(m, v === b[i] ? 0 : Math.abs(v - b[i]) / Math.max(1, Math.abs(b[i]))), 0);
    const report = {};
    report.backend = K.pdf.backend;
    report.threadsDefault = K.addon.getThreads();
    const runs = [1, 2, 3, 7].map((t) => { K.addon.setThreads(t); return [K.pdf(x, 0.3, 1.7), K.trig(x, y), ...K.pair(x)]; });
    report.bitIdenticalAcrossThreads = runs.every((r) => r.every((a, j) => same(a, runs[0][j])));
    K.addon.setThreads(2);
    report.jsAgreement = {
      pdf: maxRel(K.pdf(x, 0.3, 1.7), K.pdfJs(x, 0.3, 1.7)),
      trig: maxScaled(K.trig(x, y), K.trigJs(x, y)),
      pair0: maxRel(K.pair(x)[0], K.pairJs(x)[0]),
      pair1: maxRel(K.pair(x)[1], K.pairJs(x)[1]),
    };
    const x32 = Float32Array.from(x.subarray(0, 5000));
    const r32 = K.pdf(x32, 0.3, 1.7);
    report.float32 = { type: r32.constructor.name, maxRelToRoundedJs: maxRel(r32, K.pdfJs(x32, 0.3, 1.7)) };
    const sums = [1, 2, 5].map((t) => { K.addon.setThreads(t); return K.pdf.sum(x, 0.3, 1.7); });
    report.sumBitIdenticalAcrossThreads = sums.every((s) => Object.is(s, sums[0]));
    const pdf = K.pdf(x, 0.3, 1.7);
    report.sum = { native: sums[0], js: K.pdfJs.sum(x, 0.3, 1.7) };
    report.minmax = { min: K.pdf.min(x, 0.3, 1.7), max: K.pdf.max(x, 0.3, 1.7), minRef: pdf.reduce((a, b) => Math.min(a, b), Infinity), maxRef: pdf.reduce((a, b) => Math.max(a, b), -Infinity) };
    report.pairSum = K.pair.sum(x);
    report.pairSumJs = K.pairJs.sum(x);
    const asyncResult = await K.trig.async(x, y);
    report.asyncSame = same(asyncResult, K.trig(x, y));
    const buffer = new Float64Array(100_000).map((_, i) => i);
    K.axpy.into(buffer.subarray(1), 10, buffer.subarray(0, buffer.length - 1), 0);
    report.inPlaceShifted = [buffer[0], buffer[1], buffer[2], buffer[99_999]];
    const inPlace = Float64Array.from(x);
    K.trig.into(inPlace, inPlace, y);
    report.inPlaceSame = same(inPlace, K.trig(x, y));
    let typeError = '';
    try { K.addon[K.pdf.id](new Float64Array(3), new Float32Array(3), 1, 1); } catch (e) { typeError = e.message; }
    report.mixedDtypeRejected = typeError;
    console.log(JSON.stringify(report));
  `;
  fs.writeFileSync(path.join(dir, 'run.mjs'), script);
  const r = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8' }));
  assert.equal(r.backend, 'native');
  assert.ok(r.threadsDefault >= 1);
  assert.equal(r.bitIdenticalAcrossThreads, true);
  for (const [name, err] of Object.entries(r.jsAgreement)) assert.ok((err as number) <= 4e-16 * 4, `${name}: native vs JS ${err}`);
  assert.equal(r.float32.type, 'Float32Array');
  assert.equal(r.float32.maxRelToRoundedJs, 0, 'float32: computed in double, rounded once, as the JS kernel');
  assert.equal(r.sumBitIdenticalAcrossThreads, true);
  assert.ok(Math.abs(r.sum.native - r.sum.js) <= 1e-15 * Math.abs(r.sum.js), `sum ${r.sum.native} vs JS ${r.sum.js}`);
  assert.equal(r.minmax.min, r.minmax.minRef);
  assert.equal(r.minmax.max, r.minmax.maxRef);
  r.pairSum.forEach((s: number, k: number) => assert.ok(Math.abs(s - r.pairSumJs[k]) <= 1e-14 * Math.abs(r.pairSumJs[k])));
  assert.equal(r.asyncSame, true);
  assert.deepEqual(r.inPlaceShifted, [0, 0, 10, 999_980]);
  assert.equal(r.inPlaceSame, true);
  assert.match(r.mixedDtypeRejected, /differs in length or element type/);
});
