import { unsafeCSS } from 'lit';

/**
 * Design tokens, `--isp-<category>-<name>`. Each is read through `var()` with the GOV.UK Design
 * System value as the fallback, so a host sets any token on the element, a wrapper or `:root`
 * and it inherits through the shadow roots: nothing has to be forked to restyle.
 *
 * `tokenDefaults` is the single list of names and defaults (the README documents it); the CSS
 * values below are derived from it so a name cannot drift from its default.
 */
export const tokenDefaults = {
  '--isp-font-family': '"GDS Transport", arial, sans-serif',
  '--isp-font-size-body': '1.1875rem',
  '--isp-font-size-small': '1rem',
  '--isp-font-size-heading-l': '2.25rem',
  '--isp-font-size-heading-m': '1.5rem',
  '--isp-font-size-heading-s': '1.1875rem',
  '--isp-line-height-body': '1.3158',
  '--isp-color-text': '#0b0c0c',
  '--isp-color-text-secondary': '#484949',
  '--isp-color-background': '#ffffff',
  '--isp-color-border': '#0b0c0c',
  '--isp-color-border-light': '#b1b4b6',
  '--isp-color-link': '#1d70b8',
  '--isp-color-focus': '#ffdd00',
  '--isp-color-focus-text': '#0b0c0c',
  '--isp-color-error': '#d4351c',
  '--isp-color-success': '#00703c',
  '--isp-color-button': '#00703c',
  '--isp-color-button-text': '#ffffff',
  '--isp-color-button-secondary': '#f3f2f1',
  '--isp-color-button-shadow': '#002d18',
  '--isp-color-button-secondary-shadow': '#929191',
  '--isp-color-tag-done': '#005a30',
  '--isp-color-tag-done-background': '#cce2d8',
  '--isp-color-tag-todo': '#0c2d4a',
  '--isp-color-tag-todo-background': '#bbd4ea',
  '--isp-color-amended': '#fff7bf',
  '--isp-space-1': '5px',
  '--isp-space-2': '10px',
  '--isp-space-3': '15px',
  '--isp-space-4': '20px',
  '--isp-space-6': '30px',
  '--isp-space-8': '50px',
  '--isp-border-width-input': '2px',
  '--isp-border-width-focus': '3px',
  '--isp-measure-text': '40em',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/**
 * `var(--name, default)` as a CSSResult, for use inside Lit `css` templates. `unsafeCSS` is safe
 * here: the text comes only from the constant table above, never from input.
 */
export function token(name: TokenName) {
  return unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);
}

export const fontFamily = token('--isp-font-family');
export const fontSizeBody = token('--isp-font-size-body');
export const fontSizeSmall = token('--isp-font-size-small');
export const fontSizeHeadingL = token('--isp-font-size-heading-l');
export const fontSizeHeadingM = token('--isp-font-size-heading-m');
export const fontSizeHeadingS = token('--isp-font-size-heading-s');
export const lineHeightBody = token('--isp-line-height-body');
export const colorText = token('--isp-color-text');
export const colorTextSecondary = token('--isp-color-text-secondary');
export const colorBackground = token('--isp-color-background');
export const colorBorder = token('--isp-color-border');
export const colorBorderLight = token('--isp-color-border-light');
export const colorLink = token('--isp-color-link');
export const colorFocus = token('--isp-color-focus');
export const colorFocusText = token('--isp-color-focus-text');
export const colorError = token('--isp-color-error');
export const colorSuccess = token('--isp-color-success');
export const colorButton = token('--isp-color-button');
export const colorButtonText = token('--isp-color-button-text');
export const colorButtonSecondary = token('--isp-color-button-secondary');
export const colorButtonShadow = token('--isp-color-button-shadow');
export const colorButtonSecondaryShadow = token('--isp-color-button-secondary-shadow');
export const colorTagDone = token('--isp-color-tag-done');
export const colorTagDoneBackground = token('--isp-color-tag-done-background');
export const colorTagTodo = token('--isp-color-tag-todo');
export const colorTagTodoBackground = token('--isp-color-tag-todo-background');
export const colorAmended = token('--isp-color-amended');
export const space1 = token('--isp-space-1');
export const space2 = token('--isp-space-2');
export const space3 = token('--isp-space-3');
export const space4 = token('--isp-space-4');
export const space6 = token('--isp-space-6');
export const space8 = token('--isp-space-8');
export const borderWidthInput = token('--isp-border-width-input');
export const borderWidthFocus = token('--isp-border-width-focus');
export const measureText = token('--isp-measure-text');
