/** Entry point `contact-elements/sources/memory.js`: registers no element. */
export { MemoryContactSource, type MemorySourceOptions } from './memory/memory-source.js';
export type { Latency } from './memory/simulation.js';
