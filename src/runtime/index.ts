/**
 * The elementwise runtime: what ships in bundles. Turns a generated kernel spec (JS function,
 * optional native function) into the user-facing callable `k(...args)` with `k.into`, `k.params`,
 * `k.backend`, `k.source` (SPEC §4).
 *
 * Must not: import anything from Node (browser bundles carry this file), parse anything, or write
 * into any buffer before every argument has been validated.
 */

export { located } from './located.js';

/** `(n, a0, …, aN-1, o0, …)`: each `aK` is a number or a Float64Array of length n. */
export type JsKernel = (n: number, ...args: unknown[]) => void;

/**
 * `(o0, …, a0, …, aN-1)` from the native addon: typed-array outputs, number or typed-array inputs
 * (all arrays Float64Array, or all Float32Array); `.reduce(op, a0, …)` and `.async(o0, …, a0, …)`.
 */
export type NativeKernel = ((...args: unknown[]) => void) & {
  reduce?: (op: number, ...args: unknown[]) => number[];
  async?: (...args: unknown[]) => Promise<void>;
};

export type Addon = Record<string, NativeKernel | unknown>;

export interface KernelSpec {
  id: string;
  params: readonly string[];
  source: string;
  js: JsKernel;
  addon?: Addon | null;
  /** 'single' (default): one output; 'tuple': an array of outputs; 'named': an object. */
  shape?: 'single' | 'tuple' | 'named';
  /** Number of outputs (tuple), or their names (named). */
  outputs?: number | readonly string[];
  /** Values of run-time `${…}` interpolations, passed after the parameters. */
  captured?: readonly unknown[];
  /**
   * Calls shorter than this run the JS kernel even when the native one is loaded: below it the
   * Node-API call costs more than the kernel saves (see bench/crossover.mjs). Default 64.
   */
  crossover?: number;
}

import type { Argument, Kernel } from './signature.js';
/** The user-facing kernel types (declared signatures, result types) live in runtime/signature.ts. */
export type { Argument, Kernel, Vec, NumericArray, Signature, Untyped, Outputs, Output, ResultOf, ElementFor, Shaped } from './signature.js';
type FloatArray = Float64Array | Float32Array;
export type Result = FloatArray | number | (FloatArray | number)[] | Record<string, FloatArray | number>;
export type Out = FloatArray | FloatArray[] | Record<string, FloatArray>;
/** A reduction's value: a number, or one per output (array or object, as the kernel's outputs). */
export type Reduced = number | number[] | Record<string, number>;

type Input = number | FloatArray;

const SUM = 1;
const MIN = 2;
const MAX = 3;
/** Elements per block of the JS reductions (as the native driver's SK_BLOCK). */
const BLOCK = 256;

/** Generated JS kernels index with `i & mask` (int32). */
const MAX_LENGTH = 0x7fffffff;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an Array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === 'object' ? `an object (${(value as object).constructor?.name ?? 'Object'})` : `a ${typeof value}`;
}

function toInput(value: unknown, name: string): Input {
  if (typeof value === 'number') return value;
  if (value instanceof Float64Array || value instanceof Float32Array) return value;
  const isNumericView =
    ArrayBuffer.isView(value) && !(value instanceof DataView) && !(value instanceof BigInt64Array) && !(value instanceof BigUint64Array);
  if (isNumericView) return Float64Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) {
    const converted = new Float64Array(value.length);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'number') {
        throw new TypeError(`symkernel: parameter '${name}' must hold numbers, but element ${i} is ${describe(value[i])}`);
      }
      converted[i] = value[i];
    }
    return converted;
  }
  throw new TypeError(`symkernel: parameter '${name}' must be a number, a typed array or an array of numbers, got ${describe(value)}`);
}

