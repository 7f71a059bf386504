import { isPlainObject } from './plan-document.js';
import type { Choice } from './schema-keywords.js';

/**
 * The words of the target whose `id` is `id` among `targets`, '' when there is none: how a
 * reference to a target (a review's `targetId`) reads to a parent, instead of its id.
 */
export function targetWords(targets: readonly unknown[], id: unknown): string {
  const target = targets.find((each) => isPlainObject(each) && each['id'] === id);
  return isPlainObject(target) && typeof target['target'] === 'string' ? target['target'] : '';
}

/**
 * The plan's targets as the choices for a reference to one (`targetId`), by number and words:
 * people never see a target's id, so they could not type it. `undefined` when there are none.
 */
export function targetChoices(targets: readonly unknown[]): Choice[] | undefined {
  const choices = targets.flatMap((target, index) => {
    if (!isPlainObject(target) || typeof target['id'] !== 'string') return [];
    const words = typeof target['target'] === 'string' && target['target'] ? `: ${target['target']}` : '';
    return [{ value: target['id'], title: `Target ${index + 1}${words}` }];
  });
  return choices.length > 0 ? choices : undefined;
}
