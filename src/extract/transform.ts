/**
 * The core of the plugin as a pure function: module text in, module text out.
 *
 * `transform(code, id)` compiles every `sym` literal of the module and splices in a call to the
 * runtime carrying the generated JS kernel, with a source map (magic-string). Returns undefined
 * when the module has no literal. Throws SymkernelBuildError with located diagnostics (file,
 * line, column, code frame) when a literal is broken; nothing is half-replaced. Warnings come back
 * located too.
 *
 * Interpolation `${…}`: the name of a top-level `const` bound to another sym literal of the module
 * (a fragment) is inlined symbolically — `${f}(x)` calls it, a bare `${c}` inlines a fragment
 * without parameters; any other expression is a run-time scalar captured when the kernel is
 * created (a hidden broadcast parameter).
 */
import MagicString from 'magic-string';
import { printJsKernel } from '../codegen/js.js';
import { compileLiteral, type CompiledKernel } from '../compile.js';
import { CompileError, diagnostics } from '../diagnostics/codes.js';
import { locateDiagnostic, SymkernelBuildError, type LocatedDiagnostic } from '../diagnostics/located.js';
import { functionInfo } from '../functions/table.js';
import type { HoleBinding } from '../passes/resolve.js';
import type { Literal } from '../syntax/ast.js';
import { parseLiteral } from '../syntax/parser.js';
import { findLiterals, type DeclaredSignature, type FoundLiteral } from './find.js';

/** Module specifiers the generated code imports. */
export const RUNTIME_MODULE = 'symkernel/runtime';
export const ADDON_MODULE = 'virtual:symkernel/addon';
export const SPECIAL_MODULE = 'symkernel/special';

export interface TransformResult {
  code: string;
  map: ReturnType<MagicString['generateMap']>;
  kernels: CompiledKernel[];
  warnings: LocatedDiagnostic[];
}

