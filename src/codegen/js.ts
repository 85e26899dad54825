/**
 * JS printer: one kernel as a plain function expression
 * `function (n, a0, a1, …, o0) { for (…) o0[i] = …; }` where each `aK` is a number (broadcast)
 * or an array-like of length n. Uses only `Math.*`; no `eval`, no `new Function`.
 */
import { functionInfo } from '../functions/table.js';
import type { Program } from '../passes/schedule.js';
import { emitProgram } from './emit.js';

export function formatJsNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

export function printJsKernel(program: Program): string {
  const { statements, outputs } = emitProgram(program, {
    number: formatJsNumber,
    callee: (fn) => functionInfo(fn).js,
    param: (index) => `x${index}`,
    declare: (n, e) => `const ${n} = ${e};`,
  });
  const nIn = program.params.length;
  const args = ['n', ...Array.from({ length: nIn }, (_, i) => `a${i}`), ...outputs.map((_, k) => `o${k}`)];
  const lines: string[] = [];
  lines.push(`function (${args.join(', ')}) {`);
  lines.push('  for (let i = 0; i < n; i++) {');
  for (let i = 0; i < nIn; i++) lines.push(`    const x${i} = typeof a${i} === "number" ? a${i} : a${i}[i];`);
  for (const s of statements) lines.push(`    ${s}`);
  outputs.forEach((e, k) => lines.push(`    o${k}[i] = ${e};`));
  lines.push('  }');
  lines.push('}');
  return lines.join('\n');
}
