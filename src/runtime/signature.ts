/**
 * The static types of a kernel (types only, nothing here exists at run time).
 *
 * A kernel's signature is declared as a function type on the tag, `sym<(x: Vec, mu: number) =>
 * Vec>\`…\``: its parameters are what calls accept (each a `number`, or a `Vec` — an array — or a
 * union of both to allow broadcasting), its return type declares the outputs' *shape*: one output
 * (`Vec`), a tuple of outputs (`[Vec, Vec]`), or named outputs (`{ mean: Vec; sd: Vec }`). What a
 * call returns then follows SPEC §4 from the argument types of that call: all numbers → `number`,
 * every array a `Float32Array` → `Float32Array`, else `Float64Array`, in the declared shape.
 *
 * Without a type argument the signature is `Untyped`: any number of number/array arguments, and
 * a result whose element type follows the arguments but whose shape may be any of the three.
 *
 * Must not: use types newer than TypeScript 5.0 can read (this is published as .d.ts), or
 * describe anything the runtime does not do.
 */

/** The typed arrays a kernel accepts; all but Float64Array and Float32Array are converted to Float64Array. */
export type NumericArray =
  | Float64Array
  | Float32Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array;

/**
 * An array argument: a typed array or an array of numbers. In a declared return type, `Vec`
 * stands for one output (an array when the call has an array argument).
 */
export type Vec = NumericArray | readonly number[];

/** What one parameter of a kernel accepts: a number (broadcast) or an array. */
export type Argument = number | Vec;

/** One output in a declared return type. */
export type Output = Vec | number;

/** A declared return type: one output, a tuple of outputs, or named outputs. */
export type Outputs = Output | readonly Output[] | { readonly [name: string]: Output };

/**
 * What `sym<F>` accepts as F: a function type whose parameters are numbers and/or arrays and
 * whose return type is an `Outputs`. Written as a method's type so that its parameters compare
 * bivariantly: `(x: Vec, mu: number) => Vec` fits, `(x: string) => Vec` does not.
 */
export type Signature = { check(...args: Argument[]): Outputs }['check'];

/** The signature of a `sym` literal without a type argument. */
export type Untyped = (...args: Argument[]) => Output | Output[] | { [name: string]: Output };

/** A computed array: what a call returns per output when it has array arguments. */
export type FloatArray = Float64Array | Float32Array;

type Params<F> = F extends (...args: infer P) => unknown ? P : never;
type Declared<F> = F extends (...args: never[]) => infer R ? R : never;

/** How the runtime sees one argument type: a number, a Float32Array, or any other array. */
type KindOf<T> = T extends number ? 'number' : T extends Float32Array ? 'float32' : 'float64';
/** true when every argument may be of a kind in K (vacuously true without arguments). */
type EveryMay<A extends readonly unknown[], K> = { [I in keyof A]: [Extract<KindOf<A[I]>, K>] extends [never] ? false : true }[number] extends true
  ? true
  : false;
/** true when some argument may be of kind K. */
type SomeMay<A extends readonly unknown[], K> = [Extract<KindOf<A[number]>, K>] extends [never] ? false : true;

/**
 * The element type of each output for arguments A (SPEC §4): all numbers → number; every array a
 * Float32Array → Float32Array; otherwise Float64Array. A union when the argument types allow
 * several cases.
 */
export type ElementFor<A extends readonly unknown[]> =
  | (EveryMay<A, 'number'> extends true ? number : never)
  | (SomeMay<A, 'float64'> extends true ? Float64Array : never)
  | (EveryMay<A, 'number' | 'float32'> extends true ? (SomeMay<A, 'float32'> extends true ? Float32Array : never) : never);

/** The output arrays `into` accepts for arguments A: with array arguments, of the result's type; with numbers only, either. */
type OutElementFor<A extends readonly unknown[]> = Exclude<ElementFor<A>, number> | (number extends ElementFor<A> ? FloatArray : never);

/** The declared return type R with every output replaced by E: E, a tuple of E, or an object of E. */
export type Shaped<R, E> = R extends readonly unknown[]
  ? number extends R['length']
    ? R extends Vec
      ? E
      : E[]
    : { -readonly [K in keyof R]: E }
  : R extends Output
    ? E
    : { -readonly [K in keyof R]: E };

/** What `k(...args)` returns for a kernel declared as F called with arguments A. */
export type ResultOf<F, A extends readonly unknown[]> = Shaped<Declared<F>, ElementFor<A>>;

/**
 * A compiled kernel (SPEC §4). `F` is its declared signature (`sym<F>`), `Untyped` by default.
 */
export interface Kernel<F extends Signature = Untyped> {
  /** Computes every output elementwise; numbers broadcast, arrays must share one length. */
  <A extends Params<F>>(...args: A): ResultOf<F, A>;
  /** Writes into preallocated output arrays (one, an array, or an object by name) and returns them. */
  into<A extends Params<F>, O extends Shaped<Declared<F>, OutElementFor<A>>>(out: O, ...args: A): O;
  /** Like the call, computed off the main thread (libuv pool) when native; the buffers stay alive until it settles. */
  async<A extends Params<F>>(...args: A): Promise<ResultOf<F, A>>;
  /** Sum of the elementwise result without allocating it (compensated: pairwise blocks, Neumaier across blocks). */
  sum(...args: Params<F>): Shaped<Declared<F>, number>;
  mean(...args: Params<F>): Shaped<Declared<F>, number>;
  min(...args: Params<F>): Shaped<Declared<F>, number>;
  max(...args: Params<F>): Shaped<Declared<F>, number>;
  /** The literal's parameter names, in order. */
  readonly params: readonly string[];
  readonly backend: 'native' | 'js';
  /** The literal's text. */
  readonly source: string;
  readonly id: string;
}
