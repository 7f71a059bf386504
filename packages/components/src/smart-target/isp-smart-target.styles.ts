import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const smartTargetStyles = [
  baseStyles,
  css`
    fieldset.target-row > legend {
      font-size: 1.5rem;
      margin-block-end: 0.75rem;
    }
    textarea {
      min-height: 3.5rem;
    }
    .checklist {
      margin: -0.5rem 0 1.25rem;
      padding: 0.75rem 1rem;
      border-inline-start: 5px solid var(--isp-color-advice, #1d70b8);
      background: var(--isp-color-advice-background, #f3f2f1);
    }
    .checklist .count {
      margin: 0 0 0.25rem;
      font-weight: 700;
    }
    .checklist .advice {
      margin: 0 0 0.5rem;
      color: var(--isp-color-text-secondary, #484949);
    }
    .checklist ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .checklist li {
      display: grid;
      grid-template-columns: 1.75rem 1fr;
      gap: 0 0.5rem;
      padding: 0.25rem 0;
    }
    .mark {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1.5rem;
      height: 1.5rem;
      border-radius: 50%;
      font-weight: 700;
      font-size: 0.9em;
    }
    .met .mark {
      color: var(--isp-color-success-text, #ffffff);
      background: var(--isp-color-success, #00703c);
    }
    .missing .mark {
      color: var(--isp-color-text, #0b0c0c);
      background: var(--isp-color-warning, #ffdd00);
      border: 2px solid var(--isp-color-text, #0b0c0c);
    }
    .missing .element {
      font-weight: 700;
    }
    .checklist p.message,
    .checklist p.suggestion {
      margin: 0.1rem 0 0;
    }
    .found {
      color: var(--isp-color-text-secondary, #484949);
    }
  `,
];
