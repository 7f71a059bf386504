// Looks through an element and every shadow root under it, since <isp-plan> and its parts
// render into (nested) shadow roots that querySelector on the document cannot see.

/**
 * Every element under `root`, including those inside open shadow roots (`root`'s own too),
 * depth first. `root` itself is not included.
 */
export function* deepElements(root: Element | ShadowRoot | Document): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** All text a person would read, plus the values of every text control, joined by newlines. */
export function deepReadableText(root: Element): string {
  const parts: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push('\n' + node.value + '\n');
    if (node instanceof HTMLOptionElement && node.selected) parts.push('\n' + node.text + '\n');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(collect);
    node.childNodes.forEach(collect);
  };
  collect(root);
  return parts.join('');
}

/** Tags that plan text must never turn into: they run script, load content or navigate. */
const forbiddenTags = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'math', 'base', 'link', 'meta', 'style', 'animate', 'marquee']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']);

/**
 * Elements that could only come from plan text: a forbidden tag, any `on…` handler attribute
 * or a `javascript:` URL. Each is described as a short string for the failure message.
 */
export function injectedElements(root: Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (forbiddenTags.has(tag)) found.push(`<${tag}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${attribute.value}">`);
      if (urlAttributes.has(name) && /^\s*javascript:/i.test(attribute.value)) found.push(`<${tag} ${name}="${attribute.value}">`);
    }
  }
  return found;
}

/** Waits for every Lit element under `root` (nested parts included) to finish updating. */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = [root, ...deepElements(root)]
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise instanceof Promise);
    await Promise.all(pending);
  }
}
