/**
 * `node --import symkernel/register app.ts`: registers the module hooks (hooks.ts) that compile
 * `sym` literals on load, erase TypeScript types and build each module's addon with the system C
 * compiler, with a persistent cache (cache.ts) so later starts compile nothing.
 *
 * Environment: `SYMKERNEL_CACHE_DIR` (cache folder), `CC` / `SYMKERNEL_CFLAGS` (compiler and extra
 * flags), `SYMKERNEL_DEBUG=1` (report each module on stderr), `SYMKERNEL_BACKEND=js` (run the JS
 * kernels). A `symkernel.config.mjs` in the project root (src/config.ts) is applied before the first
 * compile, and its text is part of every module's cache key.
 */
import { register } from 'node:module';
import { findProjectConfig } from '../config.js';
import { defaultCacheDir } from './cache.js';
import type { HookData } from './hooks.js';

const data: HookData = {
  cacheDir: defaultCacheDir(),
  debug: Boolean(process.env.SYMKERNEL_DEBUG),
  cwd: process.cwd(),
  config: findProjectConfig(),
};

register('./hooks.js', import.meta.url, { data });
