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
  /* One short line of facts per relative, not a table of yes and no. */
  ul.facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  ul.facts > li:not(:last-child)::after {
    content: '·';
    margin-inline-start: var(--_space-3);
    color: var(--_color-muted);
  }
  ul.answers {
    margin: 0 0 var(--_space-2);
  }
  /* The decision's questions: the two answers side by side, one line each. */
  .decision-form fieldset.field {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-4);
    margin-bottom: var(--_space-2);
  }
  .decision-form fieldset.field > legend {
    float: left;
    flex-basis: 100%;
    margin-bottom: var(--_space-1);
  }
  .decision-form fieldset.field > .choice {
    margin: 0;
  }
  .decision h5 {
    margin-top: var(--_space-3);
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
