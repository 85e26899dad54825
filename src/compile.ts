/**
 * The compiler pipeline for one literal: text → syntax tree → canonical IR → rewrites → program
 * (CSE'd across outputs) → C and JS. Pure: no file system, no bundler. Throws CompileError with
 * diagnostics on bad input; warnings are returned.
 */
import { createHash } from 'node:crypto';
import { printCKernel } from './codegen/c.js';
import { printJsKernel } from './codegen/js.js';
import type { Diagnostic } from './diagnostics/codes.js';
import type { Node } from './ir/nodes.js';
import { sexpr } from './ir/sexpr.js';
import { resolve, type HoleBinding } from './passes/resolve.js';
import { rewrite, type RuleApplication } from './passes/rewrite.js';
import type { Rule } from './passes/rules.js';
import { schedule, type Program } from './passes/schedule.js';
import type { Span } from './syntax/ast.js';
import { parseLiteral } from './syntax/parser.js';
import { VERSION } from './version.js';
import { FUNCTIONS } from './functions/table.js';

export interface CompiledKernel {
  /** Content hash of what the kernel computes: equal programs share one native function. */
  id: string;
  /** Parameter names, as written. */
  params: string[];
  /** Hidden scalar parameters (run-time `${…}` values), passed after `params`. */
  hidden: string[];
  /** One output, a tuple, or named outputs. */
  shape: 'single' | 'tuple' | 'named';
  /** Output names for `named`; empty otherwise. */
  outputNames: string[];
  /** The literal's text as written. */
  source: string;
  /** Canonical IR of each output, before rewrites. */
  canonical: Node[];
  /** IR of each output after the computation rewrites. */
  ir: Node[];
  /** Rewrite rules that fired, in order. */
  rules: RuleApplication[];
  program: Program;
  /** The kernel as a C function (standalone text, for `explain`; the addon prints its own copy). */
  c: string;
  /** The kernel as a JS function expression (special functions through `special.*`). */
  js: string;
  /** Functions the kernel calls, by table name. */
  functions: string[];
  /** Below this many elements the runtime calls the JS kernel (see `crossoverFor`). */
  crossover: number;
  warnings: Diagnostic[];
}

export interface CompileOptions {
  /** What each `${…}` hole stands for (see the extractor). */
  holes?: readonly HoleBinding[];
  /** Spans of the holes in `text`. */
  holeSpans?: readonly Span[];
  /** The computation rewrite rules (default: all of passes/rules.ts). */
  rules?: readonly Rule[];
}

export function compileLiteral(text: string, options: CompileOptions = {}): CompiledKernel {
  const literal = parseLiteral(text, options.holeSpans ?? []);
  const resolved = resolve(literal, { holes: options.holes });
  const canonical = resolved.outputs.map((o) => o.node);
  const { nodes, applied } = rewrite(canonical, options.rules);
  const program = schedule([...resolved.params, ...resolved.hidden], nodes);
  const id = kernelId(program);
  return {
    id,
    params: resolved.params,
    hidden: resolved.hidden,
    shape: resolved.shape,
    outputNames: resolved.outputs.map((o) => o.name ?? '').filter(Boolean),
    source: text,
    canonical,
    ir: nodes,
    rules: applied,
    program,
    c: printCKernel(program, `sk_${id}`),
    js: printJsKernel(program),
    functions: calledFunctions(program),
    crossover: crossoverFor(program),
    warnings: resolved.warnings,
  };
}

export function calledFunctions(program: Program): string[] {
  const names = new Set<string>();
  for (const instr of program.instrs) if (instr.op === 'call') names.add(instr.fn);
  return [...names].sort();
}

/**
 * The call length from which the native kernel beats the JS one: a Node-API call costs ~200 ns
 * (measured here, shared/anchors FIGURES.md: crossover N ≈ 16 for an exp-heavy kernel, ≈ 256 for
 * `a*x + y`; bench/crossover.mjs re-measures it for symkernel's own kernels). Kernels that call a
 * function (transcendental work per element) cross over early; pure arithmetic late.
 */
export const CROSSOVER_WITH_CALLS = 32;
export const CROSSOVER_ARITHMETIC = 256;

export function crossoverFor(program: Program): number {
  return program.instrs.some((i) => i.op === 'call') ? CROSSOVER_WITH_CALLS : CROSSOVER_ARITHMETIC;
}

export function kernelId(program: Program): string {
  const hash = createHash('sha256');
  const instrs = JSON.stringify(program.instrs, (_, v) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v));
  hash.update(`symkernel ${VERSION}\n${program.params.length}\n${instrs}\n${program.outputs}`);
  // A user function's bodies are part of what the kernel computes.
  for (const info of FUNCTIONS.values()) if (info.user && instrs.includes(JSON.stringify(info.name))) hash.update(`\n${info.user.cDefinition}\n${info.user.jsDefinition(info.js)}`);
  return `k${hash.digest('hex').slice(0, 20)}`;
}

export { sexpr };
