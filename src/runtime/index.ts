/**
 * The elementwise runtime: what ships in bundles. Turns a generated kernel spec (JS function,
 * optional native function) into the user-facing callable `k(...args)` with `k.into`, `k.params`,
 * `k.backend`, `k.source`.
 *
 * Must not: import anything from Node (browser bundles carry this file), parse anything, or write
 * into any buffer before every argument has been validated.
 */

/** `(n, a0, …, aN-1, o0)`: each `aK` is a number or an array-like of length n. */
export type JsKernel = (n: number, ...args: unknown[]) => void;

/** `(o0, a0, …, aN-1)` from the native addon: Float64Array outputs, number or Float64Array inputs. */
export type NativeKernel = (...args: unknown[]) => void;

export type Addon = Record<string, NativeKernel | unknown>;

export interface KernelSpec {
  id: string;
  params: readonly string[];
  source: string;
  js: JsKernel;
  addon?: Addon | null;
}

export type Argument = number | ArrayLike<number>;

export interface Kernel {
  (...args: Argument[]): Float64Array | number;
  /** Writes into `out` (a Float64Array of the broadcast length) and returns it. */
  into(out: Float64Array, ...args: Argument[]): Float64Array;
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
  const native = typeof spec.addon?.[spec.id] === 'function' ? (spec.addon[spec.id] as NativeKernel) : undefined;
  const signature = `(${params.join(', ')})`;

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
    return n;
  };

  const run = (n: number, inputs: Input[], out: Float64Array): void => {
    if (native) native(out, ...inputs);
    else js(n, ...inputs, out);
  };

  const call = (...args: Argument[]): Float64Array | number => {
    const inputs = new Array<Input>(arity);
    const n = prepare(args, inputs);
    if (n === -1) {
      const out = new Float64Array(1);
      js(1, ...inputs, out);
      return out[0];
    }
    const out = new Float64Array(n);
    run(n, inputs, out);
    return out;
  };

  const into = (out: Float64Array, ...args: Argument[]): Float64Array => {
    if (!(out instanceof Float64Array)) throw new TypeError(`symkernel: 'out' must be a Float64Array, got ${describe(out)}`);
    const inputs = new Array<Input>(arity);
    const n = prepare(args, inputs);
    if (n !== -1 && out.length !== n) {
      throw new RangeError(`symkernel: 'out' has length ${out.length}, but the inputs have length ${n}`);
    }
    if (out.length > MAX_LENGTH) throw new RangeError(`symkernel: 'out' is longer than ${MAX_LENGTH} elements`);
    run(out.length, inputs, out);
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
