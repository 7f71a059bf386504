import { css } from 'lit';

let sheet: CSSStyleSheet | undefined;
let users = 0;

/**
 * `@page` has no effect inside a shadow root, so A4 paper is set on the document, through a
 * constructed stylesheet (allowed under `style-src 'self'`: no inline `<style>` is written),
 * while at least one plan is on the page: the host's other pages print on their own paper.
 * Returns the function that gives it back.
 */
export function useA4Paper(): () => void {
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return () => {};
  sheet ??= css`
    @page {
      size: A4;
      margin: 15mm;
    }
  `.styleSheet;
  if (!sheet) return () => {};
  if (users++ === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}
