// The public API of @isp-kit/rules: one barrel of named re-exports. Every module is free of
// side effects, so a bundler keeps only what an application imports.
export * from './smart/index.js';
export * from './dates/index.js';
export * from './review/index.js';
export * from './decisions/index.js';
