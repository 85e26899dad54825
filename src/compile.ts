/**
 * The compiler pipeline for one literal: text → syntax tree → canonical IR → program → C and JS.
 * Pure: no file system, no bundler. Throws CompileError with diagnostics on bad input.
 */
import { createHash } from 'node:crypto';
import { printCKernel } from './codegen/c.js';
import { printJsKernel } from './codegen/js.js';
import type { Node } from './ir/nodes.js';
import { sexpr } from './ir/sexpr.js';
import { resolve } from './passes/resolve.js';
import { schedule, type Program } from './passes/schedule.js';
import { parseLiteral } from './syntax/parser.js';
import { VERSION } from './version.js';

export interface CompiledKernel {
  /** Content hash of what the kernel computes: equal programs share one native function. */
  id: string;
  params: string[];
  /** The literal's text as written. */
  source: string;
  /** Canonical IR of the body. */
  ir: Node;
  program: Program;
  /** The kernel as a C function (standalone text, for `explain`; the addon prints its own copy). */
  c: string;
  /** The kernel as a JS function expression (special functions through `special.*`). */
  js: string;
  /** Functions the kernel calls, by table name. */
  functions: string[];
}

export function compileLiteral(text: string): CompiledKernel {
  const literal = parseLiteral(text);
  const { params, body } = resolve(literal);
  const program = schedule(params, [body]);
  const id = kernelId(program);
  return {
    id,
    params,
    source: text,
    ir: body,
    program,
    c: printCKernel(program, `sk_${id}`),
    js: printJsKernel(program),
    functions: calledFunctions(program),
  };
}

export function calledFunctions(program: Program): string[] {
  const names = new Set<string>();
  for (const instr of program.instrs) if (instr.op === 'call') names.add(instr.fn);
  return [...names].sort();
}

export function kernelId(program: Program): string {
  const hash = createHash('sha256');
  hash.update(`symkernel ${VERSION}\n${program.params.length}\n${JSON.stringify(program.instrs)}\n${program.outputs}`);
  return `k${hash.digest('hex').slice(0, 20)}`;
}

export { sexpr };
