/**
 * Static HTML of a plan for archives, emails and PDF generation, rendered in Node with no DOM
 * and no custom elements: plain semantic HTML (headings, description lists, tables of nothing
 * but text) that any mail client, archive viewer or HTML-to-PDF tool reads. It walks the
 * template's JSON Schema with the same resolver and keyword rules as `<isp-plan>`'s view mode,
 * so labels, order, choices and dates read the same. Every string from the plan and from the
 * schema is escaped. Why a renderer of its own rather than @lit-labs/ssr:
 * docs/decisions/server-rendering.md.
 */
import { formatIsoDate } from '../plan/format-date.js';
import { parsePointer, toPointer, type PathSegment } from '../plan/json-pointer.js';
import { isPlainObject } from '../plan/plan-document.js';
import { checkPlanInput } from '../plan/plan-input-check.js';
import { choicesOf, isDateNode, kindOf, mapEntries, propertiesOf, titleOf, type Choice } from '../plan/schema-keywords.js';
import { SchemaResolver, type SchemaNode } from '../plan/schema-resolver.js';
import { isTemplateId, knownSchemaDocuments, SCHEMA_VERSION, templateSchema, templateSchemas } from '../plan/schema-source.js';
import { hostSchemaOf } from '../plan/template-registry.js';
import type { JsonSchemaObject } from '@isp-kit/schemas';
import { targetWords } from '../plan/target-words.js';
import { escapeHtml } from './escape-html.js';
import { PlanRenderError } from './plan-render-error.js';
import { planStylesheet } from './plan-stylesheet.js';

export interface RenderPlanOptions {
  /** `view` (a readable document, the default) or `print` (paper: A4, lines to sign by hand). */
  mode?: 'view' | 'print';
  /** A schema of the same family to render with instead of the template's (a local variant). */
  schema?: object;
  /** A whole HTML document with its stylesheet (for PDF or email), not just the `<article>`. */
  document?: boolean;
}

/** Shown in the header or an amendments list rather than as sections. */
const bookkeeping = new Set(['template', 'schemaVersion', 'status', 'followsReview', 'amendments']);

const statusWords: Readonly<Record<string, string>> = {
  draft: 'Draft',
  agreed: 'Agreed',
  'under-review': 'Under review',
  reviewed: 'Reviewed',
  closed: 'Closed',
};

interface Context {
  readonly resolver: SchemaResolver;
  readonly mode: 'view' | 'print';
  /** Amendments by the pointer they changed, so the amended text is marked where it stands. */
  readonly amended: ReadonlyMap<string, { date: string }>;
  /** The plan's own targets, which a review names by id. */
  readonly targets: readonly unknown[];
  sawSignature: boolean;
}

const notGiven = '<span class="isp-not-given">Not given</span>';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Plain text with its line breaks kept: one paragraph per blank-line-separated block. */
function text(value: string): string {
  const paragraphs = value.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  if (paragraphs.length <= 1) return escapeHtml(value).replace(/\n/g, '<br>');
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('');
}

