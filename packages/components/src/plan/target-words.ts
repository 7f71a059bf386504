import { isPlainObject } from './plan-document.js';

/**
 * The words of the target whose `id` is `id` among `targets`, '' when there is none: how a
 * reference to a target (a review's `targetId`) reads to a parent, instead of its id.
 */
export function targetWords(targets: readonly unknown[], id: unknown): string {
  const target = targets.find((each) => isPlainObject(each) && each['id'] === id);
  return isPlainObject(target) && typeof target['target'] === 'string' ? target['target'] : '';
}
