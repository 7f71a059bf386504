import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import { dateExportParts } from '../shared/date-exportparts.js';
import { describedBy, fieldError } from '../shared/field-error.js';
import { fireChange, fireInput, stopInner } from '../shared/fire-value-events.js';
import { formatDate } from '../shared/iso-date.js';
import { sameJson } from '../shared/same-json.js';
import { isRecord, textOf } from '../shared/is-record.js';
import { toMode, type Mode } from '../shared/mode.js';
import { cannotReadField, holdsUnreadable, isUnreadable, unreadableField, unreadableMessage } from '../shared/unreadable.js';
import { face, feelings } from './feelings.js';
import { pupilVoiceStyles } from './isp-pupil-voice.styles.js';
import { answersFromWords, emptyAnswers, voicePrompts, wordsFromAnswers, type PromptKey, type VoiceAnswers } from './voice-prompts.js';

/** The schema's `pupilVoice.howRecorded` values, in words a child and a parent understand. */
export const recordingWays = [
  { value: 'said', label: 'Said it' },
  { value: 'wrote', label: 'Wrote it' },
  { value: 'drew', label: 'Drew it' },
  { value: 'symbols', label: 'Chose symbols' },
  { value: 'with-help', label: 'With help from an adult' },
] as const;

/**
 * @summary The pupil's own views, captured in a child-friendly way: big questions ("What is
 * going well?", "What is hard?", "What would help me?"), feeling cards with a face and a word,
 * how the views were given, who recorded them and when.
 *
 * `value` is a schema `pupilVoice`. The answers are kept in its `words`, each under its
 * question on a line of its own; edits emit a new object keeping every other field.
 *
 * @fires input - After `value` changed (bubbles, composed).
 * @fires change - After a field was committed or a choice made (bubbles, composed).
 *
 * @csspart base - The wrapper.
 * @csspart label - The legend.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart prompt - Each question with its answer.
 * @csspart feelings - The feeling cards.
 * @csspart how-recorded - The "how were the views given" choices.
 * @csspart date - The isp-date-input for the date.
 * @csspart date-base - The date's wrapper (the date input's `base`, forwarded).
 * @csspart date-label - The date's legend (the date input's `label`, forwarded).
 * @csspart date-hint - The date's hint (the date input's `hint`, forwarded).
 * @csspart date-error - The date's error message (the date input's `error`, forwarded).
 * @csspart date-control - The row of date boxes (the date input's `control`, forwarded).
 * @csspart date-day - The day box (the date input's `day`, forwarded).
 * @csspart date-month - The month box (the date input's `month`, forwarded).
 * @csspart date-year - The year box (the date input's `year`, forwarded).
 * @csspart date-value - The formatted date (the date input's `value`, forwarded).
 * @csspart date-given - A date value that could not be read, as it was recorded (the date input's `given`, forwarded).
 *
 * @cssproperty --isp-font-size-voice-prompt - Size of the questions.
 * @cssproperty --isp-color-voice-chosen - Background of a chosen feeling card.
 */
export class IspPupilVoice extends LitElement {
  static override styles = pupilVoiceStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The JSON this part shows and edits; fields it does not know are kept as they are. */
  @property({ attribute: false }) value: unknown = {};
  /** The visible label or heading of the part. */
  @property() label = 'My views';
  /** Hint text under the label, tied to the controls with `aria-describedby`. */
  @property() hint = '';
  /** An error to show inline in GOV.UK style (e.g. from the plan's validation); `''` for none. */
  @property() error = '';
  /** `edit` (default), `view` (a readable document) or `print` (paper layout). */
  @property() mode: Mode = 'edit';
  /** Whether an answer is required: `checkValidity()` is false while it is missing. */
  @property({ type: Boolean }) required = false;

  @state() private answers: VoiceAnswers = emptyAnswers();
  private ownValue: unknown;
  private fromHost = false;

