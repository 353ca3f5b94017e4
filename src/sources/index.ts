/** The data-source contract and its errors (no implementation, no element). */
export * from './source.js';
export * from './errors.js';
