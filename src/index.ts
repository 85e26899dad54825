/**
 * `symkernel`: the `sym` tag. The bundler plugin replaces every `sym` literal at build time, so
 * this function only runs when the plugin is missing, and then it says how to add it.
 */
export type { Kernel, Argument } from './runtime/index.js';
import type { Kernel } from './runtime/index.js';

export function sym(strings: TemplateStringsArray, ..._values: unknown[]): Kernel {
  const text = strings.raw.join('${…}');
  throw new Error(
    `symkernel: sym\`${text}\` was not compiled. Add the symkernel plugin to your build, e.g.\n` +
      `  rollup.config.js:  import symkernel from 'symkernel/rollup';  plugins: [symkernel()]\n` +
      `  vite.config.js:    import symkernel from 'symkernel/vite';    plugins: [symkernel()]\n` +
      `The plugin compiles each literal to a native kernel and a JS fallback at build time.`,
  );
}
