/**
 * Issue 9, "What leaves the case is covered": one invariant over everything that leaves the
 * investigation, checked after every event of random event sequences (fast-check) and on every
 * document the machine emits.
 *
 * 1. Every assignment version (each `assignmentIssued` emit, and the version stored in the record)
 *    contains no relative's name or chosen name, no relation in the person's own words and no
 *    statement text, unless a person-side consent in force at the moment of issue covers it:
 *    `shareWithProvider` for that relative, and for statement text also the `provideInformation`
 *    consent it was gathered under (in force then and still now), on a relative's statement that was
 *    confirmed (`qualityConfirmed`) and marked for the personal file (`toPersonalFile`) (C7, L2, L3).
 *    The M2 marker names the relation category always (C7, L3).
 * 2. Every relative's own record (the machine's `relativeRecords`, and what `changed` emits) and every
 *    `ownApplicationRequested` request carries no name, chosen name, id, personal identity number or
 *    display name of the person, and not the investigation id nor anything containing it (L1).
 * 3. Nothing depends on a consent withdrawn before the output was produced: a version issued after a
 *    withdrawal cites no withdrawn consent in `consentBasis`, and has no R-field and no indirect-support
 *    marker resting on it (C3, T2).
 *
 * How the test sees leaks: every name, chosen name, relation and statement text sent to the machine
 * gets a run-unique marker appended (`⟨N7⟩` a relative's name, `⟨C7⟩` a chosen name, `⟨W7⟩` relation
 * words, `⟨S7⟩` a statement's text, `⟨P7⟩` the person's chosen name; the person's id and display name
 * carry `⟨P1⟩`/`⟨P2⟩` and the investigation id `⟨U1⟩`). The whole JSON of each output is searched for
 * markers, and each marker found is traced back to where the record holds it. Whether it may be
 * there is decided by this file's own small consent oracle (`oracle` below), read from the consent
 * records (status, date, validUntil, withdrawnAt/withdrawnSeq against the record's sequence,
 * givenUnder, the guardian's cover ending at person.adultFrom, the latest decision governing), never
 * by calling the rules under test.
 *
 * Commands are the shared ones (./support/commands.ts) plus commands that reach T1/T2 and L2: the
 * person's situation changes (cannot take a position, a minor turns 18), the date moves on, consents
 * are withdrawn on the day (and dated back), relatives' statements about their support are gathered
 * with and without confirmation, and a host restores a record holding a statement marked for the file
 * but not confirmed (the format allows it: it is only a warning).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  activeConsent,
  createRecord,
  type Assignment,
  type Consent,
  type ConsentScope,
  type InvestigationEvent,
  type InvestigationRecord,
  type Person,
  type RelativeRecord,
  type Statement,
} from '@anhorig/core';
import {
  SCAFFOLD,
  STARTED,
  TODAY,
  catalogue,
  command,
  index,
  materialize,
  person as anyPerson,
  pick,
  playFrom,
  relativeId,
  text,
  type Command,
  type Context,
  type Step,
} from './support/commands.js';

const RUNS = 250;

// ---------------------------------------------------------------------------------------------
// Markers
// ---------------------------------------------------------------------------------------------

/** A marker appended to what is typed; the letter says what it marks. */
const MARKER = /⟨([NCWSPU])(\d+)⟩/gu;
/** What of the person (or the investigation) a relative's own record must never hold (L1). */
const PERSON_MARKER = /⟨[PU]\d+⟩/u;
const RECORD_ID = 'utredning-⟨U1⟩-2026';
const PIN = '19450312-1234';
const PIN_FORMS = [PIN, '194503121234', '450312-1234', '4503121234'];

const markedPerson = (p: Person, pin: boolean): Person => ({
  ...p,
  id: `${p.id}-⟨P1⟩`,
  displayName: `${p.displayName} ⟨P2⟩`,
  ...(p.chosenName !== undefined ? { chosenName: `${p.chosenName}⟨P3⟩` } : {}),
  ...(pin ? { personalIdentityNumber: PIN } : {}),
});

/**
 * Appends a run-unique marker to every name, chosen name, relation and statement text an event
 * carries (the same event always gets the same markers, so shrinking replays the same run).
 */
const tagger = (from = 10) => {
  let n = from;
  const mark = (value: unknown, letter: string) => (typeof value === 'string' ? `${value}⟨${letter}${(n += 1)}⟩` : value);
  const tag = (event: InvestigationEvent): InvestigationEvent => {
    switch (event.type) {
      case 'relative.add': {
        const r = event.relative;
        return {
          ...event,
          relative: {
            ...r,
            name: mark(r.name, 'N') as string,
            relation: mark(r.relation, 'W') as string,
            ...(r.chosenName !== undefined ? { chosenName: mark(r.chosenName, 'C') as string } : {}),
          },
        };
      }
      case 'relative.update': {
        const p = { ...event.patch };
        if (p.name !== undefined) p.name = mark(p.name, 'N') as string;
        if (p.chosenName !== undefined) p.chosenName = mark(p.chosenName, 'C') as string;
        if (p.relation !== undefined) p.relation = mark(p.relation, 'W') as string;
        return { ...event, patch: p };
      }
      case 'statement.add':
        return { ...event, statement: { ...event.statement, text: mark(event.statement.text, 'S') as string } };
      case 'statement.update':
        return event.patch.text === undefined ? event : { ...event, patch: { ...event.patch, text: mark(event.patch.text, 'S') as string } };
      case 'person.update':
        return event.patch.chosenName === undefined ? event : { ...event, patch: { ...event.patch, chosenName: mark(event.patch.chosenName, 'P') as string } };
      default:
        return event;
    }
  };
  return Object.assign(tag, { next: () => n });
};

