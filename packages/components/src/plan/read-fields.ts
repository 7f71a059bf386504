import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import { isPlainObject } from './plan-document.js';
import { partTagByDef, partTagByItemDef } from './part-tags.js';
import { blanksWithin, fieldId, type Blanks, type RenderContext } from './render-context.js';
import { choicesOf, isDateNode, kindOf, mapEntries, propertiesOf, titleOf } from './schema-keywords.js';
import type { SchemaNode } from './schema-resolver.js';
import { formatIsoDate } from './format-date.js';
import { targetWords } from './target-words.js';

export interface ReadOptions {
  readonly label?: string;
  readonly inSection?: boolean;
  readonly level?: number;
  readonly blanks?: Blanks;
}

const notGiven = html`<span class="not-given">Not given</span>`;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * One value of the plan as a readable document (view and print modes): a summary list of
 * label and answer, paragraphs for long text, a heading per row. No form controls.
 */
export function readField(
  ctx: RenderContext,
  raw: unknown,
  base: string,
  value: unknown,
  path: PathSegment[],
  name: string | number,
  options: ReadOptions = {},
): TemplateResult | typeof nothing {
  const { node, base: nodeBase, defName } = ctx.resolver.resolve(raw, base);
  if ('const' in node) return nothing;
  const title = options.label ?? titleOf(node, name);
  const level = options.level ?? 2;

  if (defName === 'signature') ctx.sawSignature = true;
  const wrap = (content: unknown) => (options.inSection ? content : row(title, content));
  const partTag = defName === undefined ? undefined : partTagByDef[defName];
  // In a summary row the title is already its label, and a list's item has its row heading:
  // parts that can go without their own title show it once.
  const titled = !options.inSection || options.label !== undefined;
  const partTitle = titled && partTag !== undefined && titledByRow.has(partTag) ? '' : title;
  if (ctx.mode !== 'edit' && partTag && ctx.hasPart(partTag) && defName !== 'date') return wrap(readPart(ctx, partTag, value, partTitle, toPointer(path))) as TemplateResult;
  if (defName === 'signature' && ctx.mode === 'print') return wrap(printSignature(ctx, node, nodeBase, value, path)) as TemplateResult;

  const kind = kindOf(node);
  // On paper an empty group still shows its fields, so signatures get lines to sign on.
  const object = isPlainObject(value) ? value : ctx.mode === 'print' && value === undefined && !options.blanks?.has(node) ? {} : undefined;
  if (kind === 'object' && object) {
    const entries = propertiesOf(node).filter(([childName]) => childName !== 'id');
    const blanks = blanksWithin(options.blanks, node, value);
    return wrap(html`<dl class="summary-list" part="summary-list">
      ${entries.map(([childName, child]) => readField(ctx, child, nodeBase, object[childName], [...path, childName], childName, { level, blanks }))}
      ${mapEntries(node, object).map(([key, child]) => readField(ctx, child, nodeBase, object[key], [...path, key], key, { level }))}
    </dl>`) as TemplateResult;
  }
  const items = kind === 'array' ? ctx.resolver.resolve(node['items'], nodeBase) : undefined;
  // On paper, a list of signatures nobody has signed yet still gets one to sign by hand.
  if (ctx.mode === 'print' && items?.defName === 'signature' && isEmpty(value)) value = [{}];
  if (items && Array.isArray(value) && !choicesOf(items.node)) {
    const itemPart = items.defName === undefined ? undefined : partTagByItemDef[items.defName];
    if (ctx.mode !== 'edit' && itemPart && ctx.hasPart(itemPart)) return wrap(readPart(ctx, itemPart, value, title, toPointer(path))) as TemplateResult;
    const itemTitle = titleOf(items.node, 'item');
    // Rows of objects, or of lists ("a grid"): each row under its own heading.
    const headedRows = kindOf(items.node) === 'object' || kindOf(items.node) === 'array';
    const body = value.length === 0
      ? notGiven
      : headedRows
        ? html`${value.map(
            (item, index) => {
              // One text: "Contributor" and "1" drawn apart are named "Contributor1" by Chromium.
              const label = `${itemTitle} ${index + 1}`;
              const id = `${fieldId(toPointer([...path, index]))}-heading`;
              return html`<div class="read-row" part="row" role="group" aria-labelledby=${id}>
                <div role="heading" aria-level=${level + 1} class="row-heading" id=${id}>${label}</div>
                ${readField(ctx, node['items'], nodeBase, item, [...path, index], index, { label, inSection: true, level: level + 1 })}
              </div>`;
            },
          )}`
        : html`<ul class="list">${value.map((item) => html`<li>${formatScalar(items.node, items.defName, item)}</li>`)}</ul>`;
    return wrap(body) as TemplateResult;
  }
  // A target named by its id (a review's "Target") reads as the target's own words.
  const words = name === 'targetId' ? targetWords(ctx.partContext.targets, value) : '';
  // A list of choices shows each by its title, also when the list is a shared `$defs` entry.
  const shown = isEmpty(value) ? notGiven : words || formatValue(items?.node ?? node, items ? items.defName : defName, value);
  return (options.inSection ? html`<div class="answer" part="answer">${shown}</div>` : row(title, shown));
}

