import { css } from 'lit';

export const styles = css`
  .layout {
    display: grid;
    gap: var(--_space-3);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    border-bottom: 2px solid var(--_color-border);
    padding-bottom: var(--_space-2);
  }
  .header .title {
    margin: 0;
    flex: 1 1 20rem;
  }
  .header .tag,
  .header .notice {
    margin: 0;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .views button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    gap: var(--_space-4);
    align-items: start;
  }
  @media (max-width: 48rem) {
    .columns {
      /* minmax(0, …): a long select option or word must not widen the column past the screen (reflow). */
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .content {
    min-width: 0;
  }
  /* While a step's module loads (rarely seen: the next step is prefetched): hold the space, say so quietly. */
  .loading {
    min-height: 20rem;
    color: var(--_color-muted);
  }
  .pager {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    border-top: 2px solid var(--_color-border);
    padding-top: var(--_space-3);
  }
  h2.small {
    font-size: 1.125rem;
    margin-top: 0;
  }
  @media print {
    .header .views,
    .nav,
    .pager {
      display: none;
    }
    .columns {
      display: block;
    }
  }
`;
