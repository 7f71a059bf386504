/**
 * The stylesheet of server-rendered plans, following the GOV.UK Design System's type and
 * colours. `renderPlanToHtml(plan, { document: true })` inlines it (PDFs, emails); a page with a
 * strict Content-Security-Policy serves it as a file instead and renders without `document`.
 */
export const planStylesheet = `
.isp-plan { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.4; max-width: 60rem; margin: 0 auto; padding: 1rem; }
.isp-plan h1 { font-size: 2rem; margin: 0 0 0.5rem; }
.isp-plan h2 { font-size: 1.5rem; margin: 1.5rem 0 0.75rem; border-bottom: 1px solid #b1b4b6; padding-bottom: 0.25rem; }
.isp-plan h3, .isp-plan h4, .isp-plan h5, .isp-plan h6 { font-size: 1.1875rem; margin: 1rem 0 0.5rem; }
.isp-status, .isp-follows { margin: 0 0 0.5rem; }
.isp-list { margin: 0; }
.isp-row { display: grid; grid-template-columns: minmax(8rem, 30%) 1fr; gap: 0.25rem 1.25rem; padding: 0.5rem 0; border-bottom: 1px solid #b1b4b6; }
.isp-row dt { font-weight: bold; }
.isp-row dd { margin: 0; overflow-wrap: anywhere; }
.isp-row dd p { margin: 0 0 0.5rem; }
.isp-item { border-left: 4px solid #b1b4b6; padding-left: 0.75rem; margin: 0 0 1rem; }
.isp-not-given { color: #505a5f; }
.isp-amended { background: #fff7bf; text-decoration: none; }
.isp-amended-note { color: #505a5f; font-size: 0.875rem; }
.isp-amendments ins { background: #fff7bf; text-decoration: none; }
.isp-amendments del { color: #505a5f; }
.isp-sign-lines { display: grid; grid-template-columns: 2fr 1fr; gap: 1rem; margin: 1rem 0 0; }
.isp-sign-lines p { margin: 0; display: flex; align-items: flex-end; gap: 0.5rem; white-space: nowrap; }
.isp-line { flex: 1; border-bottom: 1px solid #0b0c0c; min-height: 2rem; }
.isp-sign-off .isp-sign-lines { grid-template-columns: 2fr 2fr 1fr; }
/* On a phone (or zoomed in), labels stack above answers, as GOV.UK's summary list does. */
@media (max-width: 40em) { .isp-row { display: block; } }
@page { size: A4; margin: 15mm; }
@media print {
  .isp-plan { max-width: none; padding: 0; font-size: 11pt; }
  .isp-row, .isp-item, .isp-sign-lines { break-inside: avoid; }
  .isp-plan h2, .isp-plan h3 { break-after: avoid; }
  /* A section moves to the next page rather than split when it fits on one; no forced breaks,
     so short sections share a page (docs/decisions/server-rendering.md). */
  .isp-section { break-inside: avoid; }
}
`;
