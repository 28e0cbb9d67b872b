import { css } from 'lit';

/** Themable with the same custom properties as the other elements (`--anhorig-*`), with fallbacks. */
export const reportStyles = css`
  :host {
    display: block;
    font-family: var(--anhorig-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--anhorig-font-size, 1rem);
    line-height: var(--anhorig-line-height, 1.5);
    color: var(--anhorig-color-text, #1b1b1b);
    background: var(--anhorig-color-background, #fff);
  }
  h2 { font-size: 1.5em; margin: 0 0 0.25em; }
  h3 { font-size: 1.2em; margin: 1.5em 0 0.5em; padding-top: 0.5em; border-top: 2px solid var(--anhorig-color-text, #1b1b1b); }
  p { margin: 0.25em 0; }
  .muted { color: var(--anhorig-color-text-muted, #4a4a4a); }
  .small { font-size: 0.9em; }
  .notice { border-left: 4px solid var(--anhorig-color-primary, #1d5e8c); background: var(--anhorig-color-info-background, #f2f6f9); padding: 0.5em 0.75em; margin: 0.75em 0; }
  .notice.warning { border-color: var(--anhorig-color-warning-border, #8a6100); background: var(--anhorig-color-warning-background, #fff8e5); }
  .notice.error { border-color: var(--anhorig-color-error, #b00020); }
  .controls { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-end; margin: 1em 0; }
  fieldset { border: 1px solid var(--anhorig-color-border, #767676); border-radius: var(--anhorig-radius, 4px); padding: 0.5em 0.75em; margin: 0; }
  legend { font-weight: 600; padding: 0 0.25em; }
  label { display: inline-flex; align-items: center; gap: 0.35em; margin-right: 1em; padding: 0.25em 0; cursor: pointer; }
  input[type='radio'] { width: 1.1em; height: 1.1em; margin: 0; accent-color: var(--anhorig-color-primary, #1d5e8c); }
  button {
    font: inherit;
    padding: 0.4em 1em;
    border-radius: var(--anhorig-radius, 4px);
    border: 2px solid var(--anhorig-color-primary, #1d5e8c);
    background: var(--anhorig-color-surface, #fff);
    color: var(--anhorig-color-primary, #1d5e8c);
    cursor: pointer;
  }
  :focus-visible { outline: 3px solid var(--anhorig-color-focus, #ffbf47); outline-offset: 2px; }
  .pair { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; margin: 0.75em 0 1.25em; }
  .table-wrap { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding-bottom: 0.25em; }
  th, td { border: 1px solid var(--anhorig-color-border, #c8c8c8); padding: 0.25em 0.5em; vertical-align: top; }
  thead th { background: var(--anhorig-color-surface, #f0f0f0); }
  td { text-align: right; white-space: nowrap; }
  th[scope='row'] { text-align: left; font-weight: normal; max-width: 22em; }
  .hidden-count { color: var(--anhorig-color-text-muted, #4a4a4a); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  .chart { max-width: 100%; height: auto; }
  .chart text { font-size: 11px; fill: var(--anhorig-color-text, #1b1b1b); }
  .chart .group { font-weight: 600; }
  .chart .bar { fill: var(--anhorig-color-primary, #1d5e8c); }
  .chart .muted { fill: var(--anhorig-color-text-muted, #4a4a4a); }
  @media print {
    .controls { display: none; }
    .pair { break-inside: avoid; }
    .table-wrap { overflow: visible; }
  }
`;
