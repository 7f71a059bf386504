import { css } from 'lit';

/** GOV.UK warning text: a "!" in a circle beside bold words (a stale signature, an agreed plan). */
export const warningStyles = css`
  .warning {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    font-weight: 700;
    margin: 0 0 1rem;
  }
  .warning-icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.2rem;
    height: 2.2rem;
    border-radius: 50%;
    color: var(--isp-color-warning-icon-text, #ffffff);
    background: var(--isp-color-text, #0b0c0c);
    font-weight: 700;
  }
`;