// ---------------------------------------------------------------------------------------------
// The oracle: which consent is in force at a moment, read from the consent records alone
// ---------------------------------------------------------------------------------------------

interface Moment {
  day: string;
  /** Place in the record's sequence; unknown for a withdrawal dated back. */
  seq?: number;
}

const oracle = (record: InvestigationRecord) => {
  const { person } = record;
  /** T2: `a` strictly before `b`; within a day only a known order says so. */
  const earlier = (a: Moment, b: Moment) => a.day < b.day || (a.day === b.day && a.seq !== undefined && b.seq !== undefined && a.seq < b.seq);
  const personSide = (c: Consent) => c.givenBy !== 'relative';
  /** T1: the giver was entitled in the situation the consent was given under. */
  const entitled = (c: Consent) => {
    const u = c.givenUnder;
    if (!personSide(c) || !u) return false;
    if (u.ageGroup === 'minor') return c.givenBy === 'guardian';
    if (u.canTakePosition === 'no') return c.givenBy === 'legalRepresentative' && u.representativeId !== undefined;
    return c.givenBy === 'person';
  };
  /** This record itself, at moment `m`: given, dated, not expired, not yet withdrawn, within a guardian's cover. */
  const inEffect = (c: Consent, m: Moment) => {
    if (c.status === 'declined' || c.date > m.day) return false;
    if (c.validUntil !== undefined && c.validUntil < m.day) return false;
    if (c.withdrawnAt !== undefined) {
      if (!earlier(m, { day: c.withdrawnAt, ...(c.withdrawnSeq !== undefined ? { seq: c.withdrawnSeq } : {}) })) return false;
    } else if (c.status === 'withdrawn') return false;
    if (c.givenBy === 'guardian' && person.adultFrom !== undefined && m.day >= person.adultFrom) return false;
    return true;
  };
  /** C2: the latest decision (by date, then by order of recording) for a relative and scope governs. */
  const governing = (relativeId: string, scope: ConsentScope, side: 'person' | 'relative', day: string) =>
    record.consents
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.relativeId === relativeId && c.scope === scope && c.date <= day)
      .filter(({ c }) => (side === 'person' ? entitled(c) : c.givenBy === 'relative'))
      .sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? -1 : 1))
      .at(-1)?.c;
  const scopeOn = (relativeId: string, scope: ConsentScope, m: Moment) => {
    const g = governing(relativeId, scope, 'person', m.day);
    return g !== undefined && inEffect(g, m);
  };
  /** A person-side consent covers at `m`: entitled, in effect, and its scope not overruled by a later decision. */
  const covers = (c: Consent, m: Moment) => entitled(c) && inEffect(c, m) && scopeOn(c.relativeId, c.scope, m);
  const consent = (id: string) => record.consents.find((c) => c.id === id);
  /** L2, C3, C10: may this statement's text reach the provider at `m`? */
  const statementMayLeave = (s: Statement, m: Moment) => {
    if (s.source.kind !== 'relative' || s.basis.kind !== 'consent' || !s.toPersonalFile || !s.qualityConfirmed) return false;
    const r = s.source.relativeId;
    const c = consent(s.basis.consentId);
    if (!c || c.scope !== 'provideInformation' || c.relativeId !== r || s.recordedAt === undefined) return false;
    const then: Moment = { day: s.recordedAt, ...(s.seq !== undefined ? { seq: s.seq } : {}) };
    return entitled(c) && inEffect(c, then) && covers(c, m) && scopeOn(r, 'shareWithProvider', m);
  };
  /** C6: the indirect-support marker for a relative rests on both sides' consents (a child relative: no "no" of its own). */
  const markerAllowed = (relativeId: string, m: Moment) => {
    const relative = record.relatives.find((r) => r.id === relativeId);
    if (!relative || !scopeOn(relativeId, 'indirectSupport', m)) return false;
    const own = governing(relativeId, 'indirectSupport', 'relative', m.day);
    return relative.isChild ? own === undefined || own.status === 'given' || inEffect(own, m) : own !== undefined && inEffect(own, m);
  };
  /** Consents whose withdrawal acts at or before `m` (C3, T2). */
  const withdrawnBy = (m: Moment) => record.consents.filter((c) => c.withdrawnAt !== undefined && !earlier(m, { day: c.withdrawnAt, ...(c.withdrawnSeq !== undefined ? { seq: c.withdrawnSeq } : {}) }));
  const trail = (relativeId: string, scope: ConsentScope) =>
    record.consents
      .filter((c) => c.relativeId === relativeId && c.scope === scope)
      .map((c) => `${c.id} by ${c.givenBy} dated ${c.date}: ${c.status}${c.validUntil ? `, until ${c.validUntil}` : ''}${c.withdrawnAt ? ` from ${c.withdrawnAt}${c.withdrawnSeq ? ` (recording #${c.withdrawnSeq})` : ''}` : ''}`)
      .join('; ') || 'none';
  return { inEffect, entitled, scopeOn, covers, consent, statementMayLeave, markerAllowed, withdrawnBy, trail, governing };
};

// ---------------------------------------------------------------------------------------------
// The invariant
// ---------------------------------------------------------------------------------------------

/** Where in `value` a string holds `needle` (JSON paths). */
const pathsOf = (value: unknown, needle: string, path = '$'): string[] => {
  if (typeof value === 'string') return value.includes(needle) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOf(v, needle, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [...(k.includes(needle) ? [`${path} (key ${k})`] : []), ...pathsOf(v, needle, `${path}.${k}`)]);
  return [];
};

