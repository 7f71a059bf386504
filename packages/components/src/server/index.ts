// Node-side rendering of plans to static HTML (no DOM needed): `@isp-kit/components/server`.
export { renderPlanToHtml, type RenderPlanOptions } from './render-plan-to-html.js';
export { PlanRenderError, type PlanRenderErrorCode } from './plan-render-error.js';
export { planStylesheet } from './plan-stylesheet.js';
export { escapeHtml } from './escape-html.js';
