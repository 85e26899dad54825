/**
 * C printer: one kernel as a `static` C function over the elementwise driver's signature
 * (native/sk_addon.h): `n` elements, contiguous input and output pointers (the driver broadcasts
 * numbers into blocks). C99 libm and native/special only.
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
    eagerSelect: true,
  });
  const nIn = program.params.length;
  const lines: string[] = [];
  // SK_KERNEL (native/sk_simd.h): compiled for the x86-64 baseline and for AVX2+FMA, picked at load.
  lines.push(`SK_KERNEL static void ${name}(size_t n, const double *const *in, double *const *out)`);
  lines.push('{');
  for (let i = 0; i < nIn; i++) lines.push(`  const double *in${i} = in[${i}];`);
  outputs.forEach((_, k) => lines.push(`  double *out${k} = out[${k}];`));
  if (nIn === 0) lines.push('  (void)in;');
  // Outputs may be inputs (in place), at the same index only: no dependence between iterations.
  lines.push('#pragma GCC ivdep');
  lines.push('  for (size_t i = 0; i < n; i++) {');
  for (let i = 0; i < nIn; i++) lines.push(`    const double x${i} = in${i}[i];`);
  for (const s of statements) lines.push(`    ${s}`);
  outputs.forEach((e, k) => lines.push(`    out${k}[i] = ${e};`));
  lines.push('  }');
  lines.push('}');
  return lines.join('\n');
}
