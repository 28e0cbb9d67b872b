/**
 * A heading at the level that fits where an element is shown (its `heading-level` attribute), so the
 * outline never jumps back under a caller's h4 or h5. Lit cannot bind a tag name, hence one template
 * per level.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A level from an attribute value: a whole number within 2–6, else the default. */
export const headingLevel = (value: unknown, fallback: HeadingLevel): HeadingLevel => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
};

/** The level below `level` (an h6 stays h6: there is none deeper). */
export const below = (level: HeadingLevel): Exclude<HeadingLevel, 2> => Math.min(level + 1, 6) as Exclude<HeadingLevel, 2>;

export const headingAt = (level: HeadingLevel, id: string, content: unknown, focusable = false): TemplateResult => {
  const tabindex = focusable ? '-1' : undefined;
  switch (level) {
    case 2:
      return html`<h2 id=${id} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
};
