import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import { isPlainObject } from './plan-document.js';
import { partTagByDef, partTagByItemDef } from './part-tags.js';
import { blanksWithin, fieldId, type Blanks, type RenderContext } from './render-context.js';
import {
  choicesOf,
  isDateNode,
  kindOf,
  propertiesOf,
  requiredNames,
  stringKeyword,
  titleOf,
  type Choice,
} from './schema-keywords.js';
import type { SchemaNode } from './schema-resolver.js';
import { readField } from './read-fields.js';
import { targetChoices } from './target-words.js';
import { showsTargets } from './drawn-sections.js';

/** Enums with up to this many options are radios (GOV.UK); longer ones are a select. */
const maxRadios = 5;

const yesNo: Choice[] = [
  { value: true, title: 'Yes' },
  { value: false, title: 'No' },
];

/** Lists longer than this skip laying out rows off screen (and so hide them from screen readers). */
const longList = 20;

/** Strings longer than this (by `maxLength`) get a textarea even without `widget`. */
const longTextLength = 200;

/**
 * A string property named `id` is a machine id (targets, entries, amendments, documents):
 * records point at it, so people never type it; new rows get one generated.
 */
export function isMachineId(name: string | number, node: SchemaNode): boolean {
  return name === 'id' && kindOf(node) === 'string';
}

/** Tags are a fixed table, so making them static is safe and lets one template serve all. */
const staticTags = new Map<string, ReturnType<typeof unsafeStatic>>();
function staticTag(tag: string) {
  let value = staticTags.get(tag);
  if (!value) staticTags.set(tag, (value = unsafeStatic(tag)));
  return value;
}

/** The `aria-describedby` list for a field with optional hint and error. */
function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function hintAndError(id: string, hint: string | undefined, error: string | undefined) {
  return html`${hint ? html`<div class="hint" id="${id}-hint" part="hint">${hint}</div>` : nothing}${error
    ? html`<p class="error-message" id="${id}-error" part="error"><span class="visually-hidden">Error:</span> ${error}</p>`
    : nothing}`;
}

/** A value shown, not edited, among form fields: a one-row summary list, with what is wrong in it. */
function readOnly(ctx: RenderContext, raw: unknown, base: string, value: unknown, path: PathSegment[], name: string | number, title: string) {
  const pointer = toPointer(path);
  return html`${hintAndError(fieldId(pointer), undefined, ctx.errorsUnder(pointer))}<dl class="summary-list read-only" part="read-only">${readField(ctx, raw, base, value, path, name, { label: title })}</dl>`;
}

/**
 * The messages of a group and of its members that have no field to show them: fields the schema
 * does not have, hidden ids and constants. They are shown on the group, where the summary's link
 * for them takes focus.
 */
export function groupErrors(ctx: RenderContext, node: SchemaNode, base: string, value: unknown, path: PathSegment[], hidden: readonly string[] = []): string | undefined {
  const properties = propertiesOf(node);
  const names = properties.filter(([name, child]) => {
    const resolved = ctx.resolver.resolve(child, base).node;
    return hidden.includes(name) || isMachineId(name, resolved) || 'const' in resolved;
  }).map(([name]) => name);
  if (isPlainObject(value)) names.push(...Object.keys(value).filter((name) => !properties.some(([known]) => known === name)));
  return [toPointer(path), ...names.map((name) => toPointer([...path, name]))].map(ctx.errorAt).filter(Boolean).join('. ') || undefined;
}

export interface FieldOptions {
  /** Drawn directly under a section heading, which already names it. */
  readonly inSection?: boolean;
  /** Label to use instead of the schema's title (rows: "SMART target 3"). */
  readonly label?: string;
  /** Level of the nearest heading above, so nested headings never skip a level. */
  readonly level?: number;
  readonly blanks?: Blanks;
}

