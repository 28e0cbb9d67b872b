import { css } from 'lit';

export const styles = css`
  .log-form {
    border-top: 2px solid var(--_color-border);
    padding-top: var(--_space-3);
    margin-bottom: var(--_space-4);
  }
  .filter {
    border-top: 2px solid var(--_color-border);
    padding-top: var(--_space-3);
  }
  .entries dd ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  /* The live status stays in place (empty) while the gate is open, so the message is announced when it appears. */
  .gate-open .gate-status:empty {
    margin: 0;
  }
  .contact .tag {
    margin-inline-start: var(--_space-2);
  }
`;