  /** The host set a new document, perhaps this same value changed in place: answers follow it. */
  refreshFromHost(): void {
    this.fromHost = true;
    this.requestUpdate('value', {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host handing back a copy of what this part wrote (Vue's ref, a store) is not a new value.
    if (changed.has('value') && (this.fromHost || !sameJson(this.value, this.ownValue))) {
      this.fromHost = false;
      this.answers = answersFromWords(textOf(this.value, 'words'));
    }
  }

  /** The host's `error`, or, when `required`, a prompt to record the pupil's views. */
  get validationMessage(): string {
    if (this.error) return this.error;
    const hasViews = textOf(this.value, 'words').trim() !== '' || holdsUnreadable(this.value, 'words') || this.chosenSymbols().length > 0;
    return this.required && !hasViews ? "Enter the pupil's views in their own words, or choose how they feel" : '';
  }

  /** True when the value is complete and valid, as a native input's `checkValidity()`. */
  checkValidity(): boolean {
    return this.validationMessage === '';
  }

  private emit(changes: Record<string, unknown>, events: 'input' | 'both'): void {
    const next: Record<string, unknown> = { ...(isRecord(this.value) ? this.value : {}), ...changes };
    for (const [key, item] of Object.entries(changes)) if (item === undefined) delete next[key];
    this.ownValue = next;
    this.value = next;
    fireInput(this);
    if (events === 'both') fireChange(this);
  }

  private onAnswer(key: PromptKey, event: Event): void {
    stopInner(event);
    this.answers = { ...this.answers, [key]: (event.target as HTMLTextAreaElement).value };
    const words = wordsFromAnswers(this.answers);
    this.emit({ words: words || undefined }, 'input');
  }

  /** `symbols` given but not a list: a card would replace it with a list of one. */
  private symbolsUnreadable(): boolean {
    const symbols = isRecord(this.value) ? this.value.symbols : undefined;
    return symbols !== undefined && symbols !== null && !Array.isArray(symbols);
  }

  private chosenSymbols(): unknown[] {
    const symbols = isRecord(this.value) ? this.value.symbols : undefined;
    return Array.isArray(symbols) ? symbols : [];
  }

  private onFeeling(id: string, event: Event): void {
    stopInner(event);
    const checked = (event.target as HTMLInputElement).checked;
    const current = this.chosenSymbols();
    // Keep symbols this part does not know (a vendor's own cards) and their order.
    const symbols = checked ? [...current.filter((symbol) => symbol !== id), id] : current.filter((symbol) => symbol !== id);
    this.emit({ symbols }, 'both');
  }

  protected override render() {
    if (isUnreadable(this.value, 'object')) return unreadableMessage(this.label, "pupil's views");
    const mode = toMode(this.mode);
    return mode === 'edit' ? this.renderEdit() : this.renderRead(mode);
  }

  private renderEdit() {
    const chosen = this.chosenSymbols();
    const how = textOf(this.value, 'howRecorded');
    const unknownHow = how !== '' && !recordingWays.some((way) => way.value === how);
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      <fieldset aria-describedby=${describedBy(this.hint && 'voice-hint', this.error && 'voice-error') ?? nothing}>
        <legend part="label">${this.label}</legend>
        ${this.hint ? html`<p class="hint" id="voice-hint" part="hint">${this.hint}</p>` : nothing}
        ${fieldError('voice-error', this.error)}
        <p class="hint" id="words-hint">Write the pupil's own words, as they said, wrote or chose them.</p>
        ${holdsUnreadable(this.value, 'words') ? unreadableField("The pupil's words") : voicePrompts.map((prompt) => html`<div class="prompt" part="prompt">
          <label class="label" for=${prompt.key}>${prompt.question}</label>
          <textarea id=${prompt.key} rows="3" aria-describedby="words-hint"
            .value=${live(this.answers[prompt.key])}
            @input=${(event: Event) => this.onAnswer(prompt.key, event)}
            @change=${(event: Event) => { stopInner(event); fireChange(this); }}></textarea>
        </div>`)}
        ${this.symbolsUnreadable() ? unreadableField('How do I feel?') : html`<fieldset class="field" part="feelings">
          <legend class="label">How do I feel?</legend>
          <p class="hint">Choose as many as you like</p>
          <div class="feelings">
            ${feelings.map((feeling) => html`<div class="feeling">
              <input type="checkbox" id="feeling-${feeling.id}" .checked=${live(chosen.includes(feeling.id))}
                @change=${(event: Event) => this.onFeeling(feeling.id, event)} @input=${stopInner} />
              <label for="feeling-${feeling.id}">${face(feeling.id)}<span>${feeling.word}</span><span class="chosen" aria-hidden="true">✓ chosen</span></label>
            </div>`)}
          </div>
          ${this.renderOtherSymbols(chosen)}
        </fieldset>`}
        ${holdsUnreadable(this.value, 'howRecorded') ? unreadableField('How were these views given?') : html`<fieldset class="field" part="how-recorded">
          <legend class="label">How were these views given?</legend>
          ${recordingWays.map((way) => html`<div class="choice">
            <input type="radio" name="howRecorded" id="how-${way.value}" value=${way.value} .checked=${live(how === way.value)}
              @change=${(event: Event) => { stopInner(event); this.emit({ howRecorded: way.value }, 'both'); }} @input=${stopInner} />
            <label for="how-${way.value}">${way.label}</label>
          </div>`)}
          ${unknownHow ? html`<p>Recorded as: ${how}</p>` : nothing}
        </fieldset>`}
        ${holdsUnreadable(this.value, 'recordedBy') ? unreadableField('Recorded by') : html`<div class="field">
          <label class="label" for="recordedBy">Recorded by</label>
          <p class="hint" id="recordedBy-hint">Name and role of the adult who wrote this down</p>
          <input type="text" id="recordedBy" class="short" aria-describedby="recordedBy-hint" .value=${live(textOf(this.value, 'recordedBy'))}
            @input=${(event: Event) => { stopInner(event); this.emit({ recordedBy: (event.target as HTMLInputElement).value || undefined }, 'input'); }}
            @change=${(event: Event) => { stopInner(event); fireChange(this); }} />
        </div>`}
        ${holdsUnreadable(this.value, 'date') ? unreadableField('Date') : html`<isp-date-input part="date" exportparts=${dateExportParts} label="Date" .value=${isRecord(this.value) && this.value.date !== undefined ? this.value.date : ''}
          @input=${(event: Event) => { stopInner(event); this.emit({ date: (event.target as IspDateInput).value || undefined }, 'input'); }}
          @change=${(event: Event) => { stopInner(event); fireChange(this); }}></isp-date-input>`}
      </fieldset>
    </div>`;
  }

  private renderOtherSymbols(chosen: unknown[]) {
    const others = chosen.filter((symbol) => !feelings.some((feeling) => feeling.id === symbol));
    return others.length > 0 ? html`<p>Also chosen: ${others.map(String).join(', ')}</p>` : nothing;
  }

  private renderRead(mode: Mode) {
    const chosen = this.chosenSymbols();
    const how = textOf(this.value, 'howRecorded');
    const howWords = recordingWays.find((way) => way.value === how)?.label ?? how;
    const print = mode === 'print';
    const answered = voicePrompts.filter((prompt) => this.answers[prompt.key] !== '');
    const shown = print ? voicePrompts.filter((prompt) => prompt.key !== 'anythingElse' || this.answers.anythingElse) : answered;
    const date = textOf(this.value, 'date');
    return html`<div part="base" class=${this.error ? 'form-group--error' : ''}>
      ${this.label ? html`<p class="label" part="label">${this.label}</p>` : nothing}
      ${fieldError('voice-error', this.error)}
      ${holdsUnreadable(this.value, 'words') ? html`<p>${cannotReadField}.</p>` : shown.length === 0 ? html`<p class="empty">No views recorded yet.</p>` : html`<dl>
        ${shown.map((prompt) => html`<div class="prompt" part="prompt">
          <dt>${prompt.question}</dt>
          <dd>${this.answers[prompt.key] || html`<span class="draw-space"><span class="visually-hidden">Space to write or draw</span></span>`}</dd>
        </div>`)}
      </dl>`}
      <p class="label">How do I feel?</p>
      ${print
        ? html`<ul class="chosen-list">${feelings.map((feeling) => html`<li>
            <span class="print-box">${chosen.includes(feeling.id) ? '✓' : ''}</span>${face(feeling.id)}<span>${feeling.word}</span></li>`)}</ul>`
        : chosen.length === 0 ? html`<p class="empty">No feelings chosen</p>` : html`<ul class="chosen-list">
          ${feelings.filter((feeling) => chosen.includes(feeling.id)).map((feeling) => html`<li>${face(feeling.id)}<span>${feeling.word}</span></li>`)}
        </ul>`}
      ${this.renderOtherSymbols(chosen)}
      <dl class="summary">
        <dt>How these views were given</dt><dd class=${howWords ? '' : 'empty'}>${howWords || 'Not given'}</dd>
        <dt>Recorded by</dt><dd>${textOf(this.value, 'recordedBy') || (print ? html`<span class="write-line"></span>` : html`<span class="empty">Not given</span>`)}</dd>
        <dt>Date</dt><dd>${date ? formatDate(date) : print ? html`<span class="write-line"></span>` : html`<span class="empty">Not given</span>`}</dd>
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'isp-pupil-voice': IspPupilVoice;
  }
}
