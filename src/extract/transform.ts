/**
 * The core of the plugin as a pure function: module text in, module text out.
 *
 * `transform(code, id)` compiles every `sym` literal of the module and splices in a call to the
 * runtime carrying the generated JS kernel, with a source map (magic-string). Returns undefined
 * when the module has no literal. Throws SymkernelBuildError with located diagnostics (file,
 * line, column, code frame) when a literal is broken; nothing is half-replaced.
 */
import MagicString from 'magic-string';
import { compileLiteral, type CompiledKernel } from '../compile.js';
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import { locateDiagnostic, SymkernelBuildError, type LocatedDiagnostic } from '../diagnostics/located.js';
import { findLiterals } from './find.js';
import { printJsKernel } from '../codegen/js.js';
import { functionInfo } from '../functions/table.js';

/** Module specifiers the generated code imports. */
export const RUNTIME_MODULE = 'symkernel/runtime';
export const ADDON_MODULE = 'virtual:symkernel/addon';
export const SPECIAL_MODULE = 'symkernel/special';

export interface TransformResult {
  code: string;
  map: ReturnType<MagicString['generateMap']>;
  kernels: CompiledKernel[];
}

export function transform(code: string, id: string): TransformResult | undefined {
  const filename = id.replace(/[?#].*$/, '');
  const { literals, deadImports } = findLiterals(code, filename);
  if (literals.length === 0) return undefined;

  const kernels: CompiledKernel[] = [];
  const errors: LocatedDiagnostic[] = [];
  for (const literal of literals) {
    try {
      if (literal.holes.length) throw new CompileError([diagnostics.interpolationUnsupported(literal.holes[0])]);
      kernels.push(compileLiteral(literal.text));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      for (const d of error.diagnostics) errors.push(locateDiagnostic(d, filename, code, literal.textStart));
    }
  }
  if (errors.length) throw new SymkernelBuildError(errors);

  const prefix = uniquePrefix(code);
  const s = new MagicString(code);
  literals.forEach((literal, i) => {
    const k = kernels[i];
    // One line: the rest of the module keeps its line numbers.
    const js = printJsKernel(k.program, { specialNamespace: `${prefix}special` }).replace(/\n\s*/g, ' ');
    const spec = `{ id: ${JSON.stringify(k.id)}, params: ${JSON.stringify(k.params)}, source: ${JSON.stringify(k.source)}, js: ${js}, addon: ${prefix}addon }`;
    s.overwrite(literal.start, literal.end, `${prefix}kernel(${spec})`);
  });
  for (const dead of deadImports) s.overwrite(dead.start, dead.end, '/* symkernel: compiled */');
  const usesSpecial = kernels.some((k) => k.functions.some((f) => functionInfo(f).jsSpecial));
  s.prepend(
    `import { kernel as ${prefix}kernel } from ${JSON.stringify(RUNTIME_MODULE)}; ` +
      `import { addon as ${prefix}addon } from ${JSON.stringify(ADDON_MODULE)}; ` +
      (usesSpecial ? `import * as ${prefix}special from ${JSON.stringify(SPECIAL_MODULE)}; ` : ''),
  );
  return { code: s.toString(), map: s.generateMap({ source: filename, includeContent: true, hires: true }), kernels };
}

/** An identifier prefix that the module does not already use. */
function uniquePrefix(code: string): string {
  let prefix = '__symkernel_';
  for (let i = 2; code.includes(prefix); i++) prefix = `__symkernel${i}_`;
  return prefix;
}
