import { css } from 'lit';

export const styles = css`
  h5 {
    font-size: 1rem;
    line-height: 1.25;
    font-weight: 700;
    margin: var(--_space-4) 0 var(--_space-2);
  }
  h6 {
    font-size: 1rem;
    line-height: 1.25;
    font-weight: 600;
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .relation {
    font-weight: 400;
    color: var(--_color-muted);
  }
  .branch {
    margin: 0 0 var(--_space-3);
  }
  .tag.involve {
    color: var(--_color-success);
  }
  .tag.equip {
    color: var(--_color-warning-border);
  }
  .nested {
    margin-inline-start: var(--_space-4);
    padding-inline-start: var(--_space-3);
    border-inline-start: 3px solid var(--_color-border);
  }
  ul.forms > li {
    margin: 0 0 var(--_space-3);
  }
  ul.forms .answer {
    margin: 0 0 var(--_space-2);
  }
  .subform {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-3);
    margin-top: var(--_space-3);
  }
  form.add {
    border-top: 2px solid var(--_color-border);
    padding-top: var(--_space-3);
  }
  details {
    margin: 0 0 var(--_space-3);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
