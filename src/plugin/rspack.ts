/** `symkernel/rspack`: `plugins: [symkernel(options)]` in the rspack configuration. */
import { unplugin } from './unplugin.js';
export type { Options } from './options.js';
export default unplugin.rspack;
