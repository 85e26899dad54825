/** The shape of a function table row. See table.ts. */

export interface FunctionInfo {
  /** Name in literals and in the IR. */
  name: string;
  /** Number of arguments. */
  arity: number;
  /** C callee: a C99 libm function, or an `sk_*` function defined in `cSource`. */
  c: string;
  /** For `sk_*` functions: the file under native/ that defines it, included into the addon. */
  cSource?: string;
  /** JS callee: `Math.*`, or (with `jsSpecial`) the name of an export of `symkernel/special`. */
  js: string;
  /** True when `js` names an export of `symkernel/special` (src/special/index.ts). */
  jsSpecial?: boolean;
  /**
   * The JS implementation itself, used to fold constant subexpressions at build time, so that a
   * folded constant is bit-identical to what the JS kernel would compute.
   */
  evaluate?: (...args: number[]) => number;
  /**
   * A user function (plugin option `functions`): its C and JS definitions, printed into each
   * kernel that calls it (`static inline double sk_user_f(double x, …) { body }`, and a JS
   * function in the kernel's closure). Not folded at build time (no `evaluate`).
   */
  user?: { cDefinition: string; jsDefinition: (name: string) => string };
}
