/**
 * The function table: every function the IR can call, in one place, merged from the groups.
 *
 * name → arity, C callee, JS callee, build-time evaluator. Printers look names up here and decide
 * nothing else.
 */
import { ELEMENTARY } from './elementary.js';
import { SPECIAL_BESSEL } from './special-bessel.js';
import { SPECIAL_GAMMA } from './special-gamma.js';
import { SPECIAL_INCOMPLETE } from './special-incomplete.js';
import type { FunctionInfo } from './types.js';

export type { FunctionInfo };

const ALL: FunctionInfo[] = [...ELEMENTARY, ...SPECIAL_GAMMA, ...SPECIAL_BESSEL, ...SPECIAL_INCOMPLETE];

const TABLE = new Map(ALL.map((f) => [f.name, f]));
if (TABLE.size !== ALL.length) throw new Error('symkernel internal error: a function is defined twice in the table');
/** The built-in functions only (what user functions may not redefine). */
export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set(TABLE.keys());
/** Every function a literal can call: the built-ins and the build's user functions (user.ts). */
export const FUNCTIONS: ReadonlyMap<string, FunctionInfo> = TABLE;

/** Replaces the user functions of the table (plugin option `functions`, validated by user.ts). */
export function setUserFunctions(infos: readonly FunctionInfo[]): void {
  for (const [name, info] of TABLE) if (info.user) TABLE.delete(name);
  for (const info of infos) {
    if (BUILTIN_FUNCTIONS.has(info.name)) throw new Error(`symkernel internal error: user function '${info.name}' shadows a built-in`);
    TABLE.set(info.name, info);
  }
}

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
