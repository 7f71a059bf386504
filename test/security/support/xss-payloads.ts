// Known script-injection payloads. Each one, if it ever ran, would call the trap
// `window.__ispXssTrap(label)`, so a test can tell "shown as text" from "executed".
// They cover markup, attribute breaks, URLs, SVG, template syntax of several engines and
// Lit's own marker strings (which Lit uses to find bindings in its templates).

/** The global a payload calls when it runs. Tests install it before rendering. */
export const trapName = '__ispXssTrap';

export const xssPayloads: readonly string[] = [
  `<script>${trapName}('script')</script>`,
  `<img src=x onerror="${trapName}('img-onerror')">`,
  `"><img src=x onerror=${trapName}('attribute-break-double')>`,
  `' autofocus onfocus='${trapName}("attribute-break-single")' x='`,
  `<svg onload="${trapName}('svg-onload')"><circle r="1"/></svg>`,
  `<svg><animate onbegin="${trapName}('svg-animate')" attributeName="x" dur="1s"/></svg>`,
  `javascript:${trapName}('javascript-url')`,
  `<a href="javascript:${trapName}('anchor-href')">open</a>`,
  `<iframe srcdoc="<script>parent.${trapName}('iframe-srcdoc')</script>"></iframe>`,
  `<details open ontoggle="${trapName}('details-ontoggle')">x</details>`,
  `</textarea><script>${trapName}('textarea-break')</script>`,
  `</title></style></select><img src=x onerror=${trapName}('close-tags')>`,
  '${' + `${trapName}('template-literal')` + '}',
  `{{constructor.constructor('${trapName}("mustache")')()}}`,
  `<!--?lit$1234567$--><img src=x onerror=${trapName}('lit-marker-comment')>`,
  `lit$1234567$ <?lit$1234567$> <!--?lit$1234567$-->`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${trapName}('mxss')>`,
  `<input autofocus onfocus=${trapName}('input-autofocus')>`,
  `<style>@import 'http://127.0.0.1:1/leak.css';</style>`,
  `&lt;script&gt;${trapName}('entities')&lt;/script&gt; &amp; &#60;b&#62;`,
];

/** The payload for the n-th field, tagged with its number so every field's text is unique. */
export function payloadFor(n: number): string {
  return `${xssPayloads[n % xssPayloads.length]} [field ${n}]`;
}
