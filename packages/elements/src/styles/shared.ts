/** Styles shared by every element: form controls, buttons, notices, focus, print. */
import { css } from 'lit';

export const shared = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4 {
    line-height: 1.25;
    margin: var(--_space-4) 0 var(--_space-2);
    font-weight: 700;
  }
  h2 { font-size: 1.5rem; }
  h3 { font-size: 1.25rem; }
  h4 { font-size: 1.0625rem; }
  p { margin: 0 0 var(--_space-3); }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    margin: 0 0 var(--_space-3);
    max-width: 40rem;
  }
  /* Short choices side by side: the legend, hint and error on their own line above them. */
  fieldset.field.inline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-4);
  }
  fieldset.field.inline > legend {
    float: left;
    width: 100%;
  }
  fieldset.field.inline > .hint,
  fieldset.field.inline > .error-message {
    flex-basis: 100%;
  }
  fieldset.field.inline > .choice {
    margin: 0;
  }
  /* Short checkboxes side by side, wrapping when there is no room. */
  .choices-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  /* Short fields side by side where there is room; one column in a narrow container. */
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
    column-gap: var(--_space-3);
    max-width: 60rem;
  }
  label, legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.9375rem;
    margin: 0;
  }
  .error-message {
    color: var(--_color-error);
    font-weight: 600;
    margin: 0;
  }
  select {
    /* Without this a select is as wide as its longest option and can push the layout off screen. */
    max-width: 100%;
    min-width: 0;
  }
  input[type='text'], input[type='date'], input:not([type]), select, textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    min-height: 2.75rem;
    width: 100%;
  }
  textarea { min-height: 5rem; resize: vertical; }
  [aria-invalid='true'] { border-color: var(--_color-error); }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space-3);
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    margin: var(--_space-1) 0;
    font-weight: 400;
  }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--_color-primary); }
  .choice label { font-weight: 400; }
  button, .button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-primary);
    padding: var(--_space-2) var(--_space-3);
    min-height: 2.75rem;
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button.secondary {
    background: var(--_color-bg);
    color: var(--_color-primary);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    min-height: auto;
    color: var(--_color-primary);
    text-decoration: underline;
    font-weight: 400;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: var(--_space-3) 0;
  }
  .notice {
    border-inline-start: 6px solid var(--_color-warning-border);
    background: var(--_color-warning-bg);
    padding: var(--_space-3);
    margin: 0 0 var(--_space-3);
    border-radius: var(--_radius);
  }
  .notice.info {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .notice.error {
    border-color: var(--_color-error);
    background: var(--_color-bg);
  }
  .notice > :last-child { margin-bottom: 0; }
  .saved {
    color: var(--_color-success);
    font-weight: 600;
    margin: 0 0 var(--_space-2);
  }
  /* The mark is decoration; the text says it (empty alternative text for assistive technology). */
  .saved::before {
    content: '✓ ' / '';
  }
  .card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    margin: 0 0 var(--_space-3);
    background: var(--_color-bg);
  }
  /* The card's padding is the space above its heading. */
  .card > :first-child { margin-top: 0; }
  .tag {
    display: inline-block;
    font-size: 0.875rem;
    font-weight: 600;
    padding: 0 var(--_space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  dl.summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: var(--_space-1) var(--_space-3);
    margin: 0 0 var(--_space-3);
  }
  dl.summary dt { font-weight: 600; }
  dl.summary dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  @media (max-width: 40rem) {
    dl.summary { grid-template-columns: minmax(0, 1fr); }
    dl.summary dd { margin-bottom: var(--_space-2); }
  }
  ul.plain { list-style: none; padding: 0; margin: 0 0 var(--_space-3); }
  details > summary {
    cursor: pointer;
    color: var(--_color-primary);
    font-weight: 600;
    text-decoration: underline;
    padding: var(--_space-1) 0;
  }
  details[open] > summary {
    margin-bottom: var(--_space-2);
  }
  @media print {
    :host { color: #000 !important; background: #fff; }
    .no-print, button { display: none !important; }
  }
  @media (forced-colors: active) {
    .notice, .card { border: 1px solid CanvasText; }
  }
`;
