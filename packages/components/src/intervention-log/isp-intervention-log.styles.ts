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
    /* A wide table scrolls here, not the page; relative keeps its hidden texts in. */
    .group {
      margin-block-end: 1.5rem;
      overflow-x: auto;
      position: relative;
    }
    /* Only a long log skips laying out groups off screen (hidden from screen readers). */
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
      /* Whole words size the columns ("Yes", never "Ye s"). */
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