export function kernel(spec: KernelSpec): Kernel {
  const { params, js } = spec;
  const arity = params.length;
  const shape = spec.shape ?? 'single';
  const names = shape === 'named' ? [...(spec.outputs as readonly string[])] : [];
  const nout = shape === 'single' ? 1 : shape === 'named' ? names.length : (spec.outputs as number);
  const native = typeof spec.addon?.[spec.id] === 'function' ? (spec.addon[spec.id] as NativeKernel) : undefined;
  const signature = `(${params.join(', ')})`;
  const captured = (spec.captured ?? []).map((v, i) => {
    if (typeof v !== 'number') throw new TypeError(`symkernel: interpolated value #${i + 1} in sym\`${spec.source}\` must be a number, got ${describe(v)}`);
    return v;
  });

  /**
   * Validates and converts arguments into `inputs`; returns the broadcast length (-1 when all are
   * numbers) and the element type: float32 when every array is a Float32Array, else float64 (and
   * Float32Arrays among Float64Arrays are widened).
   */
  /** Set by `prepare`: the element type of the last prepared call. */
  let preparedF32 = false;
  const ncaptured = captured.length;

  const prepare = (args: unknown[], inputs: Input[]): number => {
    if (args.length !== arity) {
      throw new TypeError(`symkernel: kernel ${signature} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
    }
    let n = -1;
    let lengthFrom = 0;
    let f32 = true;
    let widen = false;
    for (let i = 0; i < arity; i++) {
      const arg = args[i];
      // Fast path for what calls usually pass; toInput converts (and rejects) anything else.
      const input = typeof arg === 'number' || arg instanceof Float64Array ? arg : toInput(arg, params[i]);
      inputs[i] = input;
      if (typeof input === 'number') continue;
      if (input instanceof Float32Array) widen = true;
      else f32 = false;
      if (n === -1) {
        n = input.length;
        lengthFrom = i;
      } else if (input.length !== n) {
        throw new RangeError(`symkernel: parameter '${params[i]}' has length ${input.length}, but '${params[lengthFrom]}' has length ${n}`);
      }
    }
    if (n > MAX_LENGTH) throw new RangeError(`symkernel: arrays longer than ${MAX_LENGTH} elements are not supported (got ${n})`);
    if (n === -1) f32 = false;
    if (!f32 && widen) for (let i = 0; i < arity; i++) if (inputs[i] instanceof Float32Array) inputs[i] = Float64Array.from(inputs[i] as Float32Array);
    for (let c = 0; c < ncaptured; c++) inputs[arity + c] = captured[c];
    preparedF32 = f32;
    return n;
  };

  /**
   * An output that overlaps an input at another offset would be read after being written: copy
   * that input. Inputs and outputs of a call always have one element type (see prepareInto), so
   * views that start at the same byte are safe whatever their buffer (elementwise, index by index).
   * Typed-array getters are slow in V8 (~10-30 ns each), so each offset is read once and `.buffer`
   * only for views that start elsewhere.
   */
  const separate = (inputs: Input[], outs: FloatArray[]) => {
    for (let k = 0; k < outs.length; k++) {
      const o = outs[k];
      const start = o.byteOffset;
      for (let i = 0; i < inputs.length; i++) {
        const x = inputs[i];
        if (typeof x === 'number' || x === o) continue;
        const xStart = x.byteOffset;
        if (xStart === start || x.buffer !== o.buffer) continue;
        const overlap = start < xStart + x.byteLength && xStart < start + o.byteLength;
        if (overlap) inputs[i] = x.slice();
      }
    }
  };

  const crossover = spec.crossover ?? 64;

  // Argument lists reused from call to call (a call is synchronous and never re-entered), so
  // that a call spreads nothing: js(n, inputs…, outs…) and native(outs…, inputs…).
  const ninputs = arity + ncaptured;
  const jsArgs: unknown[] = new Array(1 + ninputs + nout);
  const nativeArgs: unknown[] = new Array(nout + ninputs);

  /** `fresh`: the outputs were just allocated (nothing can overlap them). */
  const run = (n: number, inputs: Input[], outs: FloatArray[], fresh = false): void => {
    if (!fresh) separate(inputs, outs);
    if (native && n >= crossover) {
      for (let k = 0; k < nout; k++) nativeArgs[k] = outs[k];
      for (let i = 0; i < ninputs; i++) nativeArgs[nout + i] = inputs[i];
      native.apply(undefined, nativeArgs);
      for (let j = 0; j < nativeArgs.length; j++) nativeArgs[j] = undefined; // hold no reference to the caller's arrays
      return;
    }
    runJs(n, inputs, outs);
  };

  function runJs(n: number, inputs: Input[], outs: FloatArray[]): void {
    jsArgs[0] = n;
    for (let i = 0; i < ninputs; i++) jsArgs[1 + i] = inputs[i];
    for (let k = 0; k < nout; k++) jsArgs[1 + ninputs + k] = outs[k];
    js.apply(undefined, jsArgs as [number, ...unknown[]]);
    for (let j = 1; j < jsArgs.length; j++) jsArgs[j] = undefined; // hold no reference to the caller's arrays
  }

  const shaped = <T>(values: T[]): T | T[] | Record<string, T> => {
    if (shape === 'single') return values[0];
    if (shape === 'tuple') return values;
    return Object.fromEntries(names.map((name, k) => [name, values[k]]));
  };

  const allocate = (n: number, f32: boolean) => Array.from({ length: nout }, () => (f32 ? new Float32Array(n) : new Float64Array(n)));

  const call = (...args: Argument[]): Result => {
    const inputs: Input[] = new Array(ninputs);
    const n = prepare(args, inputs);
    if (n === -1) {
      const outs = allocate(1, false);
      runJs(1, inputs, outs);
      return shaped(outs.map((o) => o[0])) as Result;
    }
    const outs = allocate(n, preparedF32);
    run(n, inputs, outs, true);
    return shaped(outs) as Result;
  };

  /** The output arrays of `into`, in kernel order, validated. */
  const outputsOf = (out: unknown): FloatArray[] => {
    if (shape === 'single' && out instanceof Float64Array) {
      if (out.length > MAX_LENGTH) throw new RangeError(`symkernel: 'out' is longer than ${MAX_LENGTH} elements`);
      return [out];
    }
    let list: unknown[];
    if (shape === 'single') list = [out];
    else if (shape === 'tuple') {
      if (!Array.isArray(out) || out.length !== nout) throw new TypeError(`symkernel: 'out' must be an array of ${nout} Float64Arrays, got ${describe(out)}`);
      list = out;
    } else {
      if (typeof out !== 'object' || out === null || ArrayBuffer.isView(out)) {
        throw new TypeError(`symkernel: 'out' must be an object with Float64Arrays ${names.map((n) => `'${n}'`).join(', ')}, got ${describe(out)}`);
      }
      list = names.map((name) => (out as Record<string, unknown>)[name]);
    }
    const label = (k: number) => (shape === 'single' ? "'out'" : shape === 'tuple' ? `'out[${k}]'` : `'out.${names[k]}'`);
    list.forEach((o, k) => {
      if (!(o instanceof Float64Array || o instanceof Float32Array)) throw new TypeError(`symkernel: ${label(k)} must be a Float64Array or Float32Array, got ${describe(o)}`);
      const first = list[0] as FloatArray;
      if (o.length !== first.length) throw new RangeError(`symkernel: ${label(k)} has length ${o.length}, but ${label(0)} has length ${first.length}`);
      if (o.constructor !== first.constructor) throw new TypeError(`symkernel: ${label(k)} is a ${o.constructor.name}, but ${label(0)} is a ${first.constructor.name}`);
      if (o.length > MAX_LENGTH) throw new RangeError(`symkernel: ${label(k)} is longer than ${MAX_LENGTH} elements`);
    });
    return list as FloatArray[];
  };

  /** Validates an `into`-style call; returns the inputs and the length to run. */
  const prepareInto = (outs: FloatArray[], args: Argument[]): { inputs: Input[]; n: number } => {
    const inputs: Input[] = new Array(ninputs);
    const n = prepare(args, inputs);
    const f32 = preparedF32;
    if (n !== -1 && outs[0].length !== n) {
      throw new RangeError(`symkernel: the outputs have length ${outs[0].length}, but the inputs have length ${n}`);
    }
    const wantF32 = outs[0] instanceof Float32Array;
    if (n !== -1 && wantF32 !== f32) {
      throw new TypeError(
        wantF32
          ? "symkernel: 'out' is a Float32Array, but the array arguments are not all Float32Arrays (the result would be float64)"
          : "symkernel: 'out' is a Float64Array, but every array argument is a Float32Array (the result is float32)",
      );
    }
    return { inputs, n: outs[0].length };
  };

  const into = <T extends Out>(out: T, ...args: Argument[]): T => {
    const outs = outputsOf(out);
    const { inputs, n } = prepareInto(outs, args);
    run(n, inputs, outs);
    return out;
  };

  const runAsync = async (...args: Argument[]): Promise<Result> => {
    const inputs: Input[] = new Array(ninputs);
    const n = prepare(args, inputs);
    if (n === -1 || !native?.async || n < crossover) return call(...args);
    const outs = allocate(n, preparedF32);
    separate(inputs, outs);
    await native.async(...outs, ...inputs);
    return shaped(outs) as Result;
  };

  /** One reduction over every output: native when loaded, else blockwise through the JS kernel. */
  const reduce = (op: number, args: Argument[]): number[] => {
    const inputs: Input[] = new Array(ninputs);
    const n = prepare(args, inputs);
    const length = n === -1 ? 1 : n;
    if (native?.reduce && length >= crossover) return native.reduce(op, ...inputs);
    const sums = new Float64Array(nout);
    const compensations = new Float64Array(nout);
    const extreme = new Float64Array(nout).fill(op === MIN ? Infinity : -Infinity);
    const blocks = allocate(Math.min(BLOCK, length), false) as Float64Array[];
    const views: Input[] = new Array(inputs.length);
    for (let start = 0; start < length; start += BLOCK) {
      const len = Math.min(BLOCK, length - start);
      for (let i = 0; i < inputs.length; i++) {
        const x = inputs[i];
        views[i] = typeof x === 'number' ? x : x.subarray(start, start + len);
      }
      const outs = len === blocks[0].length ? blocks : blocks.map((b) => b.subarray(0, len));
      js(len, ...views, ...outs);
      for (let k = 0; k < nout; k++) {
        const o = outs[k];
        if (op === SUM) {
          // Neumaier's compensated addition of the block's pairwise sum.
          const x = pairwise(o, 0, len);
          const t = sums[k] + x;
          compensations[k] += Math.abs(sums[k]) >= Math.abs(x) ? sums[k] - t + x : x - t + sums[k];
          sums[k] = t;
        } else {
          let m = extreme[k];
          for (let j = 0; j < len; j++) m = op === MIN ? (o[j] < m || o[j] !== o[j] ? o[j] : m) : o[j] > m || o[j] !== o[j] ? o[j] : m;
          extreme[k] = m;
        }
      }
    }
    return Array.from({ length: nout }, (_, k) => (op === SUM ? sums[k] + compensations[k] : extreme[k]));
  };

  const reduced = (values: number[]): Reduced => shaped(values) as Reduced;
  const lengthOf = (args: Argument[]) => {
    const lengths = args.filter((a) => typeof a !== 'number').map((a) => (a as ArrayLike<number>).length);
    return lengths.length ? lengths[0] : 1;
  };

  return Object.defineProperties(call, {
    into: { value: into },
    async: { value: runAsync },
    sum: { value: (...args: Argument[]) => reduced(reduce(SUM, args)) },
    mean: { value: (...args: Argument[]) => reduced(reduce(SUM, args).map((s) => s / lengthOf(args))) },
    min: { value: (...args: Argument[]) => reduced(reduce(MIN, args)) },
    max: { value: (...args: Argument[]) => reduced(reduce(MAX, args)) },
    params: { value: Object.freeze([...params]), enumerable: true },
    backend: { value: native ? 'native' : 'js', enumerable: true },
    source: { value: spec.source, enumerable: true },
    id: { value: spec.id },
  }) as unknown as Kernel;
}

/** Pairwise sum of x[from, to) (error O(log n · eps)), as the native driver's. */
function pairwise(x: Float64Array, from: number, to: number): number {
  if (to - from <= 8) {
    let s = 0;
    for (let i = from; i < to; i++) s += x[i];
    return s;
  }
  const h = from + ((to - from) >> 1);
  return pairwise(x, from, h) + pairwise(x, h, to);
}
