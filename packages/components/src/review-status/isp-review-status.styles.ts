import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const reviewStatusStyles = [
  baseStyles,
  css`
    .summary {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 0.75rem;
      margin: 0 0 1rem;
    }
    .summary p {
      margin: 0;
    }
    /* GOV.UK tags: the word carries the meaning; the colour only repeats it. */
    .tag {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      font-weight: 400;
      color: var(--isp-color-tag-todo, #0c2d4a);
      background: var(--isp-color-tag-todo-background, #bbd4ea);
    }
    .tag--due {
      color: var(--isp-color-tag-due-text, #594d00);
      background: var(--isp-color-tag-due-background, #fff7bf);
    }
    .tag--overdue {
      color: var(--isp-color-tag-overdue-text, #2a0b06);
      background: var(--isp-color-tag-overdue-background, #f4cdc6);
    }
    .tag--reviewed {
      color: var(--isp-color-tag-done, #005a30);
      background: var(--isp-color-tag-done-background, #cce2d8);
    }
    .problem {
      margin: 0 0 1rem;
      padding: 0.75rem;
      border-inline-start: 5px solid var(--isp-color-error, #d4351c);
    }
    .history {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .history li {
      margin-block-end: 0.75rem;
    }
    .history dl {
      margin: 0.25rem 0 0;
    }
    .history dt {
      display: inline;
      font-weight: 700;
    }
    .history dd {
      display: inline;
      margin: 0;
    }
    .history dd::after {
      content: '';
      display: block;
    }
    @media print {
      .tag {
        border: 1px solid currentColor;
      }
    }
  `,
];
