import { html } from 'lit';
import { isPlainObject } from './plan-document.js';
import { idSafe, sectionId } from './render-context.js';

export type SectionState = 'not-started' | 'incomplete' | 'completed';

export interface SectionSummary {
  readonly name: string;
  readonly title: string;
  readonly state: SectionState;
}

const stateWords: Record<SectionState, string> = {
  'not-started': 'Not yet started',
  incomplete: 'Incomplete',
  completed: 'Completed',
};

/** True when something was entered: a non-empty string, a number, a boolean, anywhere inside. */
export function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (isPlainObject(value)) return Object.values(value).some(hasContent);
  return false;
}

/**
 * Not started when nothing was entered (`filled` is `hasContent` of the section's value);
 * incomplete while validation finds a problem inside; else completed.
 */
export function sectionState(filled: boolean, hasErrors: boolean): SectionState {
  if (!filled) return 'not-started';
  return hasErrors ? 'incomplete' : 'completed';
}

/**
 * The GOV.UK task list: each section's name links to it, its status beside it. Links focus the
 * section heading through the plan (a fragment link cannot reach into a shadow root).
 */
export function renderTaskList(sections: readonly SectionSummary[]) {
  return html`<nav class="task-list" part="task-list" aria-labelledby="task-list-heading">
    <h2 class="task-list-heading" id="task-list-heading">Sections</h2>
    <ul class="task-list-items">
      ${sections.map(
        (section) => html`<li class="task-list-item" part="task">
          <a class="task-link" href="#${sectionId(section.name)}" data-section=${section.name} aria-describedby="task-status-${idSafe(section.name)}">${section.title}</a>
          <span class="task-status task-status--${section.state}" id="task-status-${idSafe(section.name)}" part="task-status">${stateWords[section.state]}</span>
        </li>`,
      )}
    </ul>
  </nav>`;
}
