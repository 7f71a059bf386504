import { css } from 'lit';
import { fieldStyles } from '../styles/field-styles.js';
import { warningStyles } from '../styles/warning.js';
import {
  colorBorderLight,
  colorError,
  colorLink,
  colorTagDone,
  colorTagDoneBackground,
  colorTagTodo,
  colorTagTodoBackground,
  colorText,
  colorTextSecondary,
  fontSizeHeadingL,
  fontSizeHeadingM,
  fontSizeHeadingS,
  fontSizeSmall,
  measureText,
  space2,
  space3,
  space4,
  space6,
  space8,
} from '../styles/tokens.js';

const layout = css`
  :host {
    display: block;
    /* A long web address in a plan wraps rather than scrolling the page sideways (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    max-width: 960px;
  }
  h1,
  .plan-title {
    font-size: ${fontSizeHeadingL};
    line-height: 1.1;
    margin: 0 0 ${space4};
  }
  h2,
  .section-heading {
    font-size: ${fontSizeHeadingM};
    line-height: 1.2;
    margin: 0 0 ${space3};
  }
  .group-heading,
  .row-heading {
    font-size: ${fontSizeHeadingS};
    font-weight: 700;
    margin: 0 0 ${space3};
  }
  .lead,
  .section-description {
    max-width: ${measureText};
    margin: 0 0 ${space4};
  }
  .section {
    margin: 0 0 ${space8};
    padding-top: ${space4};
    border-top: 1px solid ${colorBorderLight};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .guidance {
    margin: 0 0 ${space6};
    max-width: ${measureText};
  }
  .guidance summary {
    color: ${colorLink};
    cursor: pointer;
    text-decoration: underline;
    display: inline-block;
    min-height: 24px;
  }
  .guidance-text {
    padding: ${space3};
    border-left: 5px solid ${colorBorderLight};
    margin-top: ${space2};
  }
  .guidance-text p,
  .text {
    white-space: pre-line;
  }
  .row-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Only long lists skip laying out rows off screen: Chromium hides skipped rows from screen
     readers (docs/decisions/skipped-rows-and-screen-readers.md). */
  .row-list--long > .row {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  .row {
    margin: 0 0 ${space4};
    padding: ${space3};
    border: 1px solid ${colorBorderLight};
  }
  .row-actions {
    margin-bottom: 0;
  }
  .button--warning {
    color: #ffffff;
    background: ${colorError};
    box-shadow: 0 2px 0 #55150b;
  }
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .row-status:empty {
    display: none;
  }
  .row-status {
    margin: 0 0 ${space4};
    font-weight: 700;
  }
  .empty,
  .not-given {
    color: ${colorTextSecondary};
  }
  /* A narrow list (320 px, zoom, rows in rows) stacks label over answer. */
  .summary-list {
    margin: 0 0 ${space4};
    container-type: inline-size;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(8em, 30%) 1fr;
    gap: ${space4};
    padding: ${space2} 0;
    border-bottom: 1px solid ${colorBorderLight};
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
  }
  .summary-row .summary-list {
    margin: 0;
  }
  @container (width < 25em) {
    .summary-row {
      display: block;
    }
  }
  .read-row {
    margin: 0 0 ${space4};
  }
  .list {
    margin: 0;
    padding-left: ${space4};
  }
  .task-list {
    margin: 0 0 ${space8};
  }
  .task-list-items {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid ${colorBorderLight};
  }
  .task-list-item {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: ${space2};
    padding: ${space3} 0;
    border-bottom: 1px solid ${colorBorderLight};
  }
  .task-link,
  .error-summary-list a {
    display: inline-block;
    min-height: 24px;
  }
  .task-status {
    padding: 2px 8px;
    font-size: ${fontSizeSmall};
  }
  .task-status--not-started,
  .task-status--incomplete {
    color: ${colorTagTodo};
    background: ${colorTagTodoBackground};
  }
  .task-status--completed {
    color: ${colorTagDone};
    background: ${colorTagDoneBackground};
  }
  .error-summary {
    padding: ${space4};
    margin: 0 0 ${space8};
    border: 5px solid ${colorError};
  }
  .error-summary:focus {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
  }
  .error-summary-title {
    margin-top: 0;
  }
  .error-summary-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary-list a {
    color: ${colorError};
    font-weight: 700;
  }
  .problem {
    padding: ${space4};
    border: 5px solid ${colorError};
    max-width: ${measureText};
  }
  .problem-title {
    margin-top: 0;
  }
  .sign-lines {
    margin: ${space3} 0 0;
  }
  .sign-line {
    display: flex;
    align-items: flex-end;
    gap: ${space2};
    margin: ${space6} 0 0;
  }
  .sign-line .line {
    flex: 1;
    border-bottom: 1px solid ${colorText};
    min-height: 1.5em;
  }
  .json {
    white-space: pre-wrap;
    word-break: break-word;
  }
`;

/** Paper: A4 (set on the document by the element), page breaks between sections. */
const paper = css`
  :host([mode='print']) .section + .section,
  :host([mode='print']) .sign-off {
    break-before: page;
  }
  .mode-print .section {
    border-top: 0;
  }
  .mode-print .summary-row,
  .mode-print .sign-lines,
  .mode-print .read-row {
    break-inside: avoid;
  }
  @media print {
    :host {
      font-size: 12pt;
    }
    .section + .section,
    .sign-off {
      break-before: page;
    }
    .task-list,
    .error-summary,
    .guidance,
    .button,
    .button-group,
    .row-status {
      display: none !important;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

export const planStyles = [fieldStyles, warningStyles, layout, paper];