/** One value of the plan, as form controls, chosen from its (resolved) schema. */
export function editField(
  ctx: RenderContext,
  raw: unknown,
  base: string,
  value: unknown,
  path: PathSegment[],
  name: string | number,
  required: boolean,
  options: FieldOptions = {},
): TemplateResult | typeof nothing {
  const { node, base: nodeBase, defName } = ctx.resolver.resolve(raw, base);
  if ('const' in node) return nothing;
  const pointer = toPointer(path);
  const title = options.label ?? titleOf(node, name);
  const hint = stringKeyword(node, 'description');
  if (node['readOnly'] === true) return readOnly(ctx, raw, base, value, path, name, title);

  if (defName === 'signature') ctx.sawSignature = true;
  const partTag = defName === undefined ? undefined : partTagByDef[defName];
  if (partTag && ctx.hasPart(partTag)) return editPart(ctx, partTag, value, pointer, title, hint, required);
  if (isDateNode(node, defName) && ctx.hasPart('isp-date-input')) return editPart(ctx, 'isp-date-input', value, pointer, title, hint, required);

  const choices = choicesOf(node) ?? (name === 'targetId' ? targetChoices(ctx.partContext.targets) : undefined);
  // Null in a list of values (a nullable enum) is the empty answer, not an option to pick.
  if (choices) return editChoice(ctx, choices.filter((choice) => choice.value !== null), value ?? undefined, pointer, title, hint, required);

  switch (kindOf(node)) {
    case 'object':
      return editObject(ctx, node, nodeBase, value, path, title, hint, options.inSection === true, options.level ?? 2, options.blanks);
    case 'array':
      return editArray(ctx, node, nodeBase, value, path, title, hint, options.inSection === true, options.level ?? 2);
    case 'boolean':
      // A required yes/no question, or one asked as a question ("Sufficient progress?"), must be
      // answerable "No": a lone checkbox left clear says nothing. A statement to tick keeps one.
      return required || title.trim().endsWith('?')
        ? editChoice(ctx, yesNo, value, pointer, title, hint, required)
        : editBoolean(ctx, value, pointer, title, hint);
    case 'number':
    case 'integer':
      return editText(ctx, value, pointer, title, hint, required, 'number');
    case 'string': {
      if (isDateNode(node, defName)) return editText(ctx, value, pointer, title, hint, required, 'date');
      const long = node['widget'] === 'textarea' || (typeof node['maxLength'] === 'number' && node['maxLength'] > longTextLength);
      return editText(ctx, value, pointer, title, hint, required, long ? 'textarea' : 'text');
    }
    default:
      // No type to edit by (e.g. an amendment's "value before"): show it, never overwrite it.
      return readOnly(ctx, raw, base, value, path, name, title);
  }
}

/** A part, given the value at `pointer`; `inert` while the form is disabled (parts have no `disabled`). */
function editPart(
  ctx: RenderContext,
  tag: string,
  value: unknown,
  pointer: string,
  title: string,
  hint: string | undefined,
  required: boolean,
) {
  const error = ctx.errorsUnder(pointer);
  return staticHtml`<${staticTag(tag)}
    class="part"
    data-pointer=${pointer}
    data-kind="part"
    .value=${value}
    .label=${title}
    .hint=${hint ?? ''}
    .error=${error ?? ''}
    .mode=${ctx.mode}
    .required=${required}
    .pupilName=${ctx.partContext.pupilName}
    .targets=${ctx.partContext.targets}
    .today=${ctx.partContext.today}
    .stale=${tag === 'isp-signature' && ctx.signatureStale(pointer, value)}
    ?inert=${ctx.disabled}
  ></${staticTag(tag)}>`;
}

type TextKind = 'text' | 'textarea' | 'number' | 'date';