function row(title: string, answer: unknown) {
  return html`<div class="summary-row" part="summary-row"><dt part="label">${title}</dt><dd part="answer">${answer}</dd></div>`;
}

/** Parts whose title can be left to the row around them (they draw no label when given none). */
const titledByRow = new Set(['isp-signature', 'isp-pupil-voice']);

function readPart(ctx: RenderContext, tag: string, value: unknown, title: string, pointer: string) {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    class="part"
    .value=${value}
    .label=${title}
    .mode=${ctx.mode}
    .pupilName=${ctx.partContext.pupilName}
    .targets=${ctx.partContext.targets}
    .stale=${tag === 'isp-signature' && ctx.signatureStale(pointer, value)}
  ></${name}>`;
}

/** Text, a chosen option's title, a date in words, yes/no, or JSON for anything else. */
function formatValue(node: SchemaNode, defName: string | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return html`<ul class="list">${value.map((item) => html`<li>${formatScalar(node, defName, item)}</li>`)}</ul>`;
  return formatScalar(node, defName, value);
}

function formatScalar(node: SchemaNode, defName: string | undefined, value: unknown): unknown {
  const chosen = choicesOf(node)?.find((choice) => choice.value === value);
  if (chosen) return chosen.title;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (isDateNode(node, defName)) return formatIsoDate(value);
    return html`<span class="text">${value}</span>`;
  }
  if (typeof value === 'number') return String(value);
  return html`<code class="json">${JSON.stringify(value)}</code>`;
}

/**
 * A signature on paper: what was typed, then lines to sign and date by hand. The typed name is
 * shown but never stands in for the signature itself.
 */
function printSignature(ctx: RenderContext, node: SchemaNode, base: string, value: unknown, path: PathSegment[]) {
  const signature = isPlainObject(value) ? value : {};
  const typed = propertiesOf(node)
    .filter(([name]) => name !== 'id' && signature[name] !== undefined)
    .map(([name, child]) => readField(ctx, child, base, signature[name], [...path, name], name));
  return html`${typed.length > 0 ? html`<dl class="summary-list">${typed}</dl>` : nothing}
    <div class="sign-lines" part="signature-lines" data-pointer=${toPointer(path)}>
      <p class="sign-line" part="signature-line">Signature <span class="line" aria-hidden="true"></span></p>
      <p class="sign-line" part="signature-line">Date <span class="line" aria-hidden="true"></span></p>
    </div>`;
}

/** Lines to sign by hand at the end of a printed plan whose schema has no signature field. */
export function printSignOff() {
  return html`<div class="sign-off" part="sign-off">
    <h2 class="section-heading">Sign-off</h2>
    ${['Parent/carer', 'Setting or school'].map(
      (who) => html`<div class="sign-lines" part="signature-lines">
        <p class="sign-line" part="signature-line">${who}: name <span class="line" aria-hidden="true"></span></p>
        <p class="sign-line" part="signature-line">Signature <span class="line" aria-hidden="true"></span></p>
        <p class="sign-line" part="signature-line">Date <span class="line" aria-hidden="true"></span></p>
      </div>`,
    )}
  </div>`;
}

