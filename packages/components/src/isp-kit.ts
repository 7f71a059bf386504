// Entry of the single-file bundle dist/isp-kit.js: load it with <script type="module"> and
// every element is defined; the classes and events are exported for scripts that want them.
import './define/all.js';

export * from './index.js';
// The schemas' ids and validator come along, so a plain page needs no second bundle.
export { templateIds, isTemplateId, validate, SCHEMA_VERSION } from '@isp-kit/schemas';