function editText(
  ctx: RenderContext,
  value: unknown,
  pointer: string,
  title: string,
  hint: string | undefined,
  required: boolean,
  kind: TextKind,
) {
  const id = fieldId(pointer);
  const error = ctx.errorAt(pointer);
  const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const invalid = error ? 'true' : undefined;
  const describedIds = describedBy(id, hint, error);
  const control =
    kind === 'textarea'
      ? html`<textarea
          class="textarea ${error ? 'textarea--error' : ''}"
          id=${id}
          rows="3"
          part="control"
          data-pointer=${pointer}
          data-kind="string"
          aria-describedby=${ifDefined(describedIds)}
          aria-invalid=${ifDefined(invalid)}
          aria-required=${ifDefined(required ? 'true' : undefined)}
          ?disabled=${ctx.disabled}
          .value=${live(text)}
        ></textarea>`
      : html`<input
          class="input ${kind === 'number' ? 'input--number' : ''} ${error ? 'input--error' : ''}"
          id=${id}
          type=${kind === 'date' ? 'date' : 'text'}
          inputmode=${ifDefined(kind === 'number' ? 'decimal' : undefined)}
          part="control"
          data-pointer=${pointer}
          data-kind=${kind === 'number' ? 'number' : 'string'}
          aria-describedby=${ifDefined(describedIds)}
          aria-invalid=${ifDefined(invalid)}
          aria-required=${ifDefined(required ? 'true' : undefined)}
          ?disabled=${ctx.disabled}
          .value=${live(text)}
        />`;
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field">
    <label class="label" for=${id} part="label">${title}</label>
    ${hintAndError(id, hint, error)} ${control}
  </div>`;
}

function editBoolean(ctx: RenderContext, value: unknown, pointer: string, title: string, hint: string | undefined) {
  const id = fieldId(pointer);
  const error = ctx.errorAt(pointer);
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field">
    ${hintAndError(id, hint, error)}
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        part="control"
        data-pointer=${pointer}
        data-kind="boolean"
        aria-describedby=${ifDefined(describedBy(id, hint, error))}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        ?disabled=${ctx.disabled}
        .checked=${live(value === true)}
      />
      <label for=${id} part="label">${title}</label>
    </div>
  </div>`;
}

