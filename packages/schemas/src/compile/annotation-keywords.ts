/**
 * Annotation keywords our schemas use beyond the standard ones (`title`, `description`,
 * `examples`, `default`, `$comment`). They are declared to ajv so strict mode can stay on:
 * a misspelt keyword anywhere in a schema still fails the build instead of being ignored.
 * Add a keyword here only when it is an annotation a renderer reads, never a constraint.
 */
export const customAnnotationKeywords = ['guidance', 'seed', 'widget', 'enumTitles'] as const;

/** Every annotation keyword: none of them changes whether a document is valid. */
export const annotationKeywords = [
  'title', 'description', 'examples', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly',
  ...customAnnotationKeywords,
] as const;

/** `x-` keywords: a host's own annotations ("x-widget"), never constraints. */
export const isExtensionKeyword = (keyword: string): boolean => keyword.startsWith('x-');
