/**
 * `symkernel check [globs…]`: the diagnostics of every literal of a project's sources, as
 * file:line:col with a code frame. Compiles the math, no C. Exit status 1 when any literal has an
 * error.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { SymkernelBuildError } from '../diagnostics/located.js';
import { transform } from '../extract/transform.js';

export const DEFAULT_CHECK_GLOBS = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'];
const IGNORED = ['**/node_modules/**', '**/dist/**'];

export function check(globs: string[]): number {
  const files = globSync(globs.length ? globs : DEFAULT_CHECK_GLOBS, { ignore: IGNORED, absolute: false }).sort();
  let errors = 0;
  let warnings = 0;
  let literals = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    try {
      const result = transform(code, file);
      literals += result?.kernels.length ?? 0;
      for (const w of result?.warnings ?? []) {
        warnings++;
        process.stdout.write(`${w.formatted}\n\n`);
      }
    } catch (error) {
      if (!(error instanceof SymkernelBuildError)) throw error;
      for (const d of error.diagnostics) {
        errors++;
        process.stdout.write(`${d.formatted}\n\n`);
      }
    }
  }
  process.stdout.write(`${files.length} files, ${literals} literals compiled, ${errors} errors, ${warnings} warnings\n`);
  return errors ? 1 : 0;
}
