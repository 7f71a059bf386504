import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const interventionLogStyles = [
  baseStyles,
  css`
    form {
      margin-block-end: 1.5rem;
      padding: 1rem;
      border: 1px solid var(--isp-color-border-light, #b1b4b6);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0 1rem;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin-block-end: 1rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
    }
    .undo {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      background: var(--isp-color-notice-background, #f3f2f1);
    }
    .undo p {
      margin: 0;
    }
    /* A log can hold thousands of entries: in a long one, groups off screen skip style and
       layout until scrolled to, so typing anywhere in the plan stays fast. Chromium leaves
       skipped groups out of the accessibility tree, hence only then; print lays out all. */
    /* A table wider than a phone (320 px, zoom) scrolls within its group, not the page; so do
       its visually hidden texts (positioned, they would otherwise widen the page). */
    .group {
      margin-block-end: 1.5rem;
      overflow-x: auto;
      position: relative;
    }
    .long > .group {
      content-visibility: auto;
      contain-intrinsic-size: auto 16em;
    }
    @media print {
      .long > .group {
        content-visibility: visible;
      }
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    th,
    td {
      padding: 0.5rem 0.5rem 0.5rem 0;
      border-block-end: 1px solid var(--isp-color-border-light, #b1b4b6);
      text-align: start;
      vertical-align: top;
      /* Whole words size the columns ("Yes", "Achieved" are never split); the group scrolls. */
      overflow-wrap: break-word;
    }
    td {
      white-space: pre-wrap;
    }
    td.row-actions {
      white-space: nowrap;
    }
    tr.blank td {
      height: 2.5rem;
    }
    select {
      max-width: 100%;
    }
  `,
];