interface Owner {
  what: string;
  relativeId?: string;
  statement?: Statement;
}

/** Where the record holds each marker (markers of earlier names and texts are no longer held). */
const ownersOf = (record: InvestigationRecord): Map<string, Owner> => {
  const owners = new Map<string, Owner>();
  const scan = (value: string | undefined, owner: Owner) => {
    for (const m of (value ?? '').matchAll(MARKER)) owners.set(m[0], owner);
  };
  for (const r of record.relatives) {
    scan(r.name, { what: `the name of ${r.id}`, relativeId: r.id });
    scan(r.chosenName, { what: `the chosen name of ${r.id}`, relativeId: r.id });
    scan(r.relation, { what: `the relation of ${r.id} in the person's own words`, relativeId: r.id });
  }
  for (const s of record.statements)
    scan(s.text, { what: `the text of ${s.id} (${s.kind}, from ${s.source.kind === 'relative' ? s.source.relativeId : s.source.kind}, basis ${s.basis.kind === 'consent' ? s.basis.consentId : s.basis.kind}, toPersonalFile ${s.toPersonalFile}, qualityConfirmed ${s.qualityConfirmed})`, statement: s });
  return owners;
};

const R_ARRAYS = [
  ['R1', 'livesWithPerson'],
  ['R2', 'supportGiven'],
  ['R3', 'coordination'],
  ['R4', 'participation'],
  ['R5', 'views'],
] as const;

/** What an issued version carried, for the counts that show the property is not vacuous. */
interface Seen {
  rFields: boolean;
  r2Text: boolean;
  marker: boolean;
  markerWithWords: boolean;
  markerWithoutWords: boolean;
  afterWithdrawal: boolean;
  afterSameDayWithdrawal: boolean;
  afterT1Change: boolean;
  /** Would leak if a gate were missing: R5 planned for a relative without `shareWithProvider`. */
  r5Withheld: boolean;
  /** Would leak if L2's confirmation check were missing: a statement passing all but `qualityConfirmed`. */
  unconfirmedWithheld: boolean;
}

/**
 * Invariants 1 and 3 (and T3) for one assignment version issued from `record` on `today`, after every
 * recording so far. Throws with everything that leaked.
 */
