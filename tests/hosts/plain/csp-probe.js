// Records every Content-Security-Policy violation on the page in window.__violations (a file, not
// an inline script, so it runs under `script-src 'self'`).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({
    directive: e.effectiveDirective,
    blockedURI: e.blockedURI,
    sourceFile: e.sourceFile,
    line: e.lineNumber,
    column: e.columnNumber,
    sample: e.sample,
  });
});
