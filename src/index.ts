/**
 * `symkernel`: the `sym` tag and the kernel types. The bundler plugin replaces every `sym` literal
 * at build time, so this function only runs when the plugin is missing, and then it says how to
 * add it.
 *
 * The type argument declares the kernel's signature, checked at every call:
 * `sym<(x: Vec, mu: number) => Vec>\`(x, mu) => …\``; without one, any number/array arguments
 * are accepted (runtime/signature.ts).
 */
export type { Argument, ElementFor, Kernel, NumericArray, Output, Outputs, ResultOf, Signature, Untyped, Vec } from './runtime/signature.js';
import type { Kernel, Signature, Untyped } from './runtime/signature.js';

export function sym<F extends Signature = Untyped>(strings: TemplateStringsArray, ..._values: unknown[]): Kernel<F> {
  const text = strings.raw.join('${…}');
  throw new Error(
    `symkernel: sym\`${text}\` was not compiled. Add the symkernel plugin to your build, e.g.\n` +
      `  rollup.config.js:  import symkernel from 'symkernel/rollup';  plugins: [symkernel()]\n` +
      `  vite.config.js:    import symkernel from 'symkernel/vite';    plugins: [symkernel()]\n` +
      `  (also symkernel/webpack, symkernel/rspack, symkernel/esbuild), or run Node with\n` +
      `  node --import symkernel/register app.js\n` +
      `The plugin compiles each literal to a native kernel and a JS fallback at build time.`,
  );
}
