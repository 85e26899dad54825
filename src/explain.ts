/**
 * `explain`: every stage of the compiler for one literal, as text — parsed, canonical, after
 * rewrites (with the rules that fired), the computation decisions, the straight-line program after
 * CSE, and the C and JS code. Shared by the CLI and `symkernel/compiler`.
 */
import { compileLiteral } from './compile.js';
import { sexpr } from './ir/sexpr.js';
import type { Instr, Program } from './passes/schedule.js';
import { COMPUTATION_RULES } from './passes/rules.js';
import { parseLiteral } from './syntax/parser.js';
import { printLiteral } from './syntax/print.js';

function printInstr(i: Instr): string {
  const v = (n: number) => `v${n}`;
  switch (i.op) {
    case 'const': return String(i.value);
    case 'param': return `param ${i.index}`;
    case 'bool': return String(i.value);
    case 'neg': return `-${v(i.a)}`;
    case 'not': return `!${v(i.a)}`;
    case 'add': return `${v(i.a)} + ${v(i.b)}`;
    case 'sub': return `${v(i.a)} - ${v(i.b)}`;
    case 'mul': return `${v(i.a)} * ${v(i.b)}`;
    case 'div': return `${v(i.a)} / ${v(i.b)}`;
    case 'cmp': return `${v(i.a)} ${i.rel} ${v(i.b)}`;
    case 'and': return `${v(i.a)} && ${v(i.b)}`;
    case 'or': return `${v(i.a)} || ${v(i.b)}`;
    case 'select': return `${v(i.cond)} ? ${v(i.a)} : ${v(i.b)}`;
    case 'call': return `${i.fn}(${i.args.map(v).join(', ')})`;
  }
}

export function printProgram(p: Program): string {
  const lines = p.instrs.map((i, n) => `  v${n} = ${printInstr(i)}`);
  lines.push(`  outputs: ${p.outputs.map((o) => `v${o}`).join(', ')}`);
  return lines.join('\n');
}

export function explain(text: string): string {
  const literal = parseLiteral(text);
  const k = compileLiteral(text);
  const why = new Map(COMPUTATION_RULES.map((r) => [r.name, r.why]));
  const section = (title: string, body: string) => `── ${title} ${'─'.repeat(Math.max(2, 60 - title.length))}\n${body}\n`;
  const rewrites = k.rules.length
    ? k.rules.map((r) => `  ${r.rule}: ${sexpr(r.from)}  →  ${sexpr(r.to)}\n    why: ${why.get(r.rule)}`).join('\n')
    : '  (no rule applies)';
  return [
    section('literal', `  ${text.replace(/\n/g, '\n  ')}`),
    section('parsed', `  ${printLiteral(literal)}`),
    section('canonical', k.canonical.map((n) => `  ${sexpr(n)}`).join('\n')),
    section('after rewrites', `${k.ir.map((n) => `  ${sexpr(n)}`).join('\n')}\n${rewrites}`),
    section('computation', `  ${k.program.lowerings.length ? k.program.lowerings.join(', ') : '(as written)'}`),
    section('program (after CSE)', printProgram(k.program)),
    section('C', k.c),
    section('JS', k.js),
    ...(k.warnings.length ? [section('warnings', k.warnings.map((w) => `  ${w.code}: ${w.message}`).join('\n'))] : []),
  ].join('\n');
}
