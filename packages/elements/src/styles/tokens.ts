/**
 * Design tokens. Every visual value comes from a `--anhorig-*` custom property with a default, so
 * a vendor themes the elements from outside without global CSS. Defaults meet WCAG 2.1 AA contrast
 * (text ≥ 4.5:1, UI components and focus ≥ 3:1 on the default background).
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--anhorig-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--anhorig-font-size, 1rem);
    --_line-height: var(--anhorig-line-height, 1.5);
    --_color-text: var(--anhorig-color-text, #1b1b1f);
    --_color-muted: var(--anhorig-color-text-muted, #4a4a55);
    --_color-bg: var(--anhorig-color-background, #ffffff);
    --_color-surface: var(--anhorig-color-surface, #f4f4f6);
    --_color-border: var(--anhorig-color-border, #6b6b78);
    --_color-primary: var(--anhorig-color-primary, #0b5cad);
    --_color-on-primary: var(--anhorig-color-on-primary, #ffffff);
    --_color-focus: var(--anhorig-color-focus, #b3400a);
    --_color-error: var(--anhorig-color-error, #b00020);
    --_color-warning-bg: var(--anhorig-color-warning-background, #fff4d6);
    --_color-warning-border: var(--anhorig-color-warning-border, #8a5a00);
    --_color-success: var(--anhorig-color-success, #1e6b34);
    --_color-info-bg: var(--anhorig-color-info-background, #e8f1fb);
    --_radius: var(--anhorig-radius, 4px);
    --_space-1: var(--anhorig-space-1, 0.25rem);
    --_space-2: var(--anhorig-space-2, 0.5rem);
    --_space-3: var(--anhorig-space-3, 1rem);
    --_space-4: var(--anhorig-space-4, 1.5rem);
    --_space-5: var(--anhorig-space-5, 2rem);

    display: block;
    background: var(--_color-bg);
    /* Isolate from host CSS that reaches us through inheritance. !important in the shadow tree beats
       the page's !important on the host element (CSS Cascade 4, context); tokens still theme us. */
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    line-height: var(--_line-height) !important;
    color: var(--_color-text) !important;
    text-align: start !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    white-space: normal !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    word-break: normal !important;
  }
  :host([hidden]) {
    display: none;
  }
`;
