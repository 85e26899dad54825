/**
 * User functions (plugin option `functions`, SPEC §2): a function the literals can call, given by
 * its parameter names and a C and a JS body, e.g.
 *
 *   functions: { softclip: { params: ['x'], c: 'return x / (1 + fabs(x));', js: 'return x / (1 + Math.abs(x));' } }
 *
 * The bodies are the developer's own code, from the build configuration (not from a literal):
 * they are printed as the bodies of `static inline double sk_user_softclip(double x)` in each C
 * kernel that calls it and of a function in the JS kernel's closure. Names and parameters are
 * checked to be plain identifiers, so nothing else of the configuration reaches generated code.
 * User functions are not folded at build time and have no derivative.
 */
import { DISTRIBUTIONS } from './distributions.js';
import { SURFACE } from './surface.js';
import { BUILTIN_FUNCTIONS, setUserFunctions, type FunctionInfo } from './table.js';

export interface UserFunction {
  /** Parameter names, as the bodies use them. */
  params: readonly string[];
  /** C body of `double f(double p1, …)`: statements ending in `return …;` (C99, <math.h> available). */
  c: string;
  /** JS body of `function f(p1, …)`: statements ending in `return …;`. */
  js: string;
}

export type UserFunctions = Record<string, UserFunction>;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words that cannot name a parameter in C or JS, or that our printers use. */
const RESERVED = new Set(
  ('auto break case char const continue default do double else enum extern float for goto if inline int long register restrict return short ' +
    'signed sizeof static struct switch typedef union unsigned void volatile while _Bool class delete export extends false finally function ' +
    'import in instanceof let new null super this throw true try typeof var with yield await arguments eval implements interface package ' +
    'private protected public NaN Infinity undefined Math n i').split(' '),
);
const SPECIAL_FORMS = new Set(['Piecewise', 'Float', 'diff', 'hyper', 'Rational']);

/** Checks the option and makes the table rows; throws a TypeError naming what is wrong. */
export function userFunctionInfos(defs: UserFunctions | undefined): FunctionInfo[] {
  if (defs === undefined) return [];
  if (typeof defs !== 'object' || defs === null || Array.isArray(defs)) {
    throw new TypeError("symkernel: option 'functions' must be an object { name: { params, c, js } }");
  }
  return Object.entries(defs).map(([name, def]) => {
    const where = `symkernel: option 'functions.${name}'`;
    if (!IDENTIFIER.test(name) || RESERVED.has(name)) throw new TypeError(`${where}: the name must be an identifier (letters, digits, _)`);
    if (BUILTIN_FUNCTIONS.has(name) || SURFACE.has(name) || name in DISTRIBUTIONS || SPECIAL_FORMS.has(name) || name === 'pi' || name === 'e') {
      throw new TypeError(`${where}: '${name}' is a built-in function or name of the language and cannot be redefined`);
    }
    if (typeof def !== 'object' || def === null) throw new TypeError(`${where} must be an object { params, c, js }`);
    const { params, c, js } = def;
    if (!Array.isArray(params) || params.length === 0) throw new TypeError(`${where}.params must be a non-empty array of parameter names`);
    for (const p of params) {
      if (typeof p !== 'string' || !IDENTIFIER.test(p) || RESERVED.has(p) || p.startsWith('sk_')) {
        throw new TypeError(`${where}.params: ${JSON.stringify(p)} is not a usable parameter name (an identifier, not a C/JS keyword)`);
      }
    }
    if (new Set(params).size !== params.length) throw new TypeError(`${where}.params: a parameter name is repeated`);
    for (const [key, body] of [['c', c], ['js', js]] as const) {
      if (typeof body !== 'string' || !/\breturn\b/.test(body)) throw new TypeError(`${where}.${key} must be a function body (a string with a return statement)`);
    }
    const cName = `sk_user_${name}`;
    return {
      name,
      arity: params.length,
      c: cName,
      js: cName,
      user: {
        cDefinition: `static inline double ${cName}(${params.map((p) => `double ${p}`).join(', ')}) {\n${c}\n}`,
        jsDefinition: (fnName: string) => `function ${fnName}(${params.join(', ')}) {\n${js}\n}`,
      },
    };
  });
}

/** Makes `defs` the user functions of this process's compiles (replacing earlier ones). */
export function defineUserFunctions(defs: UserFunctions | undefined): void {
  setUserFunctions(userFunctionInfos(defs));
}
