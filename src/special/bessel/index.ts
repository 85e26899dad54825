/** JS implementations of the bessel group; one file per function, re-exported here. */
export {};
