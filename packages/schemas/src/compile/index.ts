// Build-time tools (Node only): never imported by the package's main entry, so the
// browser bundle stays free of ajv and esbuild.
export { buildStandaloneModule, evalPattern, type StandaloneModuleOptions } from './standalone-module.js';
export { stripAnnotations } from './strip-annotations.js';
export { annotationKeywords, customAnnotationKeywords } from './annotation-keywords.js';
export { createAjv, validatorOptions } from './create-ajv.js';
export { compileVariant, resolveVariant, type ResolvedVariant, type VariantSources } from './variant.js';
