import { css } from 'lit';

export const styles = css`
  /* Links (the step's list of things to consider, what is missing) in the theme's colour, also on a dark theme. */
  a {
    color: var(--_color-primary);
  }
  .intro {
    max-width: 48rem;
    margin-bottom: var(--_space-3);
  }
  .outdated {
    border-inline-start-width: 8px;
  }
  .outdated h3,
  .missing h3 {
    margin-top: 0;
  }
  .plan {
    margin-bottom: var(--_space-4);
  }
  .relative-plan h5 {
    font-size: 1.0625rem;
    margin: 0 0 var(--_space-2);
  }
  .version h4 {
    margin-top: 0;
  }

  /*
   * Printing shows the assignment document alone: no step heading, warnings, forms, buttons or
   * earlier versions; black on white. The document's own print rules keep its parts together.
   */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    section[part='step'] > :not(.print-area),
    button,
    form,
    nav,
    details,
    .no-print {
      display: none !important;
    }
    .print-area {
      display: block;
    }
  }
`;
