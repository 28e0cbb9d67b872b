// A plain host: no framework, no build step. It fetches the saved record from its own server
// (`?fixture=empty` for a new investigation), sets the element's properties and listens to the
// composed `anhorig-…` events on the document.
const fixture = new URLSearchParams(location.search).get('fixture') === 'empty' ? 'empty' : 'record';
const saved = await (await fetch(`./${fixture}.json`)).json();

await customElements.whenDefined('anhorig-investigation');
const element = document.querySelector('anhorig-investigation');

document.addEventListener('anhorig-change', (event) => {
  window.__hostChanges = (window.__hostChanges ?? 0) + 1;
  // A real host saves event.detail.record and event.detail.relativeRecords here.
  window.__hostLastChange = event.detail;
});
document.addEventListener('anhorig-step-change', (event) => {
  window.__hostSteps = [...(window.__hostSteps ?? []), event.detail.step];
});
document.addEventListener('anhorig-error', (event) => {
  window.__hostErrors = [...(window.__hostErrors ?? []), event.detail];
});
document.addEventListener('anhorig-complete', (event) => {
  window.__hostResult = event.detail;
});

element.caseworker = saved.caseworker;
element.today = saved.today;
element.relativeRecords = saved.relativeRecords;
element.record = saved.record;
