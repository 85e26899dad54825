/**
 * C printer: one kernel as a `static` C function over the elementwise driver's signature
 * (native/sk_addon.h): `n` elements, input pointers with element steps (0 broadcasts a scalar),
 * output pointers. C99 libm only.
 */
import { functionInfo } from '../functions/table.js';
import type { Program } from '../passes/schedule.js';
import { emitProgram } from './emit.js';

export function formatCNumber(value: number): string {
  if (Number.isNaN(value)) return 'NAN';
  if (value === Infinity) return 'INFINITY';
  if (value === -Infinity) return '-INFINITY';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value); // shortest round-trip decimal; C parses it correctly rounded
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function printCKernel(program: Program, name: string): string {
  const { statements, outputs } = emitProgram(program, {
    number: formatCNumber,
    boolean: (value) => (value ? '1' : '0'),
    callee: (fn) => functionInfo(fn).c,
    param: (index) => `x${index}`,
    declare: (n, e, condition) => `const ${condition ? 'int' : 'double'} ${n} = ${e};`,
  });
  const nIn = program.params.length;
  const lines: string[] = [];
  lines.push(`static void ${name}(size_t n, const double *const *in, const size_t *step, double *const *out)`);
  lines.push('{');
  for (let i = 0; i < nIn; i++) lines.push(`  const double *in${i} = in[${i}]; const size_t s${i} = step[${i}];`);
  outputs.forEach((_, k) => lines.push(`  double *out${k} = out[${k}];`));
  if (nIn === 0) lines.push('  (void)in; (void)step;');
  lines.push('  for (size_t i = 0; i < n; i++) {');
  for (let i = 0; i < nIn; i++) lines.push(`    const double x${i} = in${i}[i * s${i}];`);
  for (const s of statements) lines.push(`    ${s}`);
  outputs.forEach((e, k) => lines.push(`    out${k}[i] = ${e};`));
  lines.push('  }');
  lines.push('}');
  return lines.join('\n');
}
