/**
 * Format version 1 → 2 (this round: SPEC §8 L1–L5, T1–T4, H2, H7 and the yearly report). Works on
 * plain JSON, never mutates its input, and loses nothing: every v1 value is kept, moved or derived.
 * What v1 did not record is migrated conservatively (docs/decisions.md, "Format version 2"):
 *
 * Investigation record
 * - relatives: `relationCategory` proposed from the relation words (unclear → "other"); `isRelative`
 *   true (v1 knew no other kind); `ownRecordId` the digest both sides derive (own-record-id.ts).
 * - consents: person-side ones get `givenUnder` = the person's situation as v1 judged it, i.e. the
 *   current one (and the representative v1 would have identified). No `seq`: v1 kept no order within
 *   a day, so a same-day comparison with a v1 consent counts as "not before" (the stricter reading).
 * - promptAnswers → statements of kind `promptAnswer` (L4), `migratedFrom: 'v1PromptAnswer'`, with no
 *   date or recorder (v1 kept none), not in the personal file, not quality-confirmed. The person's own
 *   answers have basis `own`; a relative's have `notRecorded`: they never leave the investigation and
 *   are flagged until the handläggare states the basis.
 * - `sequence` 0, `retiredIds` [] (ids v1 may already have reused cannot be known).
 * - every embedded assignment is migrated as below.
 * Relative's own record: `investigationId` dropped (L1); `id` the digest.
 * Assignment: each relationship also as a category (proposed from the words it carried). Issued
 * content is otherwise unchanged: the relation words v1 put in an M2 marker stay, as issued.
 */
import { proposeRelationCategory } from '../relation-category.js';
import { migratedOwnRecordId } from '../own-record-id.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
/** Arrays that are not lists of objects are passed on as they are (validation reports them). */
const mapList = (v: unknown, f: (item: Json) => Json): unknown => (Array.isArray(v) ? v.map((item) => (isObject(item) ? f(item) : item)) : v);

const withCategory = (ref: Json): Json =>
  typeof ref.relation === 'string' ? { ...ref, relationCategory: proposeRelationCategory(ref.relation) } : ref;

const assignment = (doc: Json): Json => {
  const perspective = isObject(doc.relativePerspective)
    ? Object.fromEntries(Object.entries(doc.relativePerspective).map(([key, refs]) => [key, mapList(refs, withCategory)]))
    : doc.relativePerspective;
  return {
    ...doc,
    includes: mapList(doc.includes, (item) => (isObject(item.indirectSupport) ? { ...item, indirectSupport: withCategory(item.indirectSupport) } : item)),
    relativePerspective: perspective,
  };
};

const normalise = (s: unknown): string => (typeof s === 'string' ? s.trim().toLocaleLowerCase('sv') : '');

/** The representative v1's `consentingRepresentative` would have found for this consent. */
const representativeOf = (consent: Json, relatives: Json[]): string | undefined => {
  const representatives = relatives.filter((r) => isObject(r.legalRepresentative));
  if (consent.givenByName !== undefined) {
    const wanted = normalise(consent.givenByName);
    const found = representatives.find((r) => normalise(r.name) === wanted || (r.chosenName !== undefined && normalise(r.chosenName) === wanted));
    return typeof found?.id === 'string' ? found.id : undefined;
  }
  const covering = representatives.filter((r) => (r.legalRepresentative as Json).coversPersonalMatters === true);
  return covering.length === 1 && typeof covering[0]!.id === 'string' ? covering[0]!.id : undefined;
};

const investigation = (doc: Json): Json => {
  const { promptAnswers, ...rest } = doc;
  const person = isObject(doc.person) ? doc.person : {};
  const relatives = list(doc.relatives);
  const consents = mapList(doc.consents, (c) => {
    if (c.givenBy === 'relative') return c;
    const representativeId = c.givenBy === 'legalRepresentative' ? representativeOf(c, relatives) : undefined;
    return {
      ...c,
      givenUnder: { ageGroup: person.ageGroup, canTakePosition: person.canTakePosition, ...(representativeId !== undefined ? { representativeId } : {}) },
    };
  });
  const statements = Array.isArray(doc.statements) ? [...doc.statements] : doc.statements;
  if (Array.isArray(statements)) {
    const taken = new Set(list(statements).map((s) => s.id));
    let n = 0;
    const freeId = (): string => {
      do n += 1;
      while (taken.has(`uppgift-${n}`));
      taken.add(`uppgift-${n}`);
      return `uppgift-${n}`;
    };
    for (const answer of list(promptAnswers)) {
      const fromRelative = typeof answer.relativeId === 'string';
      statements.push({
        id: freeId(),
        kind: 'promptAnswer',
        promptId: answer.promptId,
        text: answer.answer,
        source: fromRelative ? { kind: 'relative', relativeId: answer.relativeId } : { kind: 'person' },
        basis: fromRelative ? { kind: 'notRecorded' } : { kind: 'own' },
        toPersonalFile: false,
        qualityConfirmed: false,
        checkedWithPerson: false,
        migratedFrom: 'v1PromptAnswer',
      });
    }
  }
  return {
    ...rest,
    relatives: mapList(doc.relatives, (r) => ({
      ...r,
      ...(typeof r.relation === 'string' ? { relationCategory: proposeRelationCategory(r.relation) } : {}),
      isRelative: true,
      ...(typeof doc.id === 'string' && typeof r.id === 'string' ? { ownRecordId: migratedOwnRecordId(doc.id, r.id) } : {}),
    })),
    consents,
    statements,
    // Embedded versions move with the record (a stand-alone one gets its version from migrateDocument).
    assignments: mapList(doc.assignments, (a) => ({ ...assignment(a), schemaVersion: 2 })),
    sequence: 0,
    retiredIds: [],
  };
};

const relativeRecord = (doc: Json): Json => {
  const { investigationId, ...rest } = doc;
  return typeof investigationId === 'string' && typeof doc.relativeId === 'string'
    ? { ...rest, id: migratedOwnRecordId(investigationId, doc.relativeId) }
    : rest;
};

export const v1ToV2 = (doc: Json): Json => {
  switch (doc.documentType) {
    case 'investigation':
      return investigation(doc);
    case 'relativeRecord':
      return relativeRecord(doc);
    case 'assignment':
      return assignment(doc);
    default:
      return doc;
  }
};