const assertCovered = (assignment: Assignment, record: InvestigationRecord, today: string, label: string): Seen => {
  const o = oracle(record);
  const now: Moment = { day: today, seq: record.sequence + 1 };
  const problems: string[] = [];
  const shared = (r: string) => o.scopeOn(r, 'shareWithProvider', now);

  // 1. Every marker in the whole document, traced to its owner.
  const owners = ownersOf(record);
  const json = JSON.stringify(assignment);
  for (const marker of new Set([...json.matchAll(MARKER)].map((m) => m[0]))) {
    const letter = marker.charAt(1);
    // The person's names and id, and the investigation id: the assignment is the person's, from this case.
    if (letter === 'P' || letter === 'U') continue;
    const where = pathsOf(assignment, marker).join(', ');
    const owner = owners.get(marker);
    if (!owner) {
      problems.push(`${marker} at ${where}: text the record no longer holds (an earlier name, relation or statement) left the case`);
      continue;
    }
    if (owner.statement) {
      if (!o.statementMayLeave(owner.statement, now)) {
        const s = owner.statement;
        const r = s.source.kind === 'relative' ? s.source.relativeId : undefined;
        problems.push(
          `${marker} at ${where}: ${owner.what} may not reach the provider` +
            (r ? ` (provideInformation: ${o.trail(r, 'provideInformation')}; shareWithProvider: ${o.trail(r, 'shareWithProvider')})` : ''),
        );
      }
    } else if (!shared(owner.relativeId!))
      problems.push(`${marker} at ${where}: ${owner.what} without shareWithProvider in force (${o.trail(owner.relativeId!, 'shareWithProvider')})`);
  }

  // 3 (and R6). consentBasis cites only consents in force now, never one withdrawn before this version.
  const withdrawn = new Set(o.withdrawnBy(now).map((c) => c.id));
  assignment.consentBasis.forEach((b, i) => {
    const c = o.consent(b.consentId);
    if (!c) return problems.push(`consentBasis[${i}] cites ${b.consentId}, which the record does not hold`);
    if (withdrawn.has(c.id)) problems.push(`consentBasis[${i}] (${b.field}, ${b.relativeId}) cites ${c.id}, withdrawn ${c.withdrawnAt} before this version`);
    else if (!o.covers(c, now)) problems.push(`consentBasis[${i}] (${b.field}, ${b.relativeId}) cites ${c.id}, not in force (${o.trail(c.relativeId, c.scope)})`);
    if (c.relativeId !== b.relativeId || c.scope !== b.scope) problems.push(`consentBasis[${i}] names ${b.relativeId}/${b.scope} but ${c.id} is ${c.relativeId}/${c.scope}`);
  });
  // Every R-field only under shareWithProvider in force, and citing it (C7, R6).
  const p = assignment.relativePerspective;
  for (const [field, key] of R_ARRAYS)
    p[key].forEach((entry, i) => {
      const r = entry.relativeId;
      if (!shared(r)) problems.push(`${field} relativePerspective.${key}[${i}] for ${r} without shareWithProvider in force (${o.trail(r, 'shareWithProvider')})`);
      const cited = assignment.consentBasis.filter((b) => b.field === field && b.relativeId === r && b.scope === 'shareWithProvider');
      if (!cited.some((b) => !withdrawn.has(b.consentId) && o.covers(o.consent(b.consentId)!, now)))
        problems.push(`${field} for ${r} cites no shareWithProvider consent in force (cited: ${cited.map((b) => b.consentId).join(', ') || 'none'})`);
    });
  // The M2 marker: both sides' consents in force (C6, C3); the category always, the person's words only under sharing (L3).
  assignment.includes.forEach((item, i) => {
    if (!item.indirectSupport) return;
    const decision = record.assessment?.decisions.find((d) => d.id === item.decisionId);
    const proposal = record.indirectSupport.find((q) => q.id === decision?.indirectSupportId);
    const relative = record.relatives.find((r) => r.id === proposal?.relativeId);
    if (!proposal || !relative) return problems.push(`includes[${i}] is marked as indirect support without a proposal for a relative`);
    if (!o.markerAllowed(relative.id, now))
      problems.push(
        `includes[${i}] is marked as indirect support for ${relative.id} without both consents in force (person side: ${o.trail(relative.id, 'indirectSupport')})`,
      );
    if (item.indirectSupport.relationCategory !== relative.relationCategory)
      problems.push(`includes[${i}] names the category ${item.indirectSupport.relationCategory}, the relative's is ${relative.relationCategory}`);
    if (item.indirectSupport.relation !== undefined && !shared(relative.id))
      problems.push(`includes[${i}].indirectSupport.relation (the person's words) without shareWithProvider in force for ${relative.id}`);
  });
  // T3: the law in force on the issue date, one reference per topic.
  if (assignment.issuedAt !== today) problems.push(`issuedAt ${assignment.issuedAt} is not the day of issue ${today}`);
  for (const ref of assignment.legalReferences) {
    const entry = catalogue.legalReferences.find((l) => l.id === ref.id);
    const valid = (l: (typeof catalogue.legalReferences)[number]) => l.validFrom <= today && (l.validTo === undefined || today < l.validTo);
    if (!entry || !valid(entry)) problems.push(`legalReferences cites ${ref.id}, not in force on ${today}`);
    else if (catalogue.legalReferences.some((l) => l.topic === entry.topic && valid(l) && l.validFrom > entry.validFrom))
      problems.push(`legalReferences cites ${ref.id}, replaced on ${today} by a later reference on ${entry.topic}`);
  }

  if (problems.length) assert.fail(`${label} (v${assignment.version}, issued ${today}) leaks:\n  - ${problems.join('\n  - ')}`);

  // What this version shows about coverage.
  const markers = assignment.includes.filter((i) => i.indirectSupport);
  const planned = record.assignmentPlan?.relativeViews ?? [];
  return {
    rFields: R_ARRAYS.some(([, key]) => p[key].length > 0),
    r2Text: /⟨S\d+⟩/u.test(JSON.stringify(p.supportGiven)),
    marker: markers.length > 0,
    markerWithWords: markers.some((i) => i.indirectSupport?.relation !== undefined),
    markerWithoutWords: markers.some((i) => i.indirectSupport?.relation === undefined),
    afterWithdrawal: withdrawn.size > 0,
    afterSameDayWithdrawal: record.consents.some((c) => c.withdrawnAt === today && c.withdrawnSeq !== undefined),
    afterT1Change:
      (record.person.adultFrom !== undefined && record.consents.some((c) => c.givenBy === 'guardian' && c.status === 'given')) ||
      (record.person.canTakePosition === 'no' && record.consents.some((c) => c.givenBy === 'person' && o.inEffect(c, now))),
    r5Withheld: planned.some((v) => record.relatives.some((r) => r.id === v.relativeId) && !shared(v.relativeId)),
    unconfirmedWithheld: record.statements.some(
      (s) => s.kind === 'supportGiven' && s.toPersonalFile && !s.qualityConfirmed && o.statementMayLeave({ ...s, qualityConfirmed: true }, now),
    ),
  };
};

/** Invariant 2 (L1): nothing of the person or the investigation in what is filed apart from the case. */
const assertNoTraceOfPerson = (document: RelativeRecord | object, record: InvestigationRecord, chosenNames: ReadonlySet<string>, label: string) => {
  const json = JSON.stringify(document);
  const problems: string[] = [];
  const tokens = [
    ['the person’s id', record.person.id],
    ['the person’s display name', record.person.displayName],
    ['the investigation id', record.id],
    ...[...chosenNames].map((n) => ['a chosen name of the person', n] as const),
    ...(record.person.personalIdentityNumber ? PIN_FORMS.map((f) => ['the personal identity number', f] as const) : []),
  ] as const;
  for (const [what, token] of tokens) if (json.includes(token)) problems.push(`${what} (${JSON.stringify(token)}) at ${pathsOf(document, token).join(', ')}`);
  const marker = json.match(PERSON_MARKER);
  if (marker) problems.push(`${marker[0]} (part of the person’s names or id, or of the investigation id) at ${pathsOf(document, marker[0]).join(', ')}`);
  // Statements and the person's words about the relationship are about the person too.
  for (const m of json.matchAll(/⟨[SW]\d+⟩/gu)) problems.push(`${m[0]} (a statement or the person’s relation words) at ${pathsOf(document, m[0]).join(', ')}`);
  if (problems.length) assert.fail(`${label} carries a trace of the person or the case:\n  - ${problems.join('\n  - ')}`);
};

// ---------------------------------------------------------------------------------------------
// Commands that reach T1, T2 and L2 (in addition to the shared ones)
// ---------------------------------------------------------------------------------------------

const LATER_DAYS = ['2026-03-16', '2026-03-20', '2026-03-21', '2026-04-01'] as const;

