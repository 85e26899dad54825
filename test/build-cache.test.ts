/**
 * The incremental native build (src/build/addon.ts) with the real C compiler: per-kernel objects,
 * a cold build compiles each kernel once, an unchanged build neither compiles nor links, changing
 * one literal compiles one kernel object and relinks, and every addon built that way loads in a
 * child node and computes the right values. Also: include digests follow #include chains, and a
 * compiler failure is a NativeBuildError that leaves no half-built files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileLiteral, type CompiledKernel } from '../src/compile.js';
import { buildAddon, NativeBuildError } from '../src/build/addon.js';
import { includeDigest } from '../src/build/includes.js';
import { findToolchain } from '../src/build/toolchain.js';

const LITERALS = {
  bell: '(x, mu) => exp(-(x - mu)^2 / 2)',
  logq: '(x) => 2*log(1 + x^2)',
  gam: '(x) => gamma(x) + 1',
};
const CHANGED = { ...LITERALS, logq: '(x) => 3*log(1 + x^2)' };

const X = [-2.5, -1, -0.25, 0, 0.5, 1, 2, 3.75];
const GAMMA_X = [0.5, 1, 1.5, 2, 3, 4, 5, 6];
/** Γ at GAMMA_X: √π, (n-1)!, √π/2. */
const GAMMA = [Math.sqrt(Math.PI), 1, Math.sqrt(Math.PI) / 2, 1, 2, 6, 24, 120];

