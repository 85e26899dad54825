/**
 * The function table: every function the literal language knows, in one place.
 *
 * name → arity, C name (C99 libm), JS expression head. Printers look names up here and decide
 * nothing else; domains and derivatives join this table as the language grows.
 */

export interface FunctionInfo {
  name: string;
  /** Number of arguments. */
  arity: number;
  /** C99 libm function (double precision). */
  c: string;
  /** JS callee, e.g. `Math.exp`. */
  js: string;
}

const table: FunctionInfo[] = [
  { name: 'exp', arity: 1, c: 'exp', js: 'Math.exp' },
  { name: 'log', arity: 1, c: 'log', js: 'Math.log' },
  { name: 'sqrt', arity: 1, c: 'sqrt', js: 'Math.sqrt' },
  { name: 'sin', arity: 1, c: 'sin', js: 'Math.sin' },
  { name: 'cos', arity: 1, c: 'cos', js: 'Math.cos' },
  { name: 'tan', arity: 1, c: 'tan', js: 'Math.tan' },
  { name: 'abs', arity: 1, c: 'fabs', js: 'Math.abs' },
  { name: 'pow', arity: 2, c: 'pow', js: 'Math.pow' },
];

export const FUNCTIONS: ReadonlyMap<string, FunctionInfo> = new Map(table.map((f) => [f.name, f]));

/** Named constants of the language and their double values. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

export function functionInfo(name: string): FunctionInfo {
  const info = FUNCTIONS.get(name);
  if (!info) throw new Error(`symkernel internal error: no function '${name}' in the table`);
  return info;
}
