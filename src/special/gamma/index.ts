/** JS implementations of the gamma group; one file per function, re-exported here. */
export { gamma } from './gamma.js';
export { lgamma } from './lgamma.js';
export { loggamma } from './loggamma.js';
export { digamma } from './digamma.js';
export { polygamma } from './polygamma.js';
export { beta } from './beta.js';
export { lbeta } from './lbeta.js';
export { factorial } from './factorial.js';
export { binomial } from './binomial.js';
export { erf } from './erf.js';
export { erfc } from './erfc.js';
export { erfinv } from './erfinv.js';
export { erfcinv } from './erfcinv.js';
