/** `symkernel/esbuild`: `plugins: [symkernel(options)]` in the esbuild configuration. */
import { unplugin } from './unplugin.js';
export type { Options } from './options.js';
export default unplugin.esbuild;
