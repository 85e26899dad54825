/**
 * The project configuration file for the entry points without a bundler configuration (the
 * register hook, the CLI): `symkernel.config.mjs` (or `.js`) in the project root — the nearest
 * folder at or above the working directory with a package.json — whose default export holds the
 * options that change what a literal means, today `functions` (user functions, see
 * functions/user.ts):
 *
 *   export default { functions: { softclip: { params: ['x'], c: '…', js: '…' } } };
 *
 * Bundler plugins take the same options directly (`symkernel({ functions })`). Finding the file is
 * cheap (the register hook does it on every start); applying it loads the function table, so only
 * a compile does that.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UserFunctions } from './functions/user.js';

export const CONFIG_FILES = ['symkernel.config.mjs', 'symkernel.config.js'];

export interface ProjectConfig {
  functions?: UserFunctions;
}

/** The project's configuration file and a hash of its text (for cache keys), if there is one. */
export function findProjectConfig(cwd = process.cwd()): { file: string; hash: string } | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) return { file, hash: createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16) };
    }
    if (fs.existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir) return undefined;
  }
}

/** Imports the configuration file, checks it (a TypeError naming the file and option) and applies it. */
export async function applyProjectConfig(file: string): Promise<ProjectConfig> {
  const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  const config = loaded.default;
  if (typeof config !== 'object' || config === null) throw new TypeError(`symkernel: ${file} must export default an object ({ functions })`);
  const { functions, ...rest } = config as ProjectConfig & Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new TypeError(`symkernel: ${file}: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')} (known: 'functions')`);
  const { defineUserFunctions, userFunctionInfos } = await import('./functions/user.js');
  try {
    userFunctionInfos(functions);
  } catch (error) {
    throw new TypeError(`${(error as Error).message} (in ${file})`);
  }
  defineUserFunctions(functions);
  return { functions };
}
