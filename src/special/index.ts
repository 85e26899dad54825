/**
 * `symkernel/special`: JS implementations of the functions `Math` lacks (or whose semantics
 * differ), imported by generated JS kernels (`import * as … from 'symkernel/special'`; bundlers
 * tree-shake the unused ones). Also usable directly: `import { gamma } from 'symkernel/special'`.
 *
 * Must not import anything from Node: browser bundles carry this.
 */
export * from './elementary.js';
export { hypot } from './hypot.js';
export * from './gamma/index.js';
export * from './bessel/index.js';
export * from './incomplete/index.js';
