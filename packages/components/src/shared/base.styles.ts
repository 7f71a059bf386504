import { css } from 'lit';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { warningStyles } from '../styles/warning.js';

/**
 * The GOV.UK look every part shares. Colours and fonts come from the design tokens
 * (`--isp-<category>-<name>`, src/styles/tokens.ts) with GOV.UK values as fallbacks, so a part
 * looks right on its own and a host restyles it by setting the tokens.
 */
export const baseStyles = [
  visuallyHiddenStyles,
  warningStyles,
  css`
  :host {
    display: block;
    color: var(--isp-color-text, #0b0c0c);
    font-family: var(--isp-font-family, 'GDS Transport', arial, sans-serif);
    font-size: var(--isp-font-size-body, 1.1875rem);
    line-height: var(--isp-line-height-body, 1.3158);
    margin-block-end: var(--isp-space-6, 30px);
    /* A long web address or code in a pupil's words wraps rather than scrolling the page sideways at 320 px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .label {
    display: block;
    margin-block-end: 0.3rem;
    font-weight: 700;
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .hint {
    display: block;
    margin: 0 0 0.9rem;
    color: var(--isp-color-text-secondary, #484949);
  }
  .field {
    margin-block-end: var(--isp-space-4, 20px);
  }
  .form-group--error {
    padding-inline-start: 0.9rem;
    border-inline-start: 5px solid var(--isp-color-error, #d4351c);
  }
  .error-message {
    display: block;
    margin: 0 0 0.9rem;
    color: var(--isp-color-error, #d4351c);
    font-weight: 700;
  }
  input[type='text'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--isp-color-background, #ffffff);
    min-height: 2.5rem;
    width: 100%;
    padding: 0.3rem;
    border: 2px solid var(--isp-color-border, #0b0c0c);
    border-radius: 0;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--isp-color-error, #d4351c);
  }
  input:focus,
  select:focus,
  textarea:focus {
    outline: 3px solid var(--isp-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px currentColor;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: 0.4rem 0.8rem;
    border: 2px solid transparent;
    border-radius: 0;
    color: var(--isp-color-button-text, #ffffff);
    background: var(--isp-color-button, #00703c);
    box-shadow: 0 2px 0 var(--isp-color-button-shadow, #002d18);
    cursor: pointer;
  }
  button.secondary {
    color: var(--isp-color-text, #0b0c0c);
    background: var(--isp-color-button-secondary, #f3f2f1);
    box-shadow: 0 2px 0 var(--isp-color-button-secondary-shadow, #929191);
  }
  button.link {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.1rem 0.2rem;
    color: var(--isp-color-link, #1d70b8);
    background: none;
    box-shadow: none;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 3px solid var(--isp-color-focus, #ffdd00);
    outline-offset: 0;
    color: var(--isp-color-focus-text, #0b0c0c);
    background: var(--isp-color-focus, #ffdd00);
    box-shadow: 0 2px 0 var(--isp-color-focus-text, #0b0c0c);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
  }
  .choice input {
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--isp-color-text, #0b0c0c);
  }
  .choice input:focus-visible {
    outline: 3px solid var(--isp-color-focus, #ffdd00);
    outline-offset: 1px;
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  dl.summary {
    margin: 0;
  }
  dl.summary dt {
    font-weight: 700;
  }
  dl.summary dd {
    margin: 0 0 0.75rem;
    white-space: pre-wrap;
  }
  .empty {
    color: var(--isp-color-text-secondary, #484949);
  }
  .write-line {
    display: block;
    min-height: 2.5rem;
    border-block-end: 1px solid currentColor;
  }
  @media print {
    :host {
      font-size: 12pt;
      break-inside: avoid;
    }
    button {
      display: none;
    }
  }
`,
];