const extra = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('x.grant' as const),
      rel: index,
      scope: fc.constantFrom('shareWithProvider', 'shareWithProvider', 'provideInformation', 'indirectSupport', 'relativeIndirectSupport'),
      declined: fc.constantFrom(false, false, false, true),
      onDay: fc.constantFrom('today', 'today', STARTED, '2026-03-10'),
      validUntil: fc.option(fc.constantFrom(...LATER_DAYS), { nil: undefined, freq: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('x.withdraw' as const),
      consent: index,
      scope: fc.option(fc.constantFrom<ConsentScope>('shareWithProvider', 'provideInformation', 'indirectSupport'), { nil: undefined, freq: 2 }),
      /** Dated back to the day it was given (no order within that day, T2), else recorded now. */
      datedBack: fc.constantFrom(false, false, false, true),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('x.supportStatement' as const),
      rel: index,
      basis: fc.constantFrom('consent', 'consent', 'consent', 'volunteered'),
      quality: fc.constantFrom('confirmedToFile', 'confirmedToFile', 'confirmedToFile', 'confirmedNotToFile', 'unconfirmed'),
      text,
    }),
  },
  { weight: 6, arbitrary: fc.constant({ kind: 'assignment.issue' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('x.person' as const),
      change: fc.constantFrom('cannotTakePosition', 'cannotTakePosition', 'canTakePosition', 'unknown', 'turns18', 'turns18', 'turns18Earlier', 'birthdayAhead'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('x.today' as const), day: fc.constantFrom(...LATER_DAYS) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('x.rename' as const),
      rel: index,
      name: fc.option(text, { nil: undefined }),
      chosenName: fc.option(text, { nil: undefined }),
      relation: fc.option(text, { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('x.restoreUnconfirmed' as const), statement: index }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('x.plan' as const),
      views: fc.array(fc.record({ rel: index, view: text }), { maxLength: 3 }),
      collaboration: fc.array(fc.record({ rel: index, wish: text }), { maxLength: 2 }),
      participation: fc.array(index, { maxLength: 2 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('x.ownNeed' as const), rel: index, description: text }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('x.apply' as const), need: index }) },
);
type Extra = typeof extra extends fc.Arbitrary<infer T> ? T : never;
type Cmd = Command | Extra | InvestigationEvent;

const personSideGiver = (record: InvestigationRecord): Pick<Consent, 'givenBy' | 'givenByName'> => {
  if (record.person.ageGroup === 'minor') return { givenBy: 'guardian', givenByName: 'Kim Lind' };
  if (record.person.canTakePosition === 'no') {
    const representative = record.relatives.find((r) => r.legalRepresentative?.coversPersonalMatters);
    return { givenBy: 'legalRepresentative', ...(representative ? { givenByName: representative.name } : {}) };
  }
  return { givenBy: 'person' };
};

const withdrawable = (c: Consent, today: string) => c.status === 'given' && c.withdrawnAt === undefined && !(c.validUntil !== undefined && c.validUntil < today);

const materializeExtra = (cmd: Extra, context: Context): InvestigationEvent => {
  const { record, today } = context;
  switch (cmd.kind) {
    case 'x.grant': {
      const own = cmd.scope === 'relativeIndirectSupport';
      const date = cmd.onDay === 'today' || cmd.onDay > today ? today : cmd.onDay;
      return {
        type: 'consent.record',
        consent: {
          relativeId: relativeId(context, cmd.rel),
          scope: own ? 'indirectSupport' : cmd.scope,
          ...(own ? { givenBy: 'relative' as const } : personSideGiver(record)),
          status: cmd.declined ? 'declined' : 'given',
          form: 'oral',
          date,
          ...(cmd.validUntil !== undefined ? { validUntil: cmd.validUntil } : {}),
        },
      } as InvestigationEvent;
    }
    case 'x.withdraw': {
      const open = record.consents.filter((c) => withdrawable(c, today));
      const preferred = open.filter((c) => c.scope === cmd.scope);
      const c = pick(preferred.length ? preferred : open, cmd.consent);
      return { type: 'consent.withdraw', consentId: c?.id ?? 'samtycke-finns-inte', ...(c && cmd.datedBack ? { date: c.date } : {}) };
    }
    case 'x.supportStatement': {
      const rel = relativeId(context, cmd.rel);
      const infos = record.consents.filter((c) => c.relativeId === rel && c.scope === 'provideInformation');
      const basis = infos.filter((c) => c.status === 'given').at(-1) ?? infos.at(-1);
      return {
        type: 'statement.add',
        statement: {
          lifeAreaId: 'd6',
          kind: 'supportGiven',
          text: cmd.text,
          source: { kind: 'relative', relativeId: rel },
          basis: cmd.basis === 'volunteered' ? { kind: 'volunteered' } : { kind: 'consent', consentId: basis?.id ?? 'samtycke-finns-inte' },
          toPersonalFile: cmd.quality === 'confirmedToFile',
          qualityConfirmed: cmd.quality !== 'unconfirmed',
          checkedWithPerson: false,
        },
      };
    }
    case 'assignment.issue':
      return { type: 'assignment.issue' };
    case 'x.person': {
      const patch: Partial<Person> =
        cmd.change === 'cannotTakePosition'
          ? { canTakePosition: 'no' }
          : cmd.change === 'canTakePosition'
            ? { canTakePosition: 'yes' }
            : cmd.change === 'unknown'
              ? { canTakePosition: 'unknown' }
              : cmd.change === 'turns18'
                ? { ageGroup: 'adult' }
                : cmd.change === 'turns18Earlier'
                  ? { ageGroup: 'adult', adultFrom: record.person.adultFrom ?? '2026-03-10' }
                  : { adultFrom: record.person.adultFrom ?? '2026-03-20' };
      return { type: 'person.update', patch };
    }
    case 'x.today':
      return { type: 'host.setToday', today: cmd.day > today ? cmd.day : today };
    case 'x.rename':
      return {
        type: 'relative.update',
        relativeId: relativeId(context, cmd.rel),
        patch: {
          ...(cmd.name !== undefined ? { name: cmd.name } : {}),
          ...(cmd.chosenName !== undefined ? { chosenName: cmd.chosenName } : {}),
          ...(cmd.relation !== undefined ? { relation: cmd.relation } : {}),
        },
      };
    case 'x.restoreUnconfirmed': {
      // A record saved by a host (or an older release) with a relative's statement marked for the
      // personal file but not confirmed: valid, with a warning. Its text must still stay home (L2).
      const saved = structuredClone(record);
      const candidates = saved.statements.filter((s) => s.source.kind === 'relative');
      const s = pick(candidates, cmd.statement);
      if (s) {
        s.toPersonalFile = true;
        s.qualityConfirmed = false;
      }
      return { type: 'host.restore', record: saved, relativeRecords: structuredClone(context.relativeRecords) };
    }
    case 'x.plan':
      return {
        type: 'assignmentPlan.set',
        plan: {
          followUpHow: 'Uppföljningssamtal efter tre månader.',
          followUpWhen: '2026-09-01',
          collaboration: cmd.collaboration.map((c) => ({ relativeId: relativeId(context, c.rel), relativeWish: c.wish, personWish: 'Per telefon.' })),
          participation: cmd.participation.map((rel) => ({ relativeId: relativeId(context, rel), inPlanning: true, inFollowUp: true })),
          relativeViews: cmd.views.map((v) => ({ relativeId: relativeId(context, v.rel), view: v.view })),
        },
      };
    case 'x.ownNeed':
      return {
        type: 'relativeRecord.addOwnSupportNeed',
        relativeId: relativeId(context, cmd.rel),
        need: { description: cmd.description, offered: ['referral'], offerIds: [], appliesForSupport: false },
      };
    case 'x.apply': {
      // The relative chooses to apply for one of the needs recorded in their own records (C12).
      const needs = context.relativeRecords.flatMap((own) => own.ownSupportNeeds.map((need) => ({ relativeId: own.relativeId, needId: need.id })));
      const chosen = pick(needs, cmd.need);
      return { type: 'relativeRecord.requestOwnApplication', relativeId: chosen?.relativeId ?? 'anhorig-finns-inte', needId: chosen?.needId ?? 'behov-finns-inte', homeMunicipality: 'Borås' };
    }
  }
};

const isExtra = (cmd: Command | Extra): cmd is Extra => cmd.kind.startsWith('x.');

// ---------------------------------------------------------------------------------------------
// Starts and runs
// ---------------------------------------------------------------------------------------------

const ADULT_PERSON: Person = { id: 'p-1', displayName: 'Sven Svensson', ageGroup: 'adult', canTakePosition: 'yes' };
const MINOR_PERSON: Person = { id: 'p-2', displayName: 'Lo Lind', ageGroup: 'minor', canTakePosition: 'yes', guardians: ['Kim Lind'] };

/** The shared scaffold, with a guardian giving the person side's consents for a minor. */
const MINOR_SCAFFOLD: InvestigationEvent[] = SCAFFOLD.map((e) =>
  e.type === 'consent.record' && e.consent.givenBy === 'person' ? { ...e, consent: { ...e.consent, givenBy: 'guardian', givenByName: 'Kim Lind' } } : e,
);

const leavingStart = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('adult scaffold' as const), pin: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('minor scaffold' as const), pin: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty record' as const), person: anyPerson, pin: fc.boolean() }) },
);
type Start = typeof leavingStart extends fc.Arbitrary<infer T> ? T : never;

const leavingSequence = fc.array(fc.oneof({ weight: 3, arbitrary: command }, { weight: 2, arbitrary: extra }), { minLength: 1, maxLength: 30, size: 'max' });

const counts = {
  runs: 0,
  accepted: 0,
  issued: 0,
  rFields: 0,
  r2Text: 0,
  marker: 0,
  markerWithWords: 0,
  markerWithoutWords: 0,
  afterWithdrawal: 0,
  afterSameDayWithdrawal: 0,
  afterT1Change: 0,
  r5Withheld: 0,
  unconfirmedWithheld: 0,
  runsIssuingAfterWithdrawal: 0,
  ownRecordsChecked: 0,
  ownApplicationRequests: 0,
};

type Check = (step: Step) => void;

/**
 * The invariant after one event: 1 and 3 on each version issued (as emitted and as stored), 2 on every
 * own record and own-application request, and issued versions never changed afterwards.
 */
const invariantChecker = (chosenNames: Set<string>, onIssued: (seen: Seen) => void): Check => (step) => {
  const { event, before, after, emitted, refused } = step;
  const { record: now } = after.context;
  if (now.person.chosenName) chosenNames.add(now.person.chosenName);
  for (const e of emitted) {
    if (e.type === 'assignmentIssued') {
      const seen = assertCovered(e.assignment, before.context.record, before.context.today, 'the emitted assignment');
      const stored = now.assignments.at(-1);
      assert.deepEqual(stored, e.assignment, 'the stored version differs from the emitted one');
      assertCovered(stored!, before.context.record, before.context.today, 'the stored assignment');
      onIssued(seen);
    }
    if (e.type === 'changed') e.relativeRecords.forEach((own, i) => assertNoTraceOfPerson(own, now, chosenNames, `changed.relativeRecords[${i}] after ${event.type}`));
    if (e.type === 'ownApplicationRequested') {
      assertNoTraceOfPerson(e.request, now, chosenNames, 'the own-application request');
      counts.ownApplicationRequests += 1;
    }
  }
  if (refused) return;
  counts.accepted += 1;
  after.context.relativeRecords.forEach((own, i) => assertNoTraceOfPerson(own, now, chosenNames, `relativeRecords[${i}] after ${event.type}`));
  counts.ownRecordsChecked += after.context.relativeRecords.length;
  assert.deepEqual(now.assignments.slice(0, before.context.record.assignments.length), before.context.record.assignments, `${event.type} changed an issued version`);
};

const count = (seen: Seen) => {
  counts.issued += 1;
  for (const key of ['rFields', 'r2Text', 'marker', 'markerWithWords', 'markerWithoutWords', 'afterWithdrawal', 'afterSameDayWithdrawal', 'afterT1Change', 'r5Withheld', 'unconfirmedWithheld'] as const)
    if (seen[key]) counts[key] += 1;
};

/** The record each start leaves (the scaffold played once, with the invariant checked on the way), and the next marker number. */
const startCache = new Map<string, { record: InvestigationRecord; nextMarker: number }>();
const startFrom = (start: Start) => {
  const p = start.kind === 'adult scaffold' ? ADULT_PERSON : start.kind === 'minor scaffold' ? MINOR_PERSON : start.person;
  const empty = createRecord(markedPerson(p, start.pin), STARTED, RECORD_ID);
  if (start.kind === 'empty record') return { record: empty, nextMarker: 10 };
  const key = `${start.kind} ${start.pin}`;
  const cached = startCache.get(key);
  if (cached) return cached;
  const tag = tagger();
  const prefix = start.kind === 'adult scaffold' ? SCAFFOLD : MINOR_SCAFFOLD;
  const final = playFrom(empty, prefix, (e) => tag(e), (step) => {
    assert.equal(step.refused, false, `the scaffold's ${step.event.type} was refused: ${step.rejection?.reason}`);
    invariantChecker(new Set(), () => {})(step);
  });
  const made = { record: final.context.record, nextMarker: tag.next() };
  startCache.set(key, made);
  return made;
};

/** One event in a line, for the failure report (the shrunk commands are abstract; these are what was sent). */
const describeStep = ({ event: e, refused, after }: Step): string => {
  const what = (() => {
    switch (e.type) {
      case 'consent.record': {
        const c = e.consent;
        const id = refused ? '' : ` → ${after.context.record.consents.at(-1)?.id}`;
        return `consent.record ${c.scope} for ${c.relativeId} by ${c.givenBy}: ${c.status} ${c.date}${c.validUntil ? ` until ${c.validUntil}` : ''}${id}`;
      }
      case 'consent.withdraw':
        return `consent.withdraw ${e.consentId}${e.date ? ` dated ${e.date}` : ''}`;
      case 'statement.add': {
        const st = e.statement;
        const from = st.source.kind === 'relative' ? st.source.relativeId : st.source.kind;
        return `statement.add ${st.kind} from ${from}, basis ${st.basis.kind === 'consent' ? st.basis.consentId : st.basis.kind}, toPersonalFile ${st.toPersonalFile}, qualityConfirmed ${st.qualityConfirmed}`;
      }
      case 'host.setToday':
        return `host.setToday ${e.today}`;
      case 'person.update':
        return `person.update ${JSON.stringify(e.patch)}`;
      case 'host.restore':
        return 'host.restore (a statement marked for the file, unconfirmed)';
      case 'assignment.issue':
        return refused ? 'assignment.issue' : `assignment.issue → v${after.context.record.assignments.length}`;
      default:
        return 'relativeId' in e ? `${e.type} ${e.relativeId}` : e.type;
    }
  })();
  return `${what}${refused ? ' (refused)' : ''}`;
};

/** Runs one start and command list, then issues once more, checking the invariant after every event. */
const runLeaving = (start: Start, commands: readonly (Command | Extra)[]) => {
  const { record, nextMarker } = startFrom(start);
  const tag = tagger(nextMarker);
  const chosenNames = new Set<string>(record.person.chosenName ? [record.person.chosenName] : []);
  let issuedAfterWithdrawal = false;
  counts.runs += 1;
  const toEvent = (cmd: Cmd, context: Context): InvestigationEvent =>
    tag('type' in cmd ? cmd : isExtra(cmd) ? materializeExtra(cmd, context) : materialize(cmd, context));
  const check = invariantChecker(chosenNames, (seen) => {
    count(seen);
    if (seen.afterWithdrawal) issuedAfterWithdrawal = true;
  });
  const trail: string[] = [];
  try {
    playFrom<Cmd>(record, [...commands, { type: 'assignment.issue' }], toEvent, (step) => {
      trail.push(describeStep(step));
      check(step);
    });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    // fast-check reports the stack: keep it to the message and the events that led there.
    error.message += `\nEvents after the ${start.kind} (the last one failed):\n${trail.map((t, i) => `  ${i + 1}. ${t}`).join('\n')}`;
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  if (issuedAfterWithdrawal) counts.runsIssuingAfterWithdrawal += 1;
};

describe('Issue 9: what leaves the case is covered (invariant over random event sequences)', () => {
  it('property: no assignment version, own record or own-application request carries what no consent in force covers', () => {
    const started = process.cpuUsage();
    fc.assert(
      fc.property(leavingStart, leavingSequence, (start, commands) => runLeaving(start, commands)),
      // The report names what leaked, with the shrunk start and command list.
      { numRuns: RUNS, includeErrorInReport: true },
    );
    const cpu = process.cpuUsage(started);
    const seconds = (cpu.user + cpu.system) / 1e6;
    // Not vacuous: many versions carry R-fields, R2 text and markers (with and without the person's
    // words), many are issued after a withdrawal (some on the same day) or after the person's situation
    // changed, and many would leak if one of the gates were missing.
    console.log(`leaving: ${RUNS} runs in ${seconds.toFixed(1)} s of CPU`, counts);
    assert.ok(counts.issued > RUNS / 2, `only ${counts.issued} versions issued`);
    assert.ok(counts.rFields > RUNS / 2, `only ${counts.rFields} versions with R-fields`);
    assert.ok(counts.r2Text > RUNS / 3, `only ${counts.r2Text} versions with R2 text`);
    assert.ok(counts.marker > RUNS / 2, `only ${counts.marker} versions with an indirect-support marker`);
    assert.ok(counts.markerWithWords > RUNS / 2, `only ${counts.markerWithWords} markers with the person's words`);
    assert.ok(counts.markerWithoutWords > RUNS / 20, `only ${counts.markerWithoutWords} markers with the category alone`);
    assert.ok(counts.runsIssuingAfterWithdrawal > RUNS / 6, `only ${counts.runsIssuingAfterWithdrawal} runs issued after a withdrawal`);
    assert.ok(counts.afterSameDayWithdrawal > RUNS / 6, `only ${counts.afterSameDayWithdrawal} versions after a same-day withdrawal`);
    assert.ok(counts.afterT1Change > RUNS / 20, `only ${counts.afterT1Change} versions after the person's situation changed`);
    assert.ok(counts.r5Withheld > RUNS / 10, `only ${counts.r5Withheld} versions withholding a planned R5`);
    assert.ok(counts.unconfirmedWithheld > RUNS / 20, `only ${counts.unconfirmedWithheld} versions withholding an unconfirmed statement`);
    assert.ok(counts.ownRecordsChecked > RUNS * 2, `only ${counts.ownRecordsChecked} own records checked`);
    assert.ok(counts.ownApplicationRequests > RUNS / 50, `only ${counts.ownApplicationRequests} own-application requests`);
  });
});

// ---------------------------------------------------------------------------------------------
// Counterexamples the property found in the core, kept as named examples (both fixed in 947a344).
// ---------------------------------------------------------------------------------------------

describe('Issue 9: counterexamples found by the invariant', () => {
  const adult = (): InvestigationRecord => createRecord(ADULT_PERSON, STARTED, 'utredning-exempel');
  /** The shared scaffold, with Eva's relation in the person's own words naming her. */
  const scaffold = SCAFFOLD.map((e) =>
    e.type === 'relative.add' && e.relative.name === 'Eva Andersson' ? { ...e, relative: { ...e.relative, relation: 'min sambo Eva' } } : e,
  );
  const issued = (events: InvestigationEvent[]) => {
    const final = playFrom(adult(), events, (e) => e, (step) => assert.equal(step.refused, false, `${step.event.type}: ${step.rejection?.reason}`));
    return final.context.record;
  };

  it('example (L3, C3): after shareWithProvider is withdrawn, the next version’s change list does not repeat the person’s words for the relationship', () => {
    // Shrunk from: minor scaffold, issue, a declined shareWithProvider for Eva, issue.
    const record = issued([
      ...scaffold,
      { type: 'assignment.issue' },
      { type: 'consent.withdraw', consentId: 'samtycke-3' }, // shareWithProvider for Eva
      { type: 'consent.withdraw', consentId: 'samtycke-4' }, // indirectSupport for Eva (person side)
      { type: 'assignment.issue' },
    ]);
    const [v1, v2] = record.assignments;
    assert.ok(JSON.stringify(v1).includes('min sambo Eva'), 'v1 shares the person’s words under samtycke-3');
    const leaked = pathsOf(v2, 'min sambo Eva');
    assert.deepEqual(leaked, [], `v2 repeats "min sambo Eva" without shareWithProvider in force:\n${leaked.map((p) => `  ${p}: ${JSON.stringify(readPath(v2, p))}`).join('\n')}`);
  });

  it('example (C2, L2, C3): a later “no” to provideInformation stops the relative’s statements reaching the provider', () => {
    // Shrunk from: minor scaffold, a declined provideInformation for Eva recorded today, issue. (Also found:
    // a later provideInformation consent limited in time that has lapsed, the earlier one never withdrawn.)
    const record = issued([
      ...scaffold,
      { type: 'consent.record', consent: { relativeId: 'anhorig-1', scope: 'provideInformation', givenBy: 'person', form: 'oral', date: TODAY, status: 'declined' } },
      { type: 'assignment.issue' },
    ]);
    // The core's own reading (C2: the latest decision governs): no provideInformation consent for Eva is in force.
    assert.equal(activeConsent(record, 'anhorig-1', 'provideInformation', TODAY), undefined);
    const v1 = record.assignments[0]!;
    const eva = v1.relativePerspective.supportGiven.find((g) => g.relativeId === 'anhorig-1');
    assert.equal(eva?.description, undefined, `R2 still quotes Eva's statement gathered under samtycke-2: ${JSON.stringify(eva?.description)}`);
    assert.deepEqual(
      v1.consentBasis.filter((b) => b.consentId === 'samtycke-2'),
      [],
      'R6 still cites samtycke-2, which the later “no” (samtycke-12) overrules',
    );
  });
});

/** The value at a path produced by `pathsOf`. */
function readPath(value: unknown, path: string): unknown {
  return [...path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].reduce<unknown>((v, m) => (v as Record<string, unknown>)[m[1] ?? m[2]!], value);
}
