/** Plugin options (SPEC §2), resolved with their defaults in one place. */
import path from 'node:path';
import type { FilterPattern } from '@rollup/pluginutils';
import { userFunctionInfos, type UserFunctions } from '../functions/user.js';

export interface Options {
  /** Files to scan (`@rollup/pluginutils` createFilter patterns). Default: JS/TS sources. */
  include?: FilterPattern;
  /** Files to skip. Default: `node_modules`. */
  exclude?: FilterPattern;
  /** 'auto': build native kernels where a C compiler exists, else warn and ship JS kernels only. */
  native?: 'auto' | boolean;
  /** Where compiled addons are cached. Default: `node_modules/.cache/symkernel`. */
  cacheDir?: string;
  /** C compiler. Default: `$CC`, else `cc`. */
  cc?: string;
  /** Extra C flags, appended to the defaults. */
  cflags?: string[];
  /**
   * Functions the literals can call, with a C and a JS body:
   * `{ softclip: { params: ['x'], c: 'return x / (1 + fabs(x));', js: 'return x / (1 + Math.abs(x));' } }`.
   */
  functions?: UserFunctions;
}

export interface ResolvedOptions {
  include: FilterPattern;
  exclude: FilterPattern;
  native: 'auto' | boolean;
  cacheDir: string;
  cc?: string;
  cflags: string[];
  functions?: UserFunctions;
}

export const DEFAULT_INCLUDE = [/\.[cm]?[jt]sx?(?:$|\?)/];
export const DEFAULT_EXCLUDE = [/[\\/]node_modules[\\/]/];

export function resolveOptions(options: Options = {}, root = process.cwd()): ResolvedOptions {
  if (options.native !== undefined && options.native !== 'auto' && typeof options.native !== 'boolean') {
    throw new TypeError(`symkernel: option 'native' must be 'auto', true or false, got ${JSON.stringify(options.native)}`);
  }
  userFunctionInfos(options.functions); // throws a TypeError naming what is wrong, at plugin creation
  return {
    include: options.include ?? DEFAULT_INCLUDE,
    exclude: options.exclude ?? DEFAULT_EXCLUDE,
    native: options.native ?? 'auto',
    cacheDir: path.resolve(root, options.cacheDir ?? 'node_modules/.cache/symkernel'),
    cc: options.cc,
    cflags: options.cflags ?? [],
    functions: options.functions,
  };
}
