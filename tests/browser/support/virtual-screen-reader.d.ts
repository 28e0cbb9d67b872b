/**
 * The virtual screen reader's browser bundle (one self-contained ES module, what the test runner can
 * serve) has no type declarations of its own: it is the same API as the package's main entry.
 */
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export { Virtual, virtual } from '@guidepup/virtual-screen-reader';
}
