/**
 * Loads the build's native addon next to the bundle, with node-gyp-build. Never throws: any
 * failure (no prebuild for this platform, ABI mismatch, a file that is not ours) means "no
 * addon", and the kernels use their JS code.
 *
 * `SYMKERNEL_BACKEND=js` in the environment skips the addon (for comparisons and debugging).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Addon } from './index.js';

const require = createRequire(import.meta.url);

export const ADDON_ABI = 3; // SK_ABI_VERSION in native/sk_addon.h

/**
 * @param moduleUrl `import.meta.url` of the chunk that calls this
 * @param root the chunk's path to the output root, where `prebuilds/` lives ('.' or '../..')
 */
export function loadAddon(moduleUrl: string, root: string): Addon | null {
  if (process.env.SYMKERNEL_BACKEND === 'js') return null;
  try {
    const dir = path.resolve(path.dirname(fileURLToPath(moduleUrl)), root);
    const nodeGypBuild = require('node-gyp-build') as { path(dir: string): string };
    const file = nodeGypBuild.path(dir);
    if (path.basename(file) !== ADDON_FILE) return null;
    const addon = require(file) as Addon;
    return addon.symkernelAbi === ADDON_ABI ? addon : null;
  } catch {
    return null;
  }
}

/**
 * Loads one addon file by path (a Vite dev server's SSR modules: one addon per module, built on
 * request in the cache). Never throws; null when it is not a symkernel addon of this ABI.
 */
export function loadAddonFile(file: string): Addon | null {
  if (process.env.SYMKERNEL_BACKEND === 'js') return null;
  try {
    const addon = require(file) as Addon;
    return addon.symkernelAbi === ADDON_ABI ? addon : null;
  } catch {
    return null;
  }
}

/** The addon's file name inside `prebuilds/<platform>-<arch>/`: the `napi` tag tells node-gyp-build it is ABI-stable. */
export const ADDON_FILE = 'symkernel.napi.node';
