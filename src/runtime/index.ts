/**
 * The elementwise runtime: what ships in bundles. Turns a generated kernel spec (JS function,
 * optional native function) into the user-facing callable `k(...args)` with `k.into`, `k.params`,
 * `k.backend`, `k.source` (SPEC §4).
 *
 * Must not: import anything from Node (browser bundles carry this file), parse anything, or write
 * into any buffer before every argument has been validated.
 */

/** `(n, a0, …, aN-1, o0, …)`: each `aK` is a number or a Float64Array of length n. */
export type JsKernel = (n: number, ...args: unknown[]) => void;

/** `(o0, …, a0, …, aN-1)` from the native addon: Float64Array outputs, number or Float64Array inputs. */
export type NativeKernel = (...args: unknown[]) => void;

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
}

export type Argument = number | ArrayLike<number>;
export type Result = Float64Array | number | (Float64Array | number)[] | Record<string, Float64Array | number>;
export type Out = Float64Array | Float64Array[] | Record<string, Float64Array>;

export interface Kernel {
  (...args: Argument[]): Result;
  /** Writes into preallocated output arrays (one, an array, or an object by name) and returns them. */
  into<T extends Out>(out: T, ...args: Argument[]): T;
  readonly params: readonly string[];
  readonly backend: 'native' | 'js';
  readonly source: string;
  readonly id: string;
}

type Input = number | Float64Array;

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
  if (value instanceof Float64Array) return value;
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

  /** Validates and converts arguments; returns the broadcast length (-1 when all are numbers). */
  const prepare = (args: unknown[], inputs: Input[]): number => {
    if (args.length !== arity) {
      throw new TypeError(`symkernel: kernel ${signature} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
    }
    let n = -1;
    let lengthFrom = '';
    for (let i = 0; i < arity; i++) {
      const input = toInput(args[i], params[i]);
      inputs[i] = input;
      if (typeof input === 'number') continue;
      if (n === -1) {
        n = input.length;
        lengthFrom = params[i];
      } else if (input.length !== n) {
        throw new RangeError(`symkernel: parameter '${params[i]}' has length ${input.length}, but '${lengthFrom}' has length ${n}`);
      }
    }
    if (n > MAX_LENGTH) throw new RangeError(`symkernel: arrays longer than ${MAX_LENGTH} elements are not supported (got ${n})`);
    for (const c of captured) inputs.push(c);
    return n;
  };

  const run = (n: number, inputs: Input[], outs: Float64Array[]): void => {
    if (native) native(...outs, ...inputs);
    else js(n, ...inputs, ...outs);
  };

  const shaped = <T>(values: T[]): T | T[] | Record<string, T> => {
    if (shape === 'single') return values[0];
    if (shape === 'tuple') return values;
    return Object.fromEntries(names.map((name, k) => [name, values[k]]));
  };

  const call = (...args: Argument[]): Result => {
    const inputs: Input[] = new Array(arity);
    const n = prepare(args, inputs);
    if (n === -1) {
      const outs = Array.from({ length: nout }, () => new Float64Array(1));
      js(1, ...inputs, ...outs);
      return shaped(outs.map((o) => o[0])) as Result;
    }
    const outs = Array.from({ length: nout }, () => new Float64Array(n));
    run(n, inputs, outs);
    return shaped(outs) as Result;
  };

  /** The output arrays of `into`, in kernel order, validated. */
  const outputsOf = (out: unknown): Float64Array[] => {
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
      if (!(o instanceof Float64Array)) throw new TypeError(`symkernel: ${label(k)} must be a Float64Array, got ${describe(o)}`);
      if (o.length !== (list[0] as Float64Array).length) throw new RangeError(`symkernel: ${label(k)} has length ${o.length}, but ${label(0)} has length ${(list[0] as Float64Array).length}`);
      if (o.length > MAX_LENGTH) throw new RangeError(`symkernel: ${label(k)} is longer than ${MAX_LENGTH} elements`);
    });
    return list as Float64Array[];
  };

  const into = <T extends Out>(out: T, ...args: Argument[]): T => {
    const outs = outputsOf(out);
    const inputs: Input[] = new Array(arity);
    const n = prepare(args, inputs);
    if (n !== -1 && outs[0].length !== n) {
      throw new RangeError(`symkernel: the outputs have length ${outs[0].length}, but the inputs have length ${n}`);
    }
    run(outs[0].length, inputs, outs);
    return out;
  };

  return Object.defineProperties(call, {
    into: { value: into },
    params: { value: Object.freeze([...params]), enumerable: true },
    backend: { value: native ? 'native' : 'js', enumerable: true },
    source: { value: spec.source, enumerable: true },
    id: { value: spec.id },
  }) as unknown as Kernel;
}
