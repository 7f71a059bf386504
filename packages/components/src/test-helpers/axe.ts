import 'axe-core';
import type { AxeResults } from 'axe-core';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

/** Runs axe (WCAG 2.x A and AA, plus best practice) on `element` and its shadow roots. */
export async function axeViolations(element: Element): Promise<AxeResults['violations']> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations;
}

/** A readable line per violation, so a failing sweep says what and where. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)
    .join('\n');
}
