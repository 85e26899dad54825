/** `symkernel/vite`: `plugins: [symkernel(options)]` in vite.config.js. */
import { unplugin } from './unplugin.js';
export type { Options } from './options.js';
export default unplugin.vite;
