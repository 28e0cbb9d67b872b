import { css } from 'lit';

export const styles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .step {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    width: 100%;
    text-align: start;
    background: var(--_color-bg);
    color: var(--_color-text);
    border: 2px solid transparent;
    font-weight: 400;
    padding: var(--_space-2);
  }
  .step:hover {
    border-color: var(--_color-border);
  }
  .item.current .step {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
  }
  .text {
    display: grid;
  }
  .title {
    font-weight: 600;
  }
  .status,
  .relatives {
    font-size: 0.875rem;
    color: var(--_color-muted);
  }
  .item.attention .status {
    color: var(--_color-warning-border);
    font-weight: 600;
  }
  .item.notApplicable .title,
  .item.locked .title {
    font-weight: 400;
  }
  .step:disabled {
    opacity: 1;
    cursor: default;
    color: var(--_color-muted);
  }
`;
