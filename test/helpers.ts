/**
 * One-line helpers for the stage tests (esbuild/acorn style): expectIR, expectError, and a way to
 * turn generated JS kernel text into a function without eval (write a module, import it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileLiteral } from '../src/compile.js';
import { CompileError } from '../src/diagnostics/codes.js';
import { sexpr } from '../src/ir/sexpr.js';

export function expectIR(literal: string, expected: string): void {
  assert.equal(compileLiteral(literal).canonical.map(sexpr).join(' | '), expected, literal);
}

/** Asserts a CompileError with `code` whose first diagnostic starts at `column` (0-based, in the literal). */
export function expectError(literal: string, code: string, column: number, message?: RegExp): void {
  try {
    compileLiteral(literal);
  } catch (error) {
    assert.ok(error instanceof CompileError, `expected CompileError, got ${error}`);
    const [d] = error.diagnostics;
    assert.equal(d.code, code, `${literal}: ${d.message}`);
    assert.equal(d.span.start, column, `${literal}: ${d.message} at ${d.span.start}`);
    if (message) assert.match(d.message, message);
    return;
  }
  assert.fail(`expected ${code} for ${literal}`);
}

const moduleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-test-js-'));
let counter = 0;

/** Loads generated JS kernel text as a function by importing it as a module. */
export async function loadJsKernel(text: string): Promise<(...args: unknown[]) => void> {
  const file = path.join(moduleDir, `kernel${counter++}.mjs`);
  const special = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/special/index.ts')).href;
  fs.writeFileSync(file, `import * as special from ${JSON.stringify(special)};\nexport default ${text};\n`);
  return (await import(pathToFileURL(file).href)).default;
}

/** Relative difference, with exact equality (including both NaN / same infinity) as 0. */
export function relativeError(actual: number, expected: number): number {
  if (Object.is(actual, expected) || actual === expected) return 0;
  if (Number.isNaN(actual) && Number.isNaN(expected)) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}

export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, label = ''): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < expected.length; i++) {
    const err = relativeError(actual[i], expected[i]);
    assert.ok(err <= tolerance, `${label}[${i}]: got ${actual[i]}, expected ${expected[i]} (relative error ${err})`);
  }
}

/** Deterministic inputs (xorshift), uniform in [lo, hi). */
export function uniform(n: number, lo: number, hi: number, seed = 12345): Float64Array {
  let s = seed >>> 0 || 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = lo + (hi - lo) * (s / 2 ** 32);
  }
  return out;
}

/** Runs `node <args>` in `cwd` (a fixture), colours off: status, output and wall time. */
export function runNode(cwd: string, args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr, ms: performance.now() - started };
}

/** `runNode`, failing the test (with the output) on a non-zero exit. */
export function runNodeOk(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = runNode(cwd, args, env);
  assert.equal(r.status, 0, `node ${args.join(' ')} failed in ${cwd}:\n${r.output}`);
  return r;
}

/** A deterministic generator (mulberry32) of uniforms in [0, 1), so failures reproduce. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
