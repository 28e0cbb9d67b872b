import { css } from 'lit';

export const styles = css`
  /* A card below the fold (statements, stances, proposals, the forms) is styled and laid out only
     when it nears the viewport: most of step 4 is out of sight when the step opens. It stays in the
     accessibility tree, in find-in-page and in the tab order. */
  .card {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
  }
  @media print {
    .card {
      content-visibility: visible;
    }
  }
  .intro {
    max-width: 48rem;
  }
  .area {
    margin: 0 0 var(--_space-4);
  }
  .statement.marked {
    border-style: dashed;
  }
  .statement-text {
    white-space: pre-wrap;
    font-size: 1.0625rem;
  }
  .tag.withdrawn {
    color: var(--_color-warning-border);
    background: var(--_color-warning-bg);
  }
  .toggles {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-2);
    margin: 0;
  }
  .add-form {
    border-top: 2px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .choice-note {
    margin-inline-start: calc(1.25rem + var(--_space-2));
  }
  .choice-note .notice {
    margin: var(--_space-1) 0 var(--_space-2);
  }
  details.prompts {
    margin: 0 0 var(--_space-3);
  }
  dl.answers dt {
    font-weight: 600;
  }
  dl.answers dd {
    margin: 0 0 var(--_space-2);
    white-space: pre-wrap;
  }
  .availability {
    margin-top: var(--_space-2);
  }
  /* What the step prompts about a relative: short, each with its answer, set off by a rule. */
  .attention {
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-3);
    margin: 0 0 var(--_space-3);
  }
  .attention .prompt p,
  .attention .done {
    margin: 0 0 var(--_space-1);
  }
  .attention .actions {
    margin-bottom: var(--_space-2);
  }
  /* The stance in little height: yes / no / not yet side by side, the life areas in columns. */
  .stance fieldset:not([id$='-areas']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-4);
  }
  .stance fieldset:not([id$='-areas']) > p {
    flex-basis: 100%;
  }
  .stance fieldset[id$='-areas'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    column-gap: var(--_space-3);
  }
  .stance fieldset[id$='-areas'] > p {
    grid-column: 1 / -1;
  }
  fieldset.views,
  fieldset.answers-group {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  dl.consents dd {
    margin-bottom: var(--_space-2);
  }
  details.prompts > anhorig-own-support {
    display: block;
    margin-top: var(--_space-2);
  }
`;
