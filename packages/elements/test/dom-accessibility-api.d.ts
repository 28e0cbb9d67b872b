/**
 * dom-accessibility-api (the W3C accessible-name computation, here through @guidepup/virtual-screen-reader)
 * ships types its package `exports` do not point at; the one function the tests use.
 */
declare module 'dom-accessibility-api' {
  export function computeAccessibleName(element: Element): string;
}
