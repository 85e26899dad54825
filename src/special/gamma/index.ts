/** JS implementations of the gamma group; one file per function, re-exported here. */
export { gamma } from './gamma.js';
export { lgamma } from './lgamma.js';
export { loggamma } from './loggamma.js';
export { digamma } from './digamma.js';
export { polygamma } from './polygamma.js';
