import { css } from 'lit';
import { visuallyHiddenStyles } from './visually-hidden.js';
import {
  borderWidthFocus,
  borderWidthInput,
  colorBackground,
  colorBorder,
  colorButton,
  colorButtonSecondary,
  colorButtonSecondaryShadow,
  colorButtonShadow,
  colorButtonText,
  colorError,
  colorFocus,
  colorFocusText,
  colorLink,
  colorText,
  colorTextSecondary,
  fontFamily,
  fontSizeBody,
  fontSizeSmall,
  lineHeightBody,
  measureText,
  space1,
  space2,
  space3,
  space4,
  space6,
} from './tokens.js';

/**
 * Shared look of form fields, following the GOV.UK Design System: every element that renders a
 * label, hint, input and error in its own shadow root adds this to its `static styles` so all
 * parts look and focus alike. Class names are the GOV.UK ones without the prefix.
 */
export const fieldStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: ${lineHeightBody};
    color: ${colorText};
  }
  .form-group {
    margin: 0 0 ${space6};
  }
  .form-group--error {
    padding-left: ${space3};
    border-left: 5px solid ${colorError};
  }
  .label,
  legend.fieldset-legend {
    display: block;
    margin: 0 0 ${space1};
    font-weight: 700;
    font-size: ${fontSizeBody};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .hint {
    display: block;
    margin: 0 0 ${space3};
    color: ${colorTextSecondary};
    max-width: ${measureText};
  }
  .error-message {
    display: block;
    margin: 0 0 ${space3};
    color: ${colorError};
    font-weight: 700;
  }
  .input,
  .textarea,
  .select {
    box-sizing: border-box;
    font: inherit;
    color: ${colorText};
    background: ${colorBackground};
    border: ${borderWidthInput} solid ${colorBorder};
    border-radius: 0;
    min-height: 40px;
    padding: ${space1};
    width: 100%;
    max-width: ${measureText};
  }
  .textarea {
    min-height: 6em;
    resize: vertical;
    display: block;
  }
  .input--number {
    max-width: 10em;
  }
  .input--error,
  .textarea--error,
  .select--error {
    border-color: ${colorError};
  }
  .input:focus,
  .textarea:focus,
  .select:focus {
    outline: ${borderWidthFocus} solid ${colorFocus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${borderWidthInput} ${colorBorder};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${space2};
    margin: 0 0 ${space2};
  }
  .choice input {
    width: 32px;
    height: 32px;
    margin: 0;
    accent-color: ${colorText};
    flex: none;
  }
  .choice input:focus {
    outline: ${borderWidthFocus} solid ${colorFocus};
    outline-offset: 2px;
  }
  .choice label {
    cursor: pointer;
    padding: ${space1} 0;
  }
  .button {
    font: inherit;
    font-size: ${fontSizeBody};
    line-height: 1.2;
    min-height: 40px;
    min-width: 24px;
    padding: 8px ${space2} 7px;
    border: ${borderWidthInput} solid transparent;
    border-radius: 0;
    color: ${colorButtonText};
    background: ${colorButton};
    box-shadow: 0 2px 0 ${colorButtonShadow};
    cursor: pointer;
  }
  .button--secondary {
    color: ${colorText};
    background: ${colorButtonSecondary};
    box-shadow: 0 2px 0 ${colorButtonSecondaryShadow};
  }
  .button--small {
    font-size: ${fontSizeSmall};
    min-height: 32px;
    padding: 4px ${space2} 3px;
  }
  .button:focus-visible,
  .link-button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: ${borderWidthFocus} solid transparent;
    color: ${colorFocusText};
    background: ${colorFocus};
    box-shadow: 0 -2px ${colorFocus}, 0 4px ${colorFocusText};
    text-decoration: none;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .link-button,
  a {
    font: inherit;
    color: ${colorLink};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
    text-align: left;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: ${space2};
    align-items: center;
    margin: 0 0 ${space4};
  }
`,
];
