/** JS implementations of the bessel group; one file per function, re-exported here. */
export { besselj } from './besselj.js';
export { bessely } from './bessely.js';
export { besseli } from './besseli.js';
export { besselk } from './besselk.js';
