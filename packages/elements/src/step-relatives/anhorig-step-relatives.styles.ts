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
  /* The facts about a relative as one flowing line, separated by dots, not a table of yes and no. */
  ul.facts {
    list-style: none;
    margin: 0 0 var(--_space-3);
    padding: 0;
  }
  ul.facts > li {
    display: inline;
  }
  ul.facts > li:not(:last-child)::after {
    content: ' · ' / '';
    color: var(--_color-muted);
  }
  ul.answers {
    margin: 0 0 var(--_space-2);
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
    border-bottom: 2px solid var(--_color-border);
    margin-bottom: var(--_space-3);
  }
  /* Cards side by side where the step is wide enough (two at 1280 px); reading order is the list's. */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
    align-items: start;
    gap: var(--_space-3);
  }
  .cards > .card {
    margin: 0;
  }
  /* Inside a card the buttons sit closer to what they act on. */
  .card .actions {
    margin: var(--_space-2) 0;
  }
  .card .notice {
    padding: var(--_space-2) var(--_space-3);
  }
  /* The card's disclosures on one line while closed; an open one takes the card's width. */
  .disclosures {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .disclosures > details {
    margin: 0;
  }
  .disclosures > details[open] {
    flex-basis: 100%;
  }
  details {
    margin: 0 0 var(--_space-3);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
