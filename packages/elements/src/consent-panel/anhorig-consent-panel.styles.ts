import { css } from 'lit';

export const styles = css`
  .table-wrap {
    overflow-x: auto;
    margin: 0 0 var(--_space-3);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 40rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_color-border);
  }
  thead th {
    font-weight: 700;
  }
  tbody th {
    font-weight: 600;
  }
  tr.inactive {
    color: var(--_color-muted);
  }
  /* Two answers each: side by side. */
  #consent-status,
  #consent-form {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-4);
  }
  #consent-status > p,
  #consent-form > p {
    flex-basis: 100%;
  }
  .consent-form {
    border-top: 2px solid var(--_color-border);
    padding-top: var(--_space-3);
  }
`;
