import { css } from 'lit';

let applied = false;

/**
 * `@page` has no effect inside a shadow root, so A4 paper is set once on the document, through
 * a constructed stylesheet (allowed under `style-src 'self'`: no inline `<style>` is written).
 * It only ever applies when printing.
 */
export function useA4Paper(): void {
  if (applied || typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = css`
    @page {
      size: A4;
      margin: 15mm;
    }
  `.styleSheet;
  if (!sheet) return;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  applied = true;
}