function scalar(node: SchemaNode, defName: string | undefined, value: unknown): string {
  const choices: Choice[] | undefined = choicesOf(node) ?? (isPlainObject(node['items']) ? choicesOf(node['items']) : undefined);
  const chosen = choices?.find((choice) => choice.value === value);
  if (chosen) return escapeHtml(chosen.title);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return isDateNode(node, defName) ? escapeHtml(formatIsoDate(value)) : text(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  return `<code>${escapeHtml(JSON.stringify(value) ?? '')}</code>`;
}

function answer(ctx: Context, pointer: string, content: string): string {
  const amendment = ctx.amended.get(pointer);
  if (!amendment) return content;
  return `<ins class="isp-amended">${content}</ins> <span class="isp-amended-note">(amended ${escapeHtml(formatIsoDate(amendment.date))})</span>`;
}

function row(title: string, content: string): string {
  return `<div class="isp-row"><dt>${escapeHtml(title)}</dt><dd>${content}</dd></div>`;
}

function signLines(): string {
  return '<div class="isp-sign-lines"><p>Signature <span class="isp-line"></span></p><p>Date <span class="isp-line"></span></p></div>';
}

/** A labelled value inside a description list. */
function field(ctx: Context, raw: unknown, base: string, value: unknown, path: PathSegment[], name: string | number, level: number): string {
  const { node } = ctx.resolver.resolve(raw, base);
  if ('const' in node) return '';
  // A target named by its id (a review's "Target") reads as the target's own words.
  const words = name === 'targetId' ? targetWords(ctx.targets, value) : '';
  return row(titleOf(node, name), words ? text(words) : content(ctx, raw, base, value, path, level));
}

/** A value without its label: a list of fields, headed rows, a list, or the answer itself. */
function content(ctx: Context, raw: unknown, base: string, value: unknown, path: PathSegment[], level: number): string {
  const { node, base: nodeBase, defName } = ctx.resolver.resolve(raw, base);
  const kind = kindOf(node);
  if (defName === 'signature') ctx.sawSignature = true;
  const items = kind === 'array' ? ctx.resolver.resolve(node['items'], nodeBase) : undefined;
  // On paper, a list of signatures nobody has signed yet still gets one to sign by hand.
  if (ctx.mode === 'print' && items?.defName === 'signature' && isEmpty(value)) value = [{}];

  // On paper an empty group still shows its fields, so a signature gets lines to sign on.
  const object = isPlainObject(value) ? value : ctx.mode === 'print' && value === undefined && kind === 'object' ? {} : undefined;
  if (kind === 'object' && object) {
    const rows = [...propertiesOf(node).filter(([childName]) => childName !== 'id'), ...mapEntries(node, object)]
      .map(([childName, child]) => field(ctx, child, nodeBase, object[childName], [...path, childName], childName, level))
      .join('');
    const signature = defName === 'signature' && ctx.mode === 'print' ? signLines() : '';
    return `${rows ? `<dl class="isp-list">${rows}</dl>` : ''}${signature}`;
  }
  if (items && Array.isArray(value) && value.length > 0) {
    // Rows of objects, or of lists ("a grid"): each row under its own heading.
    if ((kindOf(items.node) === 'object' || kindOf(items.node) === 'array') && !choicesOf(items.node)) {
      const itemTitle = titleOf(items.node, 'item');
      const heading = Math.min(level + 1, 6);
      return value.map((item, index) => `<div class="isp-item"><h${heading}>${escapeHtml(`${itemTitle} ${index + 1}`)}</h${heading}>${content(ctx, node['items'], nodeBase, item, [...path, index], level + 1)}</div>`).join('');
    }
    const list = value.map((item, index) => `<li>${answer(ctx, toPointer([...path, index]), scalar(items.node, items.defName, item))}</li>`);
    return `<ul>${list.join('')}</ul>`;
  }
  return isEmpty(value) ? notGiven : answer(ctx, toPointer(path), scalar(node, defName, value));
}

/** A top-level property as a section with its own heading. */
function section(ctx: Context, raw: unknown, base: string, value: unknown, name: string): string {
  const { node } = ctx.resolver.resolve(raw, base);
  if ('const' in node || node['readOnly'] === true) return '';
  return `<section class="isp-section"><h2>${escapeHtml(titleOf(node, name))}</h2><div class="isp-answer">${content(ctx, raw, base, value, [name], 2)}</div></section>`;
}

function amendmentsSection(ctx: Context, plan: Record<string, unknown>, root: SchemaNode, base: string): string {
  const amendments = Array.isArray(plan['amendments']) ? plan['amendments'].filter(isPlainObject) : [];
  if (amendments.length === 0) return '';
  const items = amendments.map((amendment) => {
    const by = isPlainObject(amendment['by']) ? [amendment['by']['name'], amendment['by']['role']].filter((part) => typeof part === 'string' && part !== '').join(', ') : '';
    const path = typeof amendment['path'] === 'string' ? amendment['path'] : '';
    const where = fieldTitle(ctx, root, base, path);
    const show = (value: unknown) => (typeof value === 'string' ? text(value) : isEmpty(value) ? notGiven : `<code>${escapeHtml(JSON.stringify(value) ?? '')}</code>`);
    return `<li class="isp-amendment">
<p><strong>${escapeHtml(typeof amendment['date'] === 'string' ? formatIsoDate(amendment['date']) : 'Undated')}</strong>${by ? `, ${escapeHtml(by)}` : ''}: ${escapeHtml(where)}</p>
<dl class="isp-list">${row('Before', `<del>${show(amendment['previous'])}</del>`)}${row('After', `<ins>${show(amendment['value'])}</ins>`)}${typeof amendment['reason'] === 'string' ? row('Reason', text(amendment['reason'])) : ''}</dl>
</li>`;
  });
  return `<section class="isp-section isp-amendments"><h2>Amendments</h2><p>Changes made after the plan was agreed, shown apart from the original.</p><ol>${items.join('')}</ol></section>`;
}

/** `/targets/0/target` → "SMART targets › Target 1 › SMART target", from the schema's titles. */
function fieldTitle(ctx: Context, root: SchemaNode, base: string, pointer: string): string {
  let node = root;
  let nodeBase = base;
  const titles: string[] = [];
  for (const segment of parsePointer(pointer)) {
    const isIndex = /^\d+$/.test(segment) && node['items'] !== undefined;
    const next = isIndex ? node['items'] : isPlainObject(node['properties']) ? node['properties'][segment] : undefined;
    if (next === undefined) return titles.concat(segment).join(' › ') || pointer;
    const resolved = ctx.resolver.resolve(next, nodeBase);
    titles.push(isIndex ? `${titleOf(resolved.node, 'item')} ${Number(segment) + 1}` : titleOf(resolved.node, segment));
    node = resolved.node;
    nodeBase = resolved.base;
  }
  return titles.join(' › ') || 'The plan';
}

function signOff(): string {
  const who = ['Parent/carer', 'Setting or school'].map((person) => `<div class="isp-sign-lines"><p>${person}: name <span class="isp-line"></span></p><p>Signature <span class="isp-line"></span></p><p>Date <span class="isp-line"></span></p></div>`);
  return `<section class="isp-section isp-sign-off"><h2>Sign-off</h2>${who.join('')}</section>`;
}

function schemaOf(plan: Record<string, unknown>, options: RenderPlanOptions): SchemaNode {
  if (options.schema !== undefined) {
    if (!isPlainObject(options.schema)) throw new PlanRenderError('invalid-schema', 'The schema option must be a JSON Schema object.');
    // A local authority's variant is laid over the template it names, as <isp-plan> does.
    return hostSchemaOf(options.schema as JsonSchemaObject, templateSchemas) as SchemaNode;
  }
  const template = plan['template'];
  if (typeof template !== 'string' || !isTemplateId(template)) {
    throw new PlanRenderError('unknown-template', `This plan cannot be rendered: its template ${typeof template === 'string' ? `"${template}"` : '(missing)'} is not one of ISP Kit's templates. Pass its schema as the schema option.`);
  }
  return templateSchema(template)!;
}

/**
 * Renders a plan as static, escaped HTML. Throws a `PlanRenderError` (with a `code`) for input
 * it cannot render: not an object, an unknown template without a schema, a plan of another
 * template than the schema, a newer major `schemaVersion`, or a bad option.
 */
export function renderPlanToHtml(plan: unknown, options: RenderPlanOptions = {}): string {
  const mode = options.mode ?? 'view';
  if (mode !== 'view' && mode !== 'print') {
    throw new PlanRenderError('invalid-option', `mode must be "view" or "print", not ${JSON.stringify(mode)}: edit mode needs the <isp-plan> element in a browser.`);
  }
  const problem = checkPlanInput(plan, undefined, SCHEMA_VERSION);
  if (problem) throw new PlanRenderError(problem.code, problem.reason.replace('cannot be shown', 'cannot be rendered'));
  const document = plan as Record<string, unknown>;
  const schema = schemaOf(document, options);
  const schemaTemplate = isPlainObject(schema['properties']) && isPlainObject(schema['properties']['template']) ? schema['properties']['template']['const'] : undefined;
  if (typeof schemaTemplate === 'string' && document['template'] !== undefined && document['template'] !== schemaTemplate) {
    throw new PlanRenderError('template-mismatch', `This plan cannot be rendered: it is a plan of the "${String(document['template'])}" template, but the schema is for "${schemaTemplate}".`);
  }

  const resolver = new SchemaResolver(schema, knownSchemaDocuments);
  const root = resolver.root();
  const amended = new Map<string, { date: string }>();
  for (const amendment of Array.isArray(document['amendments']) ? document['amendments'] : []) {
    if (isPlainObject(amendment) && typeof amendment['path'] === 'string') {
      amended.set(amendment['path'], { date: typeof amendment['date'] === 'string' ? amendment['date'] : '' });
    }
  }
  const ctx: Context = { resolver, mode, amended, targets: Array.isArray(document['targets']) ? document['targets'] : [], sawSignature: false };

  const sections = propertiesOf(root.node)
    .filter(([name]) => !bookkeeping.has(name))
    .map(([name, child]) => section(ctx, child, root.base, document[name], name))
    .join('\n');
  const title = titleOf(root.node, typeof document['template'] === 'string' ? document['template'] : 'Plan');
  const status = typeof document['status'] === 'string' ? statusWords[document['status']] ?? document['status'] : undefined;
  // The golden thread: which review this plan's cycle follows on from.
  const follows = typeof document['followsReview'] === 'string' && document['followsReview'] !== '' ? document['followsReview'] : undefined;
  const article = `<article class="isp-plan isp-plan--${mode}" lang="en-GB">
<header class="isp-header"><h1>${escapeHtml(title)}</h1>${status ? `<p class="isp-status">Status: <strong>${escapeHtml(status)}</strong></p>` : ''}${follows ? `<p class="isp-follows">Follows review ${escapeHtml(follows)}</p>` : ''}</header>
${sections}
${amendmentsSection(ctx, document, root.node, root.base)}
${mode === 'print' && !ctx.sawSignature ? signOff() : ''}
</article>`;
  if (!options.document) return article;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${planStylesheet}</style>
</head>
<body>
${article}
</body>
</html>
`;
}
