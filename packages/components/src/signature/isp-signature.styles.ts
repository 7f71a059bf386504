import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const signatureStyles = [
  baseStyles,
  css`
    .signed {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-inline-start: 5px solid var(--isp-color-success, #00703c);
      background: var(--isp-color-signed-background, #f3f2f1);
    }
    .signed p {
      margin: 0 0 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .signed-by {
      font-weight: 700;
    }
    select {
      width: auto;
      min-width: 12rem;
    }
    input[type='text'].name {
      max-width: 30rem;
    }
    .print-lines {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 1rem 0.75rem;
      align-items: end;
    }
    .print-lines .write-line {
      min-width: 12rem;
    }
  `,
];