/** Runs every kernel of `kernels` in a child node on X (gam on GAMMA_X); returns the outputs by name. */
function runInChild(file: string, kernels: Record<string, CompiledKernel>): Record<string, number[]> {
  const job = Object.entries(kernels).map(([name, k]) => ({ name, id: k.id, nin: k.params.length }));
  const script = `
    const addon = require(${JSON.stringify(file)});
    const job = ${JSON.stringify(job)};
    const X = ${JSON.stringify(X)}, G = ${JSON.stringify(GAMMA_X)};
    const result = {};
    for (const { name, id, nin } of job) {
      const x = Float64Array.from(name === 'gam' ? G : X);
      const out = new Float64Array(x.length);
      addon[id](out, x, ...(nin > 1 ? [0.5] : []));
      result[name] = [...out];
    }
    process.stdout.write(JSON.stringify(result));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

function assertClose(actual: number[], expected: number[], tolerance: number, label: string) {
  assert.equal(actual.length, expected.length, label);
  actual.forEach((v, i) => {
    const err = Math.abs(v - expected[i]) / Math.max(Math.abs(expected[i]), 1e-300);
    assert.ok(err <= tolerance, `${label}[${i}]: got ${v}, expected ${expected[i]} (relative error ${err})`);
  });
}

const compileAll = (literals: Record<string, string>) =>
  Object.fromEntries(Object.entries(literals).map(([name, text]) => [name, compileLiteral(text)])) as Record<string, CompiledKernel>;

const listObjects = (cache: string) => fs.readdirSync(path.join(cache, 'objects')).sort();

test('build cache: cold compiles every kernel, warm compiles and links nothing, one change compiles one kernel', async () => {
  const toolchain = await findToolchain();
  assert.ok(toolchain, 'a C compiler is required');
  const cache = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-build-cache-')), 'cache');
  const before = compileAll(LITERALS);
  const after = compileAll(CHANGED);

  const progress: Array<[number, number]> = [];
  const cold = await buildAddon(Object.values(before), toolchain, cache, { onProgress: (d, t) => progress.push([d, t]) });
  assert.deepEqual([cold.compiled, cold.reused, cold.linked, cold.cached], [3, 0, true, false]);
  // 3 kernels + table + driver, then the link; reported in order, ending complete.
  assert.deepEqual(progress, [0, 1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  const coldObjects = listObjects(cache);
  assert.equal(coldObjects.filter((f) => /^kernel-[0-9a-f]{32}\.o$/.test(f)).length, 3);
  assert.deepEqual(coldObjects.filter((f) => !f.startsWith('kernel-')).map((f) => f.split('-')[0]), ['driver', 'table']);

  const addonStat = fs.statSync(cold.file);
  const warm = await buildAddon(Object.values(before), toolchain, cache, { onProgress: () => assert.fail('a cached build reports no progress') });
  assert.deepEqual([warm.compiled, warm.reused, warm.linked, warm.cached], [0, 3, false, true]);
  assert.equal(warm.file, cold.file);
  assert.ok(warm.binary.equals(cold.binary));
  assert.equal(fs.statSync(cold.file).mtimeMs, addonStat.mtimeMs, 'the addon was not rewritten');
  assert.deepEqual(listObjects(cache), coldObjects, 'no object was written');

  const changed = await buildAddon(Object.values(after), toolchain, cache);
  assert.deepEqual([changed.compiled, changed.reused, changed.linked, changed.cached], [1, 2, true, false]);
  assert.notEqual(changed.file, cold.file);
  const added = listObjects(cache).filter((f) => !coldObjects.includes(f));
  assert.deepEqual(added.map((f) => f.split('-')[0]).sort(), ['kernel', 'table'], 'one kernel object and the table');
  assert.ok(fs.existsSync(cold.file), 'the previous addon stays cached');
  assert.deepEqual(fs.readdirSync(cache).filter((f) => f.startsWith('tmp-')), [], 'no work directory left');

  // Back to the first version: every object is cached, so only the addon lookup happens.
  const back = await buildAddon(Object.values(before), toolchain, cache);
  assert.deepEqual([back.compiled, back.cached, back.file], [0, true, cold.file]);

  const bell = X.map((x) => Math.exp(-((x - 0.5) ** 2) / 2));
  const gam = GAMMA.map((g) => g + 1);
  for (const [label, built, kernels, factor] of [['cold', cold, before, 2], ['changed', changed, after, 3]] as const) {
    const values = runInChild(built.file, kernels);
    assertClose(values.bell, bell, 2e-16 * 4, `${label} bell`);
    assertClose(values.logq, X.map((x) => factor * Math.log1p(x * x)), 2e-16 * 4, `${label} logq`);
    assertClose(values.gam, gam, 1e-15, `${label} gam`);
  }
});

test('build cache: a compiler failure is a NativeBuildError naming the unit, and leaves nothing half-built', async () => {
  const found = await findToolchain();
  assert.ok(found, 'a C compiler is required');
  // A forced include that does not exist: every compile fails fast.
  const toolchain = { ...found, flags: [...found.flags, '-include', 'sk_no_such_header.h'] };
  const cache = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-build-fail-')), 'cache');
  await assert.rejects(buildAddon([compileLiteral(LITERALS.logq)], toolchain, cache, { concurrency: 2 }), (error: unknown) => {
    assert.ok(error instanceof NativeBuildError);
    assert.match(error.message, /the C compiler failed on generated code \((kernel|table|driver)-[0-9a-f]{32};/);
    assert.match(error.output, /sk_no_such_header\.h/);
    return true;
  });
  assert.deepEqual(fs.readdirSync(cache).filter((f) => f !== 'objects'), [], 'no addon, no work directory');
  assert.deepEqual(fs.readdirSync(path.join(cache, 'objects')), [], 'no object');
});

test('build cache: an object key follows #include chains by content', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-includes-'));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  write('top.h', '#include <inner/mid.h>\n#include <math.h>\n');
  write('inner/mid.h', '  #  include "leaf.h"\n'); // beside the includer first
  write('inner/leaf.h', 'static int leaf = 1;\n');
  write('other.h', 'static int other = 1;\n');
  const unit = '#include "top.h"\nint main(void) { return 0; }\n';
  const digest = () => includeDigest(unit, [dir], new Map());

  const first = await digest();
  write('other.h', 'static int other = 2;\n');
  assert.equal(await digest(), first, 'a file the unit does not include changes nothing');
  write('inner/leaf.h', 'static int leaf = 2;\n');
  const second = await digest();
  assert.notEqual(second, first, 'a file included two levels down changes the key');
  assert.notEqual(await includeDigest('#include "other.h"\n', [dir], new Map()), second);
});
