import { css } from 'lit';

export const styles = css`
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
