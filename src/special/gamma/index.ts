/** JS implementations of the gamma group; one file per function, re-exported here. */
export {};
