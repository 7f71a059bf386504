// The axe rule set that the a11y addon and test/catalogue/stories.a11y.test.ts both use, so
// the panel a designer sees and the sweep that gates `npm test` agree. WCAG 2.0, 2.1 and 2.2
// at levels A and AA: the project's promise (WCAG 2.2 AA). Page-level best practices
// (a page must have one h1, all content in landmarks) are left out because a story is a
// fragment that a host page embeds, not a page.
export const axeRunOnly = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
