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
  fieldset.decision {
    max-width: 44rem;
  }
  fieldset.decision > legend {
    font-size: 1.0625rem;
    font-weight: 700;
    padding: 0 var(--_space-1);
  }
  dl.summary dd {
    white-space: normal;
  }
  dl.summary dd.prose {
    white-space: pre-wrap;
  }
  .marker-status {
    margin: 0 0 var(--_space-3);
  }
  .marker-status.applies {
    color: var(--_color-success);
    font-weight: 600;
  }
  .from-host p {
    margin-bottom: var(--_space-1);
  }
  .tag {
    margin-inline-start: var(--_space-2);
  }
  .available,
  .refuse,
  .refusal {
    margin-top: var(--_space-4);
  }
`;
