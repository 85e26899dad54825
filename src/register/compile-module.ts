/**
 * One source file (JS or TS) → the JavaScript Node runs, plus the kernels of its `sym` literals.
 *
 * Literals are compiled first, on the original text (so diagnostics and code frames show the
 * user's TypeScript), then the types of a TS file are erased (strip-types.ts), which keeps every
 * position: the transform's source map stays valid for the final code. Shared by the register
 * hook and `symkernel build`; what the addon import points at is the caller's business (the code
 * keeps importing `virtual:symkernel/addon`).
 */
import type { CompiledKernel } from '../compile.js';
import type { LocatedDiagnostic } from '../diagnostics/located.js';
import { transform } from '../extract/transform.js';
import { stripTypes, TS_EXTENSION } from './strip-types.js';

export interface CompiledModule {
  code: string;
  /** How Node should run it: `.mts` and files with import/export are ESM, `.cts` and the rest CommonJS. */
  format: 'module' | 'commonjs';
  kernels: CompiledKernel[];
  warnings: LocatedDiagnostic[];
  /** Source map of the literal replacements (JSON), when there were any. */
  map?: string;
}

/**
 * @param filename names the file in diagnostics (a path relative to the working directory reads best)
 * @throws SymkernelBuildError for a broken literal, TypeStripError for TypeScript that cannot be erased
 */
export function compileModule(source: string, filename: string): CompiledModule {
  const result = transform(source, filename);
  let code = result?.code ?? source;
  let format: CompiledModule['format'] = result ? 'module' : 'commonjs';
  if (TS_EXTENSION.test(filename)) {
    const stripped = stripTypes(code, filename);
    code = stripped.code;
    if (stripped.hasModuleSyntax) format = 'module';
    if (filename.endsWith('.mts')) format = 'module';
    if (filename.endsWith('.cts')) format = 'commonjs';
  } else if (!result) {
    format = /\.mjs$/.test(filename) ? 'module' : 'commonjs';
  }
  return {
    code,
    format,
    kernels: result?.kernels ?? [],
    warnings: result?.warnings ?? [],
    map: result ? result.map.toString() : undefined,
  };
}

/** The code with its source map inline, as Node's `--enable-source-maps` reads it. */
export function withInlineMap(compiled: CompiledModule, sourceUrl: string): string {
  if (!compiled.map) return compiled.code;
  const map = JSON.parse(compiled.map) as { sources: string[] };
  map.sources = [sourceUrl];
  return `${compiled.code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
