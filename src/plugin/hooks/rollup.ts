/** Rollup-family hooks (Rollup, Rolldown, Vite builds): place the addon next to the chunks and tell each chunk where it is. */
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin as RollupPlugin } from 'rollup';
import { prebuildDir } from '../../build/addon.js';
import { RUNTIME_MODULE, SPECIAL_MODULE } from '../../extract/transform.js';
import { ADDON_FILE } from '../../runtime/node.js';
import { ROOT_PLACEHOLDER, type BuildState } from '../state.js';

export const NODE_LOADER_MODULE = 'symkernel/node';

export function rollupOutputHooks(state: BuildState): Partial<RollupPlugin> {
  return {
    renderChunk(code, chunk) {
      if (!code.includes(ROOT_PLACEHOLDER)) return null;
      const root = path.posix.relative(path.posix.dirname(chunk.fileName), '.') || '.';
      const s = new MagicString(code);
      let at = code.indexOf(ROOT_PLACEHOLDER);
      while (at !== -1) {
        s.overwrite(at, at + ROOT_PLACEHOLDER.length, root);
        at = code.indexOf(ROOT_PLACEHOLDER, at + 1);
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
    generateBundle() {
      if (!state.addon) return;
      this.emitFile({ type: 'asset', fileName: `${prebuildDir()}/${ADDON_FILE}`, source: state.addon });
    },
  };
}

/** Rollup without a resolver for node_modules: the runtime stays an external import. */
export function rollupHooks(state: BuildState, resolvedAddonModule: string, addonModule: string): Partial<RollupPlugin> {
  return {
    ...rollupOutputHooks(state),
    async resolveId(id, importer) {
      if (id === addonModule) return resolvedAddonModule;
      if (id !== RUNTIME_MODULE && id !== NODE_LOADER_MODULE && id !== SPECIAL_MODULE) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved ?? { id, external: true };
    },
  };
}
