import { css } from 'lit';

export const styles = css`
  .needs > li {
    margin-bottom: var(--_space-3);
  }
  .need-description {
    font-weight: 600;
    white-space: pre-wrap;
  }
  .apply {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-2);
  }
`;
