import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { customAnnotationKeywords } from './annotation-keywords.js';

// ajv-formats is CommonJS: its default import is `module.exports`, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

/** Options every ISP Kit validator is built with, here and in the benchmark. */
export const validatorOptions = {
  allErrors: true,
  strict: true,
  // A variant's `required` may name fields the template it extends defines ("then: required:
  // [agreement]"), which strictRequired would refuse as undefined beside it.
  strictRequired: false,
  // Our messages come from our own catalogue, so ajv's English strings are never shipped.
  messages: false,
} as const satisfies Options;

/**
 * An ajv for draft 2020-12 with formats and our annotation keywords declared.
 * `source: true` keeps the generated code so it can be written out as a standalone module.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    ...validatorOptions,
    code: { source: true, esm: true, optimize: true },
    keywords: [...customAnnotationKeywords],
    ...options,
  });
  addFormats(ajv);
  return ajv;
}
