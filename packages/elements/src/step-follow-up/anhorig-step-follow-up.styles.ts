import { css } from 'lit';

export const styles = css`
  /* Links (the step's list of things to consider, what is missing) in the theme's colour, also on a dark theme. */
  a {
    color: var(--_color-primary);
  }
  h5 {
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.25;
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .part {
    border-top: 1px solid var(--_color-border);
    margin-top: var(--_space-3);
    padding-top: var(--_space-2);
  }
  .goal {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-3);
    margin-bottom: var(--_space-3);
  }
  /* The relative's own situation is visibly a part of its own (C8). */
  section.apart {
    border-top: 3px double var(--_color-border);
    margin-top: var(--_space-4);
  }
`;
