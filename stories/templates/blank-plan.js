// The smallest plan <isp-plan> accepts as a template: what the "errors shown" story starts from.
// Plain JS because the story generator (stories/.storybook, run by Node at build time) reads it
// too, to list that story only where a blank plan misses something the schema requires.

/** @param {string} template */
export function blankPlan(template) {
  return { template, schemaVersion: '1.0.0', status: 'draft', amendments: [] };
}
