import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

export const pupilVoiceStyles = [
  baseStyles,
  css`
    /* Child-friendly: big, rounded, calm. Still GOV.UK colours and focus states. */
    .prompt {
      margin-block-end: 1.25rem;
      padding: 0.75rem 1rem 1rem;
      border: 2px solid var(--isp-color-border-light, #b1b4b6);
      border-radius: 1rem;
      background: var(--isp-color-voice-background, #ffffff);
    }
    .prompt .label,
    .prompt dt {
      font-size: var(--isp-font-size-voice-prompt, 1.5rem);
      font-weight: 700;
    }
    .prompt textarea {
      font-size: var(--isp-font-size-voice-answer, 1.3rem);
      min-height: 6rem;
      border-radius: 0.5rem;
    }
    .feelings {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block-end: 1.25rem;
    }
    .feeling {
      position: relative;
    }
    .feeling input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .feeling label {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.25rem;
      min-width: 5.5rem;
      padding: 0.5rem 0.75rem;
      border: 3px solid var(--isp-color-border-light, #b1b4b6);
      border-radius: 1rem;
      font-size: 1.2rem;
    }
    .feeling input:checked + label {
      border-color: var(--isp-color-text, #0b0c0c);
      background: var(--isp-color-voice-chosen, #cce2d8);
    }
    /* The tick and the word "chosen" say it too, not only the border colour. */
    .feeling .chosen {
      display: none;
      font-size: 0.9rem;
      font-weight: 700;
    }
    .feeling input:checked + label .chosen {
      display: inline;
    }
    .feeling input:focus-visible + label {
      outline: 3px solid var(--isp-color-focus, #ffdd00);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--isp-color-text, #0b0c0c);
    }
    svg .face {
      fill: var(--isp-color-voice-face, #ffdd00);
      stroke: var(--isp-color-text, #0b0c0c);
      stroke-width: 2;
    }
    svg .eye {
      fill: var(--isp-color-text, #0b0c0c);
    }
    svg .stroke {
      fill: none;
      stroke: var(--isp-color-text, #0b0c0c);
      stroke-width: 2.5;
      stroke-linecap: round;
    }
    .chosen-list {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .chosen-list li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .draw-space {
      display: block;
      min-height: 8rem;
      border: 1px solid currentColor;
      border-radius: 0.5rem;
    }
    .print-box {
      display: inline-block;
      width: 1.2rem;
      height: 1.2rem;
      border: 1px solid currentColor;
      text-align: center;
      line-height: 1.1rem;
    }
    .short {
      max-width: 30rem;
    }
  `,
];
