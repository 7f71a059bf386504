// Entry of the single-file bundle dist/isp-kit.js: load it with <script type="module"> and
// every element is defined; the classes and events are exported for scripts that want them.
import './define/all.js';

export * from './index.js';
// The schemas' ids and validator come along, so a plain page needs no second bundle. `validate`
// is the interpreted one: the same results as @isp-kit/schemas' `validate` (an agreement test
// holds them to it) without shipping the precompiled validators beside the schemas.
export { templateIds, isTemplateId, validateInterpreted as validate, SCHEMA_VERSION } from '@isp-kit/schemas';
