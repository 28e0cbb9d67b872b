import { css } from 'lit';

export const styles = css`
  .summary-section {
    border-top: 2px solid var(--_color-border);
    margin: 0 0 var(--_space-4);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-3);
  }
  .section-head h3 {
    margin-bottom: var(--_space-2);
  }
  button.change {
    min-height: 2.75rem;
    padding: 0 var(--_space-1);
  }
  .group {
    margin: 0 0 var(--_space-3);
  }
  .item {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-3);
    margin: 0 0 var(--_space-3);
  }
  ul.items {
    display: grid;
    gap: var(--_space-2);
  }
  .item h4 {
    margin-top: var(--_space-2);
  }
  .item-title {
    margin: 0 0 var(--_space-2);
  }
  .user-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  dl.summary dd {
    overflow-wrap: anywhere;
  }
  dl.summary dd.rich {
    white-space: normal;
  }
  .item > :last-child {
    margin-bottom: 0;
  }
  .empty {
    color: var(--_color-muted);
    font-style: italic;
  }
  ul.values {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ul.values li {
    white-space: pre-wrap;
  }
  .pair {
    margin: 0;
  }
  .pair-label {
    font-weight: 600;
  }
  .item.withdrawn,
  .item.inactive,
  .item.marked {
    border-inline-start-color: var(--_color-warning-border);
  }
  .tag.withdrawn-tag,
  .tag.inactive-tag,
  .tag.marked-tag {
    color: var(--_color-warning-border);
    background: var(--_color-warning-bg);
  }
  .notice.mark {
    padding: var(--_space-2) var(--_space-3);
  }
  @media (max-width: 40rem) {
    dl.summary {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.summary dd {
      margin-bottom: var(--_space-2);
    }
  }
  @media print {
    :host,
    .notice,
    .tag,
    .item,
    .summary-section {
      color: #000 !important;
      background: #fff !important;
    }
    .empty,
    .hint {
      color: #000 !important;
    }
    .summary-section,
    .item,
    .tag,
    .notice {
      border-color: #000 !important;
    }
    .change {
      display: none !important;
    }
    .item,
    dl.summary {
      break-inside: avoid;
    }
    .section-head h3,
    h4 {
      break-after: avoid;
    }
  }
`;
