import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import { describedBy, fieldError } from '../shared/field-error.js';
import { fireChange, fireInput, stopInner } from '../shared/fire-value-events.js';
import { formatDate } from '../shared/iso-date.js';
import { isRecord, textOf } from '../shared/is-record.js';
import { toMode, type Mode } from '../shared/mode.js';
import { nextId } from '../shared/next-id.js';
import { holdsUnreadable } from '../shared/unreadable.js';
import { draftFromEntry, emptyDraft, entryFromDraft, textFields, type EntryDraft } from './entry-draft.js';
import { interventionLogStyles } from './isp-intervention-log.styles.js';

/** A target the log can file entries under, as `<isp-plan>` passes them. */
export interface LoggableTarget {
  id: string;
  target?: string;
}

/** A target's id: its own `id`, or the `targetId` of a recorded target that points at one. */
function targetIdOf(target: Record<string, unknown>): string | undefined {
  if (typeof target.id === 'string') return target.id;
  return typeof target.targetId === 'string' ? target.targetId : undefined;
}

interface Group {
  key: string;
  title: string;
  rows: { entry: unknown; index: number }[];
}

/** What the form says is wrong, by the field it is beside (`details`: the three text fields). */
type FormErrors = Partial<Record<keyof EntryDraft | 'details', string>>;

/** A field of another shape would be dropped by Change: such an entry is kept, not changed. */
function changeable(entry: unknown): entry is Record<string, unknown> {
  return isRecord(entry) && !['targetId', 'date', ...textFields].some((field) => holdsUnreadable(entry, field));
}

const textLabels = {
  whoWhat: 'Who or what',
  activity: 'Activity used',
  staffing: 'Staffing in place',
  comments: 'Comments',
} as const;

const checkLabels = {
  achieved: 'Target achieved',
  absent: 'Child absent during the planned session',
} as const;

/**
 * @summary A record of intervention: a quick log of dated entries per target (who/what,
 * activity, staffing, comment, achieved, absent), built to be filled in during a session.
 *
 * One compact form adds an entry: Enter adds it, it appears at the top of its target's list and
 * focus returns to the first field. Entries can be changed or removed, with undo.
 * `value` is a schema `interventionEntry[]`; every change emits a new array and keeps unknown
 * fields of each entry.
 *
 * @fires input - After `value` changed (bubbles, composed).
 * @fires change - After an entry was added, changed, removed or restored (bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart label - The title.
 * @csspart hint - The hint text.
 * @csspart error - Inline error messages.
 * @csspart add-form - The add/change form.
 * @csspart add-button - The "Add entry" button.
 * @csspart group - One target's entries.
 * @csspart table - A table of entries.
 * @csspart undo - The "removed … Undo" notice.
 */
export class IspInterventionLog extends LitElement {
  static override styles = interventionLogStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The JSON this part shows and edits; fields it does not know are kept as they are. */
  @property({ attribute: false }) value: unknown = [];
  /**
   * The plan's targets, to group entries and show what each is about: SMART targets
   * (`{ id, target }`) or, in a record of intervention, the targets it records
   * (`{ targetId, target }`, pointing at the plan's targets).
   */
  @property({ attribute: false }) targets: unknown = [];
  /** ISO date the date field starts at. The part never reads the clock. */
  @property() today = '';
  /** The visible label or heading of the part. */
  @property() label = 'Record of intervention';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;

  @state() private draft: EntryDraft = emptyDraft('', '');
  /** The entry being changed (by identity, so a re-ordered array still finds it). */
  @state() private editing: unknown = undefined;
  @state() private formErrors: FormErrors = {};
  /**
   * What Undo does, applied to the log as it is then: the host may have added or changed entries
   * since (autosave, sync), and those are kept.
   */
  @state() private undo: { message: string; apply: (entries: unknown[]) => unknown[] } | undefined;
  /** A new object per message, so a message repeated (two entries of one date) is announced again. */
  @state() private announcement: { text: string } | undefined;
  /** Once someone picks a target (even "not about one target"), new `targets` do not change it. */
  private targetChosen = false;
  /** `knownTargets()` for the `targets` it was computed from. */
  private known: { from: unknown; list: LoggableTarget[] } | undefined;
  /**
   * Entries sorted into their targets, kept while the entries and the targets' ids are the same:
   * typing in a target's text (new `targets` on every key) then costs a pass over the targets,
   * not over thousands of entries.
   */
  private buckets: { entries: unknown[]; ids: string; byTarget: Map<string, Group['rows']>; other: Group['rows'] } | undefined;

