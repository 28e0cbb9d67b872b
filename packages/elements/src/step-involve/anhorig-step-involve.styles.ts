import { css } from 'lit';

export const styles = css`
  /* Links (the step's list of things to consider, what is missing) in the theme's colour, also on a dark theme. */
  a {
    color: var(--_color-primary);
  }
  .relative-heading .relation {
    font-weight: 400;
  }
  .part {
    border-top: 1px solid var(--_color-border);
    margin-top: var(--_space-3);
  }
  anhorig-own-support {
    margin-top: var(--_space-3);
    background: transparent;
  }
`;
