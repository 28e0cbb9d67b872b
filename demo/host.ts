/**
 * The mock host: what a vendor writes. It passes in what it knows, listens to the element's events,
 * persists the documents in ITS OWN store (this tab's sessionStorage, standing in for the case
 * system's database), files the relatives' own records apart, and restores everything after a reload.
 */
import '@anhorig/elements/define';
import { createRecord, todayIso, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';

const STORE_KEY = 'demo-host:investigation';
const caseworker = { id: 'hl-0042', name: 'Maria Handläggare' };
const person = {
  id: 'person-1',
  displayName: 'Gunnar Exempelsson',
  ageGroup: 'adult' as const,
  canTakePosition: 'yes' as const,
};

interface Stored {
  record: InvestigationRecord;
  relativeRecords: RelativeRecord[];
}

const load = (): Stored | undefined => {
  try {
    const raw = sessionStorage.getItem(STORE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
};

const element = document.querySelector('anhorig-investigation')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const assignmentJson = document.querySelector<HTMLPreElement>('#assignment-json')!;
const relativeFiles = document.querySelector<HTMLUListElement>('#relative-files')!;

document.querySelector('#caseworker-name')!.textContent = caseworker.name;
document.querySelector('#person-name')!.textContent = person.displayName;

const stored = load();
element.caseworker = caseworker;
element.relativeRecords = stored?.relativeRecords ?? [];
element.record = stored?.record ?? createRecord(person, todayIso(), 'demo-utredning-1');

const note = (text: string) => {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('sv-SE')} ${text}`;
  log.prepend(item);
  while (log.children.length > 40) log.lastElementChild?.remove();
};

const listItem = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
};
const showRelativeFiles = (records: readonly RelativeRecord[]) =>
  relativeFiles.replaceChildren(
    ...(records.length === 0
      ? [listItem('Inga ännu.')]
      : records.map((r) =>
          listItem(
            `${r.id}${r.anonymous ? ' (anonym: arkiveras inte)' : ''}: ${r.informationGiven.length} informationstillfällen, ${r.ownConversations.length} egna samtal, ${r.ownSupportNeeds.length} behov av eget stöd`,
          ),
        )),
  );
showRelativeFiles(stored?.relativeRecords ?? []);

element.addEventListener('anhorig-change', (e) => {
  const { record, relativeRecords, valid } = e.detail;
  sessionStorage.setItem(STORE_KEY, JSON.stringify({ record, relativeRecords }));
  note(`anhorig-change (giltig: ${valid ? 'ja' : 'nej'}, steg: ${record.progress.step}) – sparat i värdsystemet`);
  const latest = record.assignments.at(-1);
  if (latest) assignmentJson.textContent = JSON.stringify(latest, null, 2);
  showRelativeFiles(relativeRecords);
});
element.addEventListener('anhorig-step-change', (e) => note(`anhorig-step-change → ${e.detail.step}`));
element.addEventListener('anhorig-consent-change', (e) =>
  note(`anhorig-consent-change: ${e.detail.consent.scope} ${e.detail.change} (till granskningsloggen)`),
);
element.addEventListener('anhorig-own-application-request', (e) =>
  note(`anhorig-own-application-request: nytt ärende för anhörig i ${e.detail.homeMunicipality}`),
);
element.addEventListener('anhorig-assignment-issued', (e) => {
  note(`anhorig-assignment-issued: version ${e.detail.assignment.version} skickas till utföraren`);
  assignmentJson.textContent = JSON.stringify(e.detail.assignment, null, 2);
});
element.addEventListener('anhorig-complete', (e) => note(`anhorig-complete: ${e.detail.outcome}`));
element.addEventListener('anhorig-error', (e) => note(`anhorig-error (${e.detail.source}): ${e.detail.message} ${e.detail.issues.length} fel`));

document.querySelector('#reset')!.addEventListener('click', () => {
  sessionStorage.removeItem(STORE_KEY);
  location.reload();
});
document.querySelector('#bad-record')!.addEventListener('click', () => {
  element.record = { schemaVersion: 1, documentType: 'investigation', person: { displayName: 42 } };
});
// Setting lang is enough: the element re-renders every visible part at once (its header, navigator, current step).
document.querySelector('#language')!.addEventListener('change', (e) => {
  element.setAttribute('lang', (e.target as HTMLSelectElement).value);
});
