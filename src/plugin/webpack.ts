/** `symkernel/webpack`: `plugins: [symkernel(options)]` in the webpack configuration. */
import { unplugin } from './unplugin.js';
export type { Options } from './options.js';
export default unplugin.webpack;