  /** The host set a new document, perhaps these same lists changed in place: group them again. */
  refreshFromHost(): void {
    this.known = undefined;
    this.buckets = undefined;
    this.hostRefreshes++;
    this.requestUpdate('value', {});
  }
  /** Counts `refreshFromHost` calls: each one redraws the groups, whose guard is by identity. */
  private hostRefreshes = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today') && !this.draft.date && !this.editing) this.draft = { ...this.draft, date: this.today };
    // Most entries are about a target: start on the first one rather than on none.
    if (changed.has('targets') && !this.targetChosen && !this.editing) {
      const first = this.knownTargets()[0]?.id ?? '';
      if (first !== this.draft.targetId) this.draft = { ...this.draft, targetId: first };
    }
  }

  /** The host's `error`, or "Add at least one entry" when `required` and the log is empty. */
  get validationMessage(): string {
    if (this.error) return this.error;
    return this.required && this.entries()?.length === 0 ? 'Add at least one entry' : '';
  }

  /** True when the value is complete and valid, as a native input's `checkValidity()`. */
  checkValidity(): boolean {
    return this.validationMessage === '';
  }

  /** The entries, or undefined when `value` is not a list; no value yet means none. */
  private entries(): unknown[] | undefined {
    return this.value === undefined ? [] : Array.isArray(this.value) ? this.value : undefined;
  }

  private knownTargets(): LoggableTarget[] {
    const known = this.known;
    if (known && known.from === this.targets) return known.list;
    const list = !Array.isArray(this.targets)
      ? []
      : this.targets
          .filter(isRecord)
          .flatMap((target) => {
            const id = targetIdOf(target);
            return id === undefined ? [] : [{ id, target: textOf(target, 'target') }];
          });
    this.known = { from: this.targets, list };
    return list;
  }

  private setValue(next: unknown[], message: string, undo?: IspInterventionLog['undo']): void {
    this.value = next;
    this.undo = undo;
    this.announcement = { text: message };
    fireInput(this);
    fireChange(this);
  }

  /**
   * Opens the entry at `pointer` (into `value`, e.g. `/1/date`) for change and focuses its field,
   * with `message` beside it: how an error summary takes someone to a logged entry's field.
   * False when there is none to focus: the entry cannot be changed, or the form has no such field.
   */
  focusField(pointer: string, message = ''): boolean {
    const [, index, field = ''] = /^\/(\d+)\/([^/]+)$/.exec(pointer) ?? [];
    const entry = this.entries()?.[Number(index)];
    const selector = `#entry-${field === 'targetId' ? 'target' : field}`;
    if (!changeable(entry) || !Object.hasOwn(this.draft, field) || !this.renderRoot.querySelector(selector)) return false;
    this.startChange(entry, { [field]: message }, selector);
    return true;
  }

  private async focusFirstField(selector = '#entry-target, #entry-date'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A field of the form changed: what was said about it goes. */
  private edit(field: keyof EntryDraft, value: string | boolean, event: Event): void {
    stopInner(event);
    this.draft = { ...this.draft, [field]: value };
    if (this.formErrors[field]) this.formErrors = { ...this.formErrors, [field]: undefined };
  }

  private onText(field: keyof typeof textLabels, event: Event): void {
    this.edit(field, (event.target as HTMLInputElement).value, event);
    if (this.formErrors.details) this.formErrors = { ...this.formErrors, details: undefined };
  }

  private onCheck(field: 'achieved' | 'absent', event: Event): void {
    this.edit(field, (event.target as HTMLInputElement).checked, event);
  }

  private onDate(event: Event): void {
    this.edit('date', (event.target as IspDateInput).value, event);
  }

  /** Enter in any one-line field adds the entry, including inside the date input's boxes. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const origin = event.composedPath()[0];
    if (origin instanceof HTMLInputElement) {
      event.preventDefault();
      this.save();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.save();
  }

  private save(): void {
    const previous = this.entries();
    if (!previous) return;
    const dateInput = this.renderRoot.querySelector<IspDateInput>('#entry-date');
    const errors: FormErrors = {};
    const dateProblem = dateInput?.validationMessage ?? '';
    if (dateProblem) errors.date = dateProblem;
    else if (!this.draft.date) errors.date = 'Enter the date of the session';
    const { whoWhat, activity, comments, absent } = this.draft;
    if (absent !== true && ![whoWhat, activity, comments].some((text) => text.trim())) {
      errors.details = 'Enter who or what, the activity or a comment';
    }
    this.formErrors = errors;
    if (errors.date || errors.details) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(errors.date ? '#entry-date' : '#entry-whoWhat')?.focus());
      return;
    }
    const when = formatDate(this.draft.date);
    const index = this.editing === undefined ? -1 : this.indexOfEditing(previous);
    if (index >= 0) {
      const base = isRecord(this.editing) ? this.editing : {};
      const original = previous[index];
      const changed = entryFromDraft(this.draft, base);
      const apply = (entries: unknown[]) => entries.map((entry) => (sameEntry(entry, changed) ? original : entry));
      this.setValue(previous.with(index, changed), `Entry of ${when} changed`, { message: `Entry of ${when} changed.`, apply });
    } else {
      const ids = previous.map((entry) => (isRecord(entry) ? entry.id : undefined));
      const entry = entryFromDraft(this.draft, { id: nextId('entry', ids) });
      this.setValue([...previous, entry], `Entry of ${when} added`);
    }
    // Keep target and date: the next entry in a session is usually for the same ones.
    this.draft = emptyDraft(this.draft.targetId, this.draft.date);
    this.editing = undefined;
    void this.focusFirstField();
  }

  /** The entry being changed: the same object, or (if the host passed a copy) the same id. */
  private indexOfEditing(entries: unknown[]): number {
    const same = entries.indexOf(this.editing);
    if (same >= 0) return same;
    const id = textOf(this.editing, 'id');
    return id ? entries.findIndex((entry) => textOf(entry, 'id') === id) : -1;
  }

  private startChange(entry: unknown, errors: FormErrors = {}, focus?: string): void {
    this.editing = entry;
    this.draft = draftFromEntry(entry);
    this.formErrors = errors;
    void this.focusFirstField(focus);
  }

  private cancelChange(): void {
    this.editing = undefined;
    this.draft = emptyDraft(this.draft.targetId, this.today);
    this.formErrors = {};
    void this.focusFirstField();
  }

  private removeEntry(index: number): void {
    const previous = this.entries();
    if (!previous) return;
    const when = formatDate(textOf(previous[index], 'date')) || 'with no date';
    if (previous[index] === this.editing) this.cancelChange();
    const removed = previous[index];
    const apply = (entries: unknown[]) => entries.toSpliced(Math.min(index, entries.length), 0, removed);
    this.setValue(previous.toSpliced(index, 1), `Entry of ${when} removed`, { message: `Entry of ${when} removed.`, apply });
    // Focus would be lost with the removed row's button: put it on Undo.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=undo] button')?.focus());
  }

  private restore(): void {
    const entries = this.entries();
    if (!this.undo || !entries) return;
    this.setValue(this.undo.apply(entries), 'Undone');
    void this.focusFirstField();
  }

  private groups(entries: unknown[]): Group[] {
    const targets = this.knownTargets();
    const ids = targets.map((target) => target.id).join('\n');
    if (this.buckets?.entries !== entries || this.buckets.ids !== ids) {
      const byTarget = new Map<string, Group['rows']>(targets.map((target) => [target.id, []]));
      const other: Group['rows'] = [];
      // Newest first: the entry just added is at the top of its list.
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        (byTarget.get(textOf(entries[index], 'targetId')) ?? other).push({ entry: entries[index], index });
      }
      this.buckets = { entries, ids, byTarget, other };
    }
    const { byTarget, other } = this.buckets;
    const groups = new Map<string, Group>();
    targets.forEach((target, position) =>
      groups.set(target.id, { key: target.id, title: `Target ${position + 1}: ${target.target || 'no target text yet'}`, rows: byTarget.get(target.id) ?? [] }));
    const otherGroup: Group = { key: '', title: targets.length > 0 ? 'Other entries' : this.label, rows: other };
    return other.length > 0 || targets.length === 0 ? [...groups.values(), otherGroup] : [...groups.values()];
  }

  protected override render() {
    const mode = toMode(this.mode);
    const entries = this.entries();
    // Only a long log being edited skips laying out groups off screen: skipped ones are hidden
    // from screen readers too, so a log being read, or a usual one, keeps every group there.
    const groups = entries && this.groups(entries);
    const long = mode === 'edit' && groups !== undefined && groups.length > 20;
    return html`<div part="base" class="${this.error ? 'form-group--error' : ''} ${long ? 'long' : ''}">
      <p class="label" part="label" id="log-label">${this.label}</p>
      ${this.hint ? html`<p class="hint" part="hint" id="log-hint">${this.hint}</p>` : nothing}
      ${fieldError('log-error', this.error)}
      <div class="visually-hidden" role="status">${this.announcement ? keyed(this.announcement, html`<span>${this.announcement.text}</span>`) : nothing}</div>
      ${entries
        ? html`
          ${mode === 'edit' ? this.renderForm() : nothing}
          ${mode === 'edit' && this.undo ? html`<div class="undo" part="undo">
            <p>${this.undo.message}</p>
            <button type="button" class="secondary" @click=${this.restore}>Undo</button>
          </div>` : nothing}
          ${this.renderGroups(entries, groups ?? [], mode)}`
        : html`<p class="form-group--error">This record could not be read: it is not a list of entries, so it is shown unchanged and cannot be added to here.</p>`}
    </div>`;
  }

  private renderForm() {
    const targets = this.knownTargets();
    const draft = this.draft;
    const errors = this.formErrors;
    const changing = this.editing !== undefined;
    // A message beside one field: what the host said of it when it opened the entry (`focusField`).
    const ownError = (field: keyof EntryDraft) => fieldError(`entry-${field}-error`, errors[field] ?? '');
    return html`<form part="add-form" novalidate @submit=${this.onSubmit} @keydown=${this.onKeydown}>
      <fieldset aria-describedby=${describedBy(this.hint && 'log-hint', this.error && 'log-error') ?? nothing}>
        <legend>${changing ? 'Change entry' : 'Add an entry'}</legend>
        ${targets.length > 0 ? html`<div class="field ${errors.targetId ? 'form-group--error' : ''}">
          <label class="label" for="entry-target">Target</label>
          ${ownError('targetId')}
          <select id="entry-target" aria-describedby=${describedBy(errors.targetId && 'entry-targetId-error') ?? nothing}
            aria-invalid=${errors.targetId ? 'true' : nothing} @change=${(event: Event) => {
            this.targetChosen = true;
            this.edit('targetId', (event.target as HTMLSelectElement).value, event);
          }} @input=${stopInner}>
            <option value="" .selected=${live(draft.targetId === '')}>Not about one target</option>
            ${targets.map((target, position) => guard([target.id, target.target, position, draft.targetId === target.id], () => html`<option value=${target.id} .selected=${live(draft.targetId === target.id)}>
              ${`Target ${position + 1}: ${clip(target.target || target.id)}`}</option>`))}
          </select>
        </div>` : nothing}
        <isp-date-input id="entry-date" label="Date of session" required
          .value=${live(draft.date)} .error=${errors.date ?? ''}
          @input=${this.onDate} @change=${stopInner}></isp-date-input>
        <div class="row ${errors.details ? 'form-group--error' : ''}">
          ${fieldError('details-error', errors.details ?? '')}
          ${(Object.keys(textLabels) as (keyof typeof textLabels)[]).map((field) => {
            const details = errors.details && field !== 'staffing' && 'details-error';
            return html`<div class="field">
            <label class="label" for="entry-${field}">${textLabels[field]}</label>
            ${ownError(field)}
            <input type="text" id="entry-${field}" .value=${live(draft[field])}
              aria-describedby=${describedBy(details, errors[field] && `entry-${field}-error`) ?? nothing}
              aria-invalid=${details || errors[field] ? 'true' : nothing}
              @input=${(event: Event) => this.onText(field, event)} @change=${stopInner} />
          </div>`;
          })}
        </div>
        <div class="checks">
          ${(Object.keys(checkLabels) as (keyof typeof checkLabels)[]).map((field) => html`<div>${ownError(field)}
            <div class="choice"><input type="checkbox" id="entry-${field}" .checked=${live(draft[field] === true)}
              aria-describedby=${describedBy(errors[field] && `entry-${field}-error`) ?? nothing}
              aria-invalid=${errors[field] ? 'true' : nothing}
              @change=${(event: Event) => this.onCheck(field, event)} @input=${stopInner} />
            <label for="entry-${field}">${checkLabels[field]}</label></div>
          </div>`)}
        </div>
        <div class="actions">
          <button type="submit" part="add-button">${changing ? 'Save changes' : 'Add entry'}</button>
          ${changing ? html`<button type="button" class="secondary" @click=${this.cancelChange}>Cancel</button>` : nothing}
        </div>
      </fieldset>
    </form>`;
  }

  // A group is redrawn only when the entries, its title or the mode change: typing in one
  // target's text (which retitles one group) must not redraw thousands of logged sessions.
  private renderGroups(entries: unknown[], groups: Group[], mode: Mode) {
    return repeat(groups, (group) => group.key, (group) =>
      guard([entries, group.title, mode, this.hostRefreshes], () => this.renderGroup(group, mode)));
  }

  private renderGroup(group: Group, mode: Mode) {
    const editable = mode === 'edit';
    return html`<div class="group" part="group" data-target-id=${group.key}>
      <table part="table">
        <caption>${group.title}</caption>
        <thead><tr>
          <th scope="col">Date</th><th scope="col">Who or what</th><th scope="col">Activity</th>
          <th scope="col">Staffing</th><th scope="col">Comments</th><th scope="col">Achieved</th>
          <th scope="col">Absent</th>${editable ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}
        </tr></thead>
        <tbody>
          ${group.rows.length === 0 && mode !== 'print'
            ? html`<tr><td colspan=${editable ? 8 : 7} class="empty">No entries yet</td></tr>` : nothing}
          ${group.rows.map(({ entry, index }) => this.renderRow(entry, index, editable))}
          ${mode === 'print' ? [1, 2, 3].map(() => html`<tr class="blank">${[1, 2, 3, 4, 5, 6, 7].map(() => html`<td></td>`)}</tr>`) : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(entry: unknown, index: number, editable: boolean) {
    if (!changeable(entry)) {
      return html`<tr><td colspan=${editable ? 8 : 7}>This entry could not be read and is kept unchanged.</td></tr>`;
    }
    const when = formatDate(textOf(entry, 'date')) || 'No date';
    // Anything but true or false is shown as written ("maybe", "Y"), not as an empty cell.
    const yesNo = (flag: unknown) => (flag === true ? 'Yes' : flag === false ? 'No' : flag === undefined || flag === null ? '' : typeof flag === 'string' ? flag : JSON.stringify(flag));
    return html`<tr>
      <td>${when}</td><td>${textOf(entry, 'whoWhat')}</td><td>${textOf(entry, 'activity')}</td>
      <td>${textOf(entry, 'staffing')}</td><td>${textOf(entry, 'comments')}</td>
      <td>${yesNo(entry.achieved)}</td><td>${yesNo(entry.absent)}</td>
      ${editable ? html`<td class="row-actions">
        <button type="button" class="link" @click=${() => this.startChange(entry)}>Change<span class="visually-hidden"> entry of ${when}</span></button>
        <button type="button" class="link" @click=${() => this.removeEntry(index)}>Remove<span class="visually-hidden"> entry of ${when}</span></button>
      </td>` : nothing}
    </tr>`;
  }
}

/** The same entry: the same object, or (in a host that copies the log) the same id. */
function sameEntry(a: unknown, b: unknown): boolean {
  return a === b || (isRecord(a) && isRecord(b) && a['id'] !== undefined && a['id'] === b['id']);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-intervention-log': IspInterventionLog;
  }
}
