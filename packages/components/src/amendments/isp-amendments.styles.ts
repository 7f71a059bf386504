import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const amendmentsStyles = [
  baseStyles,
  css`
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* Seed 003: amendments "in a different colour or highlighted". A bar, a tag and the words
       Before/After carry it, so it never rests on colour alone. */
    .amendment {
      margin-block-end: 1rem;
      padding: 0.75rem 1rem;
      border-inline-start: 5px solid var(--isp-color-amendment, #1d70b8);
      background: var(--isp-color-amendment-background, #f3f2f1);
    }
    .meta {
      margin: 0 0 0.5rem;
    }
    .tag {
      display: inline-block;
      margin-inline-end: 0.5rem;
      padding: 0.125rem 0.5rem;
      color: var(--isp-color-tag-todo, #0c2d4a);
      background: var(--isp-color-tag-todo-background, #bbd4ea);
    }
    .change {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.5rem;
    }
    .change dt {
      font-weight: 700;
    }
    .change dd {
      margin: 0;
      white-space: pre-wrap;
    }
    del {
      color: var(--isp-color-text-secondary, #484949);
    }
    ins {
      text-decoration: none;
      background: var(--isp-color-amended, #fff7bf);
      box-shadow: 0 0 0 2px var(--isp-color-amended, #fff7bf);
    }
    .why {
      margin: 0;
    }
    @media print {
      .amendment {
        border: 1px solid currentColor;
        border-inline-start-width: 5px;
      }
      ins {
        font-weight: 700;
      }
    }
  `,
];