function editChoice(
  ctx: RenderContext,
  choices: Choice[],
  value: unknown,
  pointer: string,
  title: string,
  hint: string | undefined,
  required: boolean,
) {
  const id = fieldId(pointer);
  const error = ctx.errorAt(pointer);
  const describedIds = describedBy(id, hint, error);
  const known = choices.some((choice) => choice.value === value);
  if (choices.length > maxRadios || (value !== undefined && !known)) {
    // A value outside the list is kept as its own option, so opening the plan never loses it.
    // `?selected` picks the option on first render (before the options exist, `.value` cannot);
    // `.value` with `live` keeps the DOM right afterwards (e.g. after a form reset).
    return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field">
      <label class="label" for=${id} part="label">${title}</label>
      ${hintAndError(id, hint, error)}
      <select
        class="select ${error ? 'select--error' : ''}"
        id=${id}
        part="control"
        data-pointer=${pointer}
        data-kind="json"
        aria-describedby=${ifDefined(describedIds)}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        aria-required=${ifDefined(required ? 'true' : undefined)}
        ?disabled=${ctx.disabled}
        .value=${live(value === undefined ? '' : JSON.stringify(value))}
      >
        <option value="" ?selected=${value === undefined}>Select an option</option>
        ${choices.map((choice) => html`<option value=${JSON.stringify(choice.value)} ?selected=${choice.value === value}>${choice.title}</option>`)}
        ${value !== undefined && !known ? html`<option value=${JSON.stringify(value)} selected>${String(JSON.stringify(value))}</option>` : nothing}
      </select>
    </div>`;
  }
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field">
    <fieldset aria-describedby=${ifDefined(describedIds)}>
      <legend class="fieldset-legend" part="label">${title}</legend>
      ${hintAndError(id, hint, error)}
      ${choices.map(
        (choice, index) => html`<div class="choice">
          <input
            type="radio"
            id="${id}-${index}"
            name=${id}
            part="control"
            data-pointer=${pointer}
            data-kind="json"
            value=${JSON.stringify(choice.value)}
            aria-invalid=${ifDefined(error ? 'true' : undefined)}
            ?disabled=${ctx.disabled}
            .checked=${live(choice.value === value)}
          />
          <label for="${id}-${index}">${choice.title}</label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}

function editObject(
  ctx: RenderContext,
  node: SchemaNode,
  base: string,
  value: unknown,
  path: PathSegment[],
  title: string,
  hint: string | undefined,
  inSection: boolean,
  level: number,
  blanks: Blanks,
) {
  if (!isPlainObject(value) && blanks?.has(node)) return nothing;
  const object = isPlainObject(value) ? value : {};
  const required = requiredNames(node);
  const within = blanksWithin(blanks, node, value);
  const fields = propertiesOf(node).map(([name, child]) => {
    if (isMachineId(name, ctx.resolver.resolve(child, base).node)) return nothing;
    return editField(ctx, child, base, object[name], [...path, name], name, required.has(name), { level, blanks: within });
  });
  const pointer = toPointer(path);
  const error = groupErrors(ctx, node, base, value, path);
  const id = fieldId(pointer);
  if (inSection) return html`${hintAndError(id, undefined, error)}${fields}`;
  return html`<fieldset class="form-group group ${error ? 'form-group--error' : ''}" part="group" aria-describedby=${ifDefined(describedBy(id, hint, error))}>
    <legend class="fieldset-legend" part="label">${title}</legend>
    ${hintAndError(id, hint, error)} ${fields}
  </fieldset>`;
}

/** "a" or "an" before a noun, by its first letter: good enough for field titles. */
export function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The name of one row: the item schema's title, e.g. "SMART target". */
export function itemTitleOf(ctx: RenderContext, node: SchemaNode, base: string): string {
  return titleOf(ctx.resolver.resolve(node['items'], base).node, 'item');
}

function editArray(
  ctx: RenderContext,
  node: SchemaNode,
  base: string,
  value: unknown,
  path: PathSegment[],
  title: string,
  hint: string | undefined,
  inSection: boolean,
  level: number,
) {
  const pointer = toPointer(path);
  const id = fieldId(pointer);
  const error = ctx.errorAt(pointer);
  const items = ctx.resolver.resolve(node['items'], base);
  const itemPart = items.defName === undefined ? undefined : partTagByItemDef[items.defName];
  if (itemPart && ctx.hasPart(itemPart)) return editPart(ctx, itemPart, value, pointer, title, hint, false);
  if (value !== undefined && !Array.isArray(value)) {
    // Not a list although the schema says so: show it as it is, keep it, let validation say why.
    return readOnly(ctx, node, base, value, path, title, title);
  }
  const rows = (value as unknown[] | undefined) ?? [];
  const choices = choicesOf(items.node);
  if (choices) return editMultiChoice(ctx, choices, rows, pointer, title, hint);

  const itemTitle = itemTitleOf(ctx, node, base);
  const keys = ctx.rowKeys.of(rows);
  // Rows that choose a target by its words are drawn again when a target's words change.
  const targetsShown = showsTargets(ctx.resolver, node['items'], base) ? ctx.partContext.targets : undefined;
  const heading = inSection ? nothing : html`<div role="heading" aria-level=${level + 1} class="group-heading" id="${id}-heading" part="label">${title}</div>`;
  const rowLevel = inSection ? level + 1 : level + 2;
  // One text: words drawn as separate text nodes lose their spaces in Chromium's accessible name.
  // GOV.UK "add another": at the schema's limit the button goes and the page says why.
  const limit = typeof node['maxItems'] === 'number' ? node['maxItems'] : Infinity;
  const addLabel = rows.length > 0 ? `Add another ${itemTitle.toLowerCase()}` : `Add ${withArticle(itemTitle.toLowerCase())}`;
  return html`<div class="rows form-group ${error ? 'form-group--error' : ''}" part="rows" role=${ifDefined(inSection ? undefined : 'group')} aria-labelledby=${ifDefined(inSection ? undefined : `${id}-heading`)}>
    ${heading} ${hintAndError(id, inSection ? undefined : hint, error)}
    ${rows.length === 0 ? html`<p class="empty" part="empty">No ${itemTitle.toLowerCase()} added yet.</p>` : nothing}
    <ol class="row-list ${rows.length > longList ? 'row-list--long' : ''}">
      ${repeat(
        rows,
        (_row, index) => keys[index],
        (row, index) =>
          guard([row, index, rows.length, ctx.stamp, ctx.feedbackKey(`${pointer}/${index}`), targetsShown], () => editRow(ctx, node['items'], base, row, [...path, index], index, rows.length, itemTitle, pointer, rowLevel)),
      )}
    </ol>
    ${rows.length < limit
      ? html`<div class="button-group">
          <button type="button" class="button button--secondary" part="add-button" data-action="add" data-array=${pointer} ?disabled=${ctx.disabled}>
            ${addLabel}
          </button>
        </div>`
      : html`<p class="hint" part="list-limit">You can add up to ${limit} ${title.toLowerCase()}.</p>`}
  </div>`;
}

function editRow(
  ctx: RenderContext,
  itemNode: unknown,
  base: string,
  row: unknown,
  path: PathSegment[],
  index: number,
  count: number,
  itemTitle: string,
  arrayPointer: string,
  level: number,
) {
  const pointer = toPointer(path);
  const label = `${itemTitle} ${index + 1}`;
  const isObject = kindOf(ctx.resolver.resolve(itemNode, base).node) === 'object';
  const content = editField(ctx, itemNode, base, row, path, index, true, { label, inSection: isObject, level });
  const first = index === 0;
  const last = index === count - 1;
  return html`<li class="row" part="row">
    <div class="row-box" role="group" aria-labelledby="${fieldId(pointer)}-legend">
      <div role="heading" aria-level=${level} class="row-heading" id="${fieldId(pointer)}-legend" tabindex="-1" data-row-heading=${pointer}>${label}</div>
      ${content}
      <div class="button-group row-actions">
        <button type="button" class="button button--secondary button--small" data-action="move-up" data-array=${arrayPointer} data-index=${index} aria-disabled=${first ? 'true' : 'false'} ?disabled=${ctx.disabled}>
          Move up<span class="visually-hidden"> ${label}</span>
        </button>
        <button type="button" class="button button--secondary button--small" data-action="move-down" data-array=${arrayPointer} data-index=${index} aria-disabled=${last ? 'true' : 'false'} ?disabled=${ctx.disabled}>
          Move down<span class="visually-hidden"> ${label}</span>
        </button>
        <button type="button" class="button button--warning button--small" data-action="remove" data-array=${arrayPointer} data-index=${index} ?disabled=${ctx.disabled}>
          Remove<span class="visually-hidden"> ${label}</span>
        </button>
      </div>
    </div>
  </li>`;
}

function editMultiChoice(ctx: RenderContext, choices: Choice[], rows: unknown[], pointer: string, title: string, hint: string | undefined) {
  const id = fieldId(pointer);
  // A value outside the list gets a box too, ticked, so opening the plan never hides it and it
  // can be unticked; what is wrong with it is said on the list.
  const error = ctx.errorsUnder(pointer);
  const boxes = choices.map((choice) => ({ value: JSON.stringify(choice.value), title: choice.title, checked: rows.includes(choice.value) }));
  for (const value of new Set(rows.map((row) => String(JSON.stringify(row))))) {
    if (!boxes.some((box) => box.value === value)) boxes.push({ value, title: value, checked: true });
  }
  return html`<div class="form-group ${error ? 'form-group--error' : ''}" part="field">
    <fieldset aria-describedby=${ifDefined(describedBy(id, hint, error))}>
      <legend class="fieldset-legend" part="label">${title}</legend>
      ${hintAndError(id, hint, error)}
      ${boxes.map(
        (box, index) => html`<div class="choice">
          <input
            type="checkbox"
            id="${id}-${index}"
            part="control"
            data-pointer=${pointer}
            data-kind="multi"
            value=${box.value}
            ?disabled=${ctx.disabled}
            .checked=${live(box.checked)}
          />
          <label for="${id}-${index}">${box.title}</label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}
