/**
 * The `virtual:symkernel/addon` of modules loaded through the register hook. The hook resolves
 * that import to this module with the module's addon file in the query (`addon.js?file=…`), so
 * each addon gets its own instance of this module. Never throws: no file, `SYMKERNEL_BACKEND=js`,
 * a failed load or an addon of another ABI all mean `addon = null`, and the kernels run as JS.
 */
import { createRequire } from 'node:module';
import type { Addon } from '../runtime/index.js';
import { ADDON_ABI } from '../runtime/node.js';

const require = createRequire(import.meta.url);

function loadAddonFile(file: string | null): Addon | null {
  if (!file || process.env.SYMKERNEL_BACKEND === 'js') return null;
  try {
    const addon = require(file) as Addon;
    return addon.symkernelAbi === ADDON_ABI ? addon : null;
  } catch (error) {
    if (process.env.SYMKERNEL_DEBUG) process.stderr.write(`symkernel: could not load ${file}: ${(error as Error).message}\n`);
    return null;
  }
}

export const addon = loadAddonFile(new URL(import.meta.url).searchParams.get('file'));
