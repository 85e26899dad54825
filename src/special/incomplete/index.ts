/** JS implementations of the incomplete group; one file per function, re-exported here. */
export {};
export { zeta } from './zeta.js';
