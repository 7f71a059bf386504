import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const dateInputStyles = [
  baseStyles,
  css`
    .date-input {
      display: flex;
      flex-wrap: wrap;
      gap: 1.25rem;
    }
    .date-input .item label {
      display: block;
      margin-block-end: 0.3rem;
      font-weight: 400;
    }
    .date-input input[type='text'] {
      width: 5ch;
      /* The box width hints at how much to type, like GOV.UK's width-2 and width-4 inputs. */
      min-width: 3.5rem;
    }
    .date-input .year input[type='text'] {
      width: 8ch;
      min-width: 5.5rem;
    }
    .view-value {
      margin: 0;
    }
    .hand-written {
      display: flex;
      gap: 1rem;
      align-items: flex-end;
    }
    .hand-written span {
      display: inline-block;
      min-width: 3rem;
      border-block-end: 1px solid currentColor;
      text-align: center;
      font-size: 0.8em;
      padding-block-start: 1.5rem;
    }
    .hand-written .year span {
      min-width: 5rem;
    }
  `,
];
