import { css } from 'lit';

/** Styles of the document, on screen and in print. Add to the element's `static styles`. */
export const assignmentViewStyles = css`
  .assignment-document {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4);
    margin: 0 0 var(--_space-3);
    background: var(--_color-bg);
  }
  .assignment-document .part {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-2);
    margin-top: var(--_space-3);
  }
  .assignment-document .legend {
    font-size: 0.9375rem;
  }
  .assignment-document h5,
  .assignment-document h6 {
    font-size: 1rem;
    line-height: 1.25;
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .assignment-document .title-note {
    font-weight: 400;
    color: var(--_color-muted);
  }
  /* Only the free texts keep their line breaks; the template's own whitespace must not show. */
  .assignment-document dl.summary dd {
    white-space: normal;
  }
  .assignment-document .prose,
  .assignment-document dl.summary dd.prose {
    white-space: pre-wrap;
  }
  .assignment-document .block {
    display: block;
  }
  .assignment-document ul.items {
    padding-inline-start: var(--_space-4);
  }
  .assignment-document ul.items > li {
    margin-bottom: var(--_space-2);
  }
  .assignment-document .indirect {
    margin-top: var(--_space-1);
  }
  .assignment-document .relative {
    break-inside: avoid;
  }
  @media print {
    .assignment-document {
      color: #000;
      background: #fff;
      border: 0;
      padding: 0;
      margin: 0;
      font-size: 11pt;
    }
    .assignment-document .part,
    .assignment-document .relative,
    .assignment-document ul.items > li,
    .assignment-document dl {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .assignment-document h2,
    .assignment-document h3,
    .assignment-document h4,
    .assignment-document h5,
    .assignment-document h6 {
      break-after: avoid;
      page-break-after: avoid;
      color: #000;
    }
    .assignment-document .part {
      border-top: 1px solid #000;
    }
    .assignment-document .tag {
      color: #000;
      border-color: #000;
      background: #fff;
    }
    .assignment-document .hint,
    .assignment-document .title-note {
      color: #000;
    }
  }
`;
