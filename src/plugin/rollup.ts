/** `symkernel/rollup`: `plugins: [symkernel(options)]` in rollup.config.js. */
import { unplugin } from './unplugin.js';
export type { Options } from './options.js';
export default unplugin.rollup;