export function transform(code: string, id: string): TransformResult | undefined {
  const filename = id.replace(/[?#].*$/, '');
  const { literals, deadImports } = findLiterals(code, filename);
  if (literals.length === 0) return undefined;

  const fragments = new Map<string, FoundLiteral>(literals.filter((l) => l.binding).map((l) => [l.binding!, l]));
  const kernels: CompiledKernel[] = [];
  const errors: LocatedDiagnostic[] = [];
  const warnings: LocatedDiagnostic[] = [];
  for (const literal of literals) {
    try {
      const holes = literal.holes.map((h, i) => holeBinding(h, i, fragments));
      const k = compileLiteral(literal.text, { holes, holeSpans: literal.holes });
      kernels.push(k);
      const mismatch = literal.declared && signatureMismatch(literal.declared, k);
      if (mismatch) errors.push(locateDiagnostic(diagnostics.signatureMismatch(mismatch, { start: literal.declared!.start, end: literal.declared!.end }), filename, code, 0));
      for (const w of k.warnings) warnings.push(locateDiagnostic(w, filename, code, literal.textStart));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      for (const d of error.diagnostics) errors.push(locateDiagnostic(d, filename, code, literal.textStart));
    }
  }
  if (errors.length) throw new SymkernelBuildError(errors);

  const prefix = uniquePrefix(code);
  const s = new MagicString(code);
  // Pure calls: bundlers drop the kernels nothing uses (a fragment only inlined into others, an unused export).
  literals.forEach((literal, i) =>
    s.overwrite(literal.start, literal.end, `/* @__PURE__ */ ${prefix}located(/* @__PURE__ */ ${prefix}kernel(${specOf(kernels[i], literal, code, prefix)}), ${entryOf(literal, prefix)})`),
  );
  for (const dead of deadImports) s.overwrite(dead.start, dead.end, '/* symkernel: compiled */');
  const usesSpecial = kernels.some((k) => k.functions.some((f) => functionInfo(f).jsSpecial));
  s.prepend(
    `import { kernel as ${prefix}kernel } from ${JSON.stringify(RUNTIME_MODULE)}; ` +
      `import { located as ${prefix}located } from ${JSON.stringify(RUNTIME_MODULE)}; ` +
      `import { addon as ${prefix}addon } from ${JSON.stringify(ADDON_MODULE)}; ` +
      (usesSpecial ? `import * as ${prefix}special from ${JSON.stringify(SPECIAL_MODULE)}; ` : ''),
  );
  // User functions (plugin option `functions`) after the module's last line, where their bodies'
  // line breaks shift no line of the user's code; function declarations are hoisted.
  const users = [...new Set(kernels.flatMap((k) => k.functions))].sort().map((f) => functionInfo(f)).filter((info) => info.user);
  for (const info of users) s.append(`\n${info.user!.jsDefinition(`${prefix}user_${info.name}`)}\n`);
  return { code: s.toString(), map: s.generateMap({ source: filename, includeContent: true, hires: true }), kernels, warnings };
}

/**
 * What a declared `sym<F>` signature gets wrong about the kernel, if anything: the parameter count
 * (unless F has optional or rest parameters), the number of tuple outputs, the output names.
 */
function signatureMismatch(declared: DeclaredSignature, k: CompiledKernel): string | undefined {
  const list = (names: readonly string[]) => names.join(', ');
  if (!declared.variadic && declared.params.length !== k.params.length) {
    return `The declared signature takes ${declared.params.length} parameter${declared.params.length === 1 ? '' : 's'} (${list(declared.params)}), but the literal takes ${k.params.length} (${list(k.params)})`;
  }
  const { returns } = declared;
  if (returns.kind === 'single' && k.shape !== 'single') {
    return `The declared signature returns one output, but the literal returns ${k.shape === 'tuple' ? `a tuple of ${k.program.outputs.length}` : `named outputs {${list(k.outputNames)}}`}`;
  }
  if (returns.kind === 'tuple' && (k.shape !== 'tuple' || returns.count !== k.program.outputs.length)) {
    return `The declared signature returns a tuple of ${returns.count}, but the literal ${k.shape === 'tuple' ? `returns ${k.program.outputs.length} outputs` : k.shape === 'named' ? 'returns named outputs' : 'returns one output'}`;
  }
  if (returns.kind === 'named') {
    const got = k.shape === 'named' ? [...k.outputNames!] : [];
    if (k.shape !== 'named' || [...returns.names].sort().join() !== [...got].sort().join()) {
      return `The declared signature returns {${list(returns.names)}}, but the literal ${k.shape === 'named' ? `returns {${list(got)}}` : k.shape === 'tuple' ? 'returns a tuple' : 'returns one output'}`;
    }
  }
  return undefined;
}

/**
 * The kernel's entry points, written where the literal was: the whole replacement maps to the
 * literal's start, so the frame of every kernel call (and `.into`, `.sum`, …) is reported at the
 * user's `sym` line by source maps (see runtime/located.ts). Named after the `const` it
 * initializes, when there is one; its own names carry the module's unique prefix, so the
 * function's name shadows nothing it uses.
 */
function entryOf(literal: FoundLiteral, prefix: string): string {
  const name = literal.binding ?? 'sym';
  return `(${prefix}f) => function ${name}(...${prefix}a) { return ${prefix}f(...${prefix}a); }`;
}

/** The runtime spec of one kernel, on one line so that the module keeps its line numbers. */
function specOf(k: CompiledKernel, literal: FoundLiteral, code: string, prefix: string): string {
  const js = printJsKernel(k.program, { specialNamespace: `${prefix}special`, userFunctionName: (fn) => `${prefix}user_${fn}` }).replace(/\n\s*/g, ' ');
  const fields = [
    `id: ${JSON.stringify(k.id)}`,
    `params: ${JSON.stringify(k.params)}`,
    `source: ${JSON.stringify(k.source)}`,
    `js: ${js}`,
    `addon: ${prefix}addon`,
    `crossover: ${k.crossover}`,
  ];
  if (k.shape === 'tuple') fields.push(`shape: "tuple", outputs: ${k.program.outputs.length}`);
  if (k.shape === 'named') fields.push(`shape: "named", outputs: ${JSON.stringify(k.outputNames)}`);
  const captured = literal.holes.filter((h) => !h.fragment).map((h) => `(${code.slice(h.expression.start, h.expression.end)})`);
  if (captured.length) fields.push(`captured: [${captured.join(', ')}]`);
  return `{ ${fields.join(', ')} }`;
}

const parsedFragments = new WeakMap<FoundLiteral, Literal | CompileError>();

function holeBinding(hole: FoundLiteral['holes'][number], index: number, fragments: Map<string, FoundLiteral>): HoleBinding {
  if (!hole.fragment) return { kind: 'scalar', name: `interpolation${index + 1}` };
  const fragment = fragments.get(hole.fragment)!;
  if (fragment.holes.length) {
    throw new CompileError([diagnostics.badInterpolation(`Fragment '${hole.fragment}' has interpolations of its own and cannot be inlined`, hole)]);
  }
  let parsed = parsedFragments.get(fragment);
  if (!parsed) {
    try {
      parsed = parseLiteral(fragment.text);
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      parsed = error;
    }
    parsedFragments.set(fragment, parsed);
  }
  if (parsed instanceof CompileError) {
    throw new CompileError([diagnostics.badInterpolation(`Fragment '${hole.fragment}' does not compile`, hole)]);
  }
  return { kind: 'fragment', name: hole.fragment, literal: parsed };
}

/** An identifier prefix that the module does not already use. */
function uniquePrefix(code: string): string {
  let prefix = '__symkernel_';
  for (let i = 2; code.includes(prefix); i++) prefix = `__symkernel${i}_`;
  return prefix;
}
