/**
 * Accuracy measurement shared by test/accuracy.test.ts and scripts/accuracy-doc.ts.
 *
 * Each function of the table that has reference values (test/data/reference/<fn>.jsonl) is
 * evaluated through the real kernel path on both backends: a literal `(a0, …) => fn(a0, …)` is
 * compiled; its generated JS kernel runs in this process, its C kernel is compiled into an addon
 * by the system C compiler and run in a child node process. Errors are measured against the
 * reference in relative terms and in ulps of the reference value.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAddon } from '../../src/build/addon.js';
import { findToolchain } from '../../src/build/toolchain.js';
import { compileLiteral, type CompiledKernel } from '../../src/compile.js';
import { FUNCTIONS } from '../../src/functions/table.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REFERENCE_DIR = path.resolve(HERE, '../data/reference');
/** One JSON file per function group, merged: `{ fn: FunctionBounds }`. */
export const BOUNDS_DIR = path.resolve(HERE, '../data/accuracy-bounds');
const SPECIAL_INDEX = path.resolve(HERE, '../../src/special/index.ts');

export interface Point {
  args: number[];
  value: number;
}

const parseValue = (v: number | string): number =>
  typeof v === 'number' ? v : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v);

export function loadReference(fn: string): Point[] {
  const file = path.join(REFERENCE_DIR, `${fn}.jsonl`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((p) => ({ args: p.args.map(parseValue), value: parseValue(p.value) }));
}

export function referenceFunctions(): string[] {
  return fs
    .readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Errors

/** The spacing of doubles at |x| (2^-1074 for zero and subnormals). */
export function ulp(x: number): number {
  const a = Math.abs(x);
  if (a < 2 ** -1022) return 2 ** -1074;
  return 2 ** (Math.floor(Math.log2(a)) - 52) * (2 ** Math.floor(Math.log2(a)) > a ? 0.5 : 1);
}

export interface PointError {
  rel: number;
  ulps: number;
  abs: number;
}

export function pointError(got: number, want: number): PointError {
  if (Object.is(got, want) || got === want || (Number.isNaN(got) && Number.isNaN(want))) return { rel: 0, ulps: 0, abs: 0 };
  if (!Number.isFinite(want) || !Number.isFinite(got)) return { rel: Infinity, ulps: Infinity, abs: Infinity };
  const abs = Math.abs(got - want);
  return { rel: want === 0 ? Infinity : abs / Math.abs(want), ulps: abs / ulp(want), abs };
}

// ---------------------------------------------------------------------------------------------
// Bounds

export interface Bound {
  maxUlp?: number;
  maxRel?: number;
  maxAbs?: number;
}

export interface Region {
  name: string;
  /** Per argument index: [min, max] (inclusive); a point is in the region when all hold. */
  args?: Record<string, [number, number]>;
  /** The reference value's magnitude is below this (near a zero of the function). */
  valueAbsBelow?: number;
  bound: Bound;
}

export interface FunctionBounds {
  bound: Bound;
  js?: Bound;
  native?: Bound;
  regions?: Region[];
  note?: string;
}

export function loadBounds(): Record<string, FunctionBounds> {
  const merged: Record<string, FunctionBounds> = {};
  for (const file of fs.readdirSync(BOUNDS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    for (const [fn, b] of Object.entries(JSON.parse(fs.readFileSync(path.join(BOUNDS_DIR, file), 'utf8')) as Record<string, FunctionBounds>)) {
      if (merged[fn]) throw new Error(`bounds for ${fn} defined twice (${file})`);
      merged[fn] = b;
    }
  }
  return merged;
}

export function within(e: PointError, b: Bound): boolean {
  return (b.maxUlp !== undefined && e.ulps <= b.maxUlp) || (b.maxRel !== undefined && e.rel <= b.maxRel) || (b.maxAbs !== undefined && e.abs <= b.maxAbs);
}

export function regionOf(point: Point, bounds: FunctionBounds): Region | undefined {
  return bounds.regions?.find(
    (r) =>
      (!r.args || Object.entries(r.args).every(([i, [lo, hi]]) => point.args[Number(i)] >= lo && point.args[Number(i)] <= hi)) &&
      (r.valueAbsBelow === undefined || Math.abs(point.value) < r.valueAbsBelow),
  );
}

export interface Stats {
  count: number;
  /** Over points outside every documented region (the main domain). */
  maxRel: number;
  p99Rel: number;
  maxUlp: number;
  /** Points that break their bound (main-domain bound or their region's). */
  failures: { args: number[]; got: number; want: number; error: PointError; bound: Bound; region?: string }[];
}

export function measure(points: Point[], got: Float64Array, bounds: FunctionBounds | undefined, backend: 'js' | 'native'): Stats {
  const main: PointError[] = [];
  const failures: Stats['failures'] = [];
  points.forEach((p, i) => {
    const e = pointError(got[i], p.value);
    const region = bounds && regionOf(p, bounds);
    // Relative error means little for a subnormal reference value (its ulp is absolute): those
    // points are checked against their bound but left out of the main-domain statistics.
    if (!region && !(Math.abs(p.value) < 2 ** -1022)) main.push(e);
    if (!bounds) return;
    const bound = region ? region.bound : (bounds[backend] ?? bounds.bound);
    if (!within(e, bound)) failures.push({ args: p.args, got: got[i], want: p.value, error: e, bound, region: region?.name });
  });
  const rels = main.map((e) => e.rel).sort((a, b) => a - b);
  return {
    count: points.length,
    maxRel: rels.length ? rels[rels.length - 1] : 0,
    p99Rel: rels.length ? rels[Math.min(rels.length - 1, Math.floor(0.99 * rels.length))] : 0,
    maxUlp: Math.max(0, ...main.map((e) => e.ulps)),
    failures,
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation through the real kernel path

export function kernelFor(fn: string): CompiledKernel {
  const info = FUNCTIONS.get(fn);
  if (!info) throw new Error(`no function ${fn} in the table`);
  const params = Array.from({ length: info.arity }, (_, i) => `a${i}`);
  return compileLiteral(`(${params.join(', ')}) => ${fn}(${params.join(', ')})`);
}

const columns = (points: Point[], arity: number) =>
  Array.from({ length: arity }, (_, j) => Float64Array.from(points, (p) => p.args[j]));

const moduleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'symkernel-accuracy-'));

export async function evaluateJs(fn: string, points: Point[]): Promise<Float64Array> {
  return evaluateJsKernel(kernelFor(fn), points);
}

let moduleCounter = 0;

/** Runs a compiled kernel's generated JS on the points' argument columns. */
export async function evaluateJsKernel(k: CompiledKernel, points: Point[]): Promise<Float64Array> {
  const file = path.join(moduleDir, `kernel${moduleCounter++}.mjs`);
  fs.writeFileSync(file, `import * as special from ${JSON.stringify(pathToFileURL(SPECIAL_INDEX).href)};\nexport default ${k.js};\n`);
  const js = (await import(pathToFileURL(file).href)).default as (...a: unknown[]) => void;
  const out = new Float64Array(points.length);
  js(points.length, ...columns(points, k.params.length), out);
  return out;
}

/** Builds one addon for all `fns` and evaluates each on its points in a child node process. */
export async function evaluateNative(jobs: { fn: string; points: Point[] }[]): Promise<Map<string, Float64Array>> {
  const results = await evaluateNativeKernels(jobs.map((j) => ({ kernel: kernelFor(j.fn), points: j.points })));
  return new Map(jobs.map((j, i) => [j.fn, results[i]]));
}

/** Builds one addon for all kernels and runs each on its points in a child node process. */
export async function evaluateNativeKernels(jobs: { kernel: CompiledKernel; points: Point[] }[]): Promise<Float64Array[]> {
  const toolchain = await findToolchain();
  if (!toolchain) throw new Error('a C compiler is required (cc)');
  const kernels = jobs.map((j) => j.kernel);
  const built = await buildAddon(kernels, toolchain, path.join(moduleDir, 'cache'));
  const encode = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const input = jobs.map((j, i) => ({ id: kernels[i].id, n: j.points.length, args: columns(j.points, kernels[i].params.length).map(encode) }));
  const script = `
    const addon = require(${JSON.stringify(built.file)});
    const jobs = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const decode = (s) => { const b = Buffer.from(s, 'base64'); return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); };
    const out = jobs.map((j) => { const o = new Float64Array(j.n); addon[j.id](o, ...j.args.map(decode)); return Buffer.from(o.buffer).toString('base64'); });
    process.stdout.write(JSON.stringify(out));
  `;
  const stdout = execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 256 << 20 });
  const results = JSON.parse(stdout) as string[];
  const decode = (s: string) => {
    const b = Buffer.from(s, 'base64');
    return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  };
  return results.map(decode);
}

/** Functions that are in the table and have reference values (ACCURACY_ONLY=a,b narrows, for development). */
export function measurableFunctions(): string[] {
  const only = process.env.ACCURACY_ONLY?.split(',').filter(Boolean);
  return referenceFunctions().filter((fn) => FUNCTIONS.has(fn) && (!only || only.includes(fn)));
}
