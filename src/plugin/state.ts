/**
 * What one plugin instance knows during a build, shared by the bundler-independent hooks
 * (unplugin.ts) and each bundler's own hooks (hooks/*.ts).
 */
import type { CompiledKernel } from '../compile.js';
import type { ResolvedOptions } from './options.js';

export interface BuildState {
  readonly options: ResolvedOptions;
  /** The kernels of each transformed module, by module id (a module's entry is replaced on each transform). */
  readonly kernelsByModule: Map<string, CompiledKernel[]>;
  /** The build's addon binary, once `buildEnd` has compiled it. */
  addon: Buffer | undefined;
  /** A build for browsers: kernels run as JS, no addon is built or loaded. */
  browserBuild: boolean;
  /** Vite's dev server: errors go to its browser overlay, which shows only frames of its own shape. */
  devServer?: boolean;
  /**
   * The JS expression for the URL of the chunk the addon loader runs in: `import.meta.url` in ES
   * module output; CommonJS output (esbuild's `format: 'cjs'`) sets one built from `__filename`.
   */
  chunkUrl?: string;
}

/** Replaced per chunk by the chunk's path to the output root (where `prebuilds/` lives). */
export const ROOT_PLACEHOLDER = '__SYMKERNEL_OUTPUT_ROOT__';
