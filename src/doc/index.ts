export * from './span.js';
export * from './layers.js';
export * from './doc.js';
