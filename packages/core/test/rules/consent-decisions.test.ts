/**
 * C2, C3: which decision governs, and what a withdrawal, an expiry or an unentitled giver means.
 * Written against the survivors of mutation testing (docs/mutation-testing.md): each test names the
 * behaviour it protects.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeConsent,
  activeRelativeConsent,
  canGatherFrom,
  canInvolveInMeetings,
  consentGate,
  consentState,
  isWithdrawable,
  latestPersonSideDecision,
  mayGiveConsent,
  relativeHasDeclined,
  type Gate,
} from '../../src/rules/index.js';
import type { Consent, ConsentScope, InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, makeRecord, withConsent, withRelative } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const eva = () => withRelative(makeRecord(), { id: 'eva', name: 'Eva' });
const denied = (gate: Gate) => {
  if (gate.allowed) throw new Error('expected a denied gate');
  return gate;
};
const only = (r: InvestigationRecord): Consent => r.consents.at(-1)!;

describe('C2: the latest decision governs, by date and then by order of recording', () => {
  it('C2: the latest decision governs even when an earlier-dated consent is recorded later', () => {
    let r = withConsent(eva(), { id: 'no', scope: 'participate', relativeId: 'eva', date: '2026-02-15', status: 'declined' });
    r = withConsent(r, { id: 'yes', scope: 'participate', relativeId: 'eva', date: '2026-01-15' });
    assert.equal(latestPersonSideDecision(r, 'eva', 'participate', TODAY)?.id, 'no');
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY), undefined);
    assert.equal(denied(canInvolveInMeetings(r, 'eva', TODAY)).code, 'consentDeclined');
  });
  it('C2: a later "yes" recorded before an earlier-dated "no" still governs', () => {
    let r = withConsent(eva(), { id: 'yes', scope: 'participate', relativeId: 'eva', date: '2026-02-15' });
    r = withConsent(r, { id: 'no', scope: 'participate', relativeId: 'eva', date: '2026-01-15', status: 'declined' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY)?.id, 'yes');
  });
  it('C2: of two decisions on the same day, the one recorded last governs', () => {
    let r = withConsent(eva(), { id: 'first', scope: 'participate', relativeId: 'eva', date: '2026-02-15' });
    r = withConsent(r, { id: 'second', scope: 'participate', relativeId: 'eva', date: '2026-02-15', status: 'declined' });
    r = withConsent(r, { id: 'earlier', scope: 'participate', relativeId: 'eva', date: '2026-01-15' });
    assert.equal(latestPersonSideDecision(r, 'eva', 'participate', TODAY)?.id, 'second');
    const turned = { ...r, consents: [r.consents[1]!, r.consents[2]!, r.consents[0]!] };
    assert.equal(latestPersonSideDecision(turned, 'eva', 'participate', TODAY)?.id, 'first');
  });
  it('C2: a decision dated ahead does not displace the consent in force today', () => {
    let r = withConsent(eva(), { id: 'yes', scope: 'participate', relativeId: 'eva', date: '2026-01-15' });
    r = withConsent(r, { id: 'later-no', scope: 'participate', relativeId: 'eva', date: '2026-04-01', status: 'declined' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY)?.id, 'yes');
    assert.equal(activeConsent(r, 'eva', 'participate', '2026-04-01'), undefined);
  });
  it('C2: a consent given today counts today', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', date: TODAY });
    assert.ok(activeConsent(r, 'eva', 'participate', TODAY));
    assert.equal(consentState(r, only(r), TODAY), 'inForce');
  });
  it('C2: a "no" from someone not entitled does not override the person\'s "yes"', () => {
    let r = withConsent(eva(), { id: 'yes', scope: 'participate', relativeId: 'eva', date: '2026-01-15' });
    r = withConsent(r, { id: 'guardian-no', scope: 'participate', relativeId: 'eva', date: '2026-02-15', givenBy: 'guardian', status: 'declined' });
    assert.equal(activeConsent(r, 'eva', 'participate', TODAY)?.id, 'yes');
  });
});

describe('C3: a withdrawal recorded without a date, or by its date only, still withdraws', () => {
  it('C3: a consent marked withdrawn without a date is treated as withdrawn from the start', () => {
    const r = withConsent(eva(), { scope: 'provideInformation', relativeId: 'eva', status: 'withdrawn' });
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
    assert.equal(consentState(r, only(r), TODAY), 'withdrawn');
    const gate = denied(canGatherFrom(r, 'eva', TODAY));
    assert.equal(gate.code, 'consentWithdrawn');
    assert.equal(sv(gate.reason), 'Samtycke saknas: samtycket till att Eva lämnar uppgifter återkallades.');
  });
  it('C3: a withdrawal date alone (status still "given") withdraws from that day', () => {
    const r = withConsent(eva(), { scope: 'provideInformation', relativeId: 'eva', withdrawnAt: '2026-03-01' });
    assert.ok(activeConsent(r, 'eva', 'provideInformation', '2026-02-28'));
    assert.equal(activeConsent(r, 'eva', 'provideInformation', TODAY), undefined);
    assert.equal(consentState(r, only(r), TODAY), 'withdrawn');
    assert.equal(denied(canGatherFrom(r, 'eva', TODAY)).code, 'consentWithdrawn');
    assert.equal(isWithdrawable(only(r), TODAY), false, 'already withdrawn');
  });
  it('C2: an expired consent is reported as expired, with its last day', () => {
    const r = withConsent(eva(), { scope: 'provideInformation', relativeId: 'eva', validUntil: '2026-03-01' });
    const gate = denied(canGatherFrom(r, 'eva', TODAY));
    assert.equal(gate.code, 'consentExpired');
    assert.equal(sv(gate.reason), 'Samtycke saknas: samtycket till att Eva lämnar uppgifter gällde till och med 2026-03-01.');
    assert.equal(consentState(r, only(r), '2026-03-01'), 'inForce', 'valid on its last day');
    assert.equal(isWithdrawable(only(r), '2026-03-01'), true, 'withdrawable on its last day');
  });
});

describe('C2: the relative decides about their own effort; their "yes" is never a "no"', () => {
  const both = (relative: Partial<Consent>) =>
    withConsent(withConsent(eva(), { scope: 'participate', relativeId: 'eva' }), { scope: 'participate', relativeId: 'eva', givenBy: 'relative', ...relative });
  it('voluntary: the relative\'s own "yes" keeps meetings open', () => {
    const r = both({});
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', TODAY), undefined);
    assert.equal(canInvolveInMeetings(r, 'eva', TODAY).allowed, true);
    assert.equal(activeRelativeConsent(r, 'eva', 'participate', TODAY)?.givenBy, 'relative');
  });
  it('voluntary: a "yes" of the relative that has run out is not a "no"', () => {
    const r = both({ validUntil: '2026-02-01' });
    assert.equal(activeRelativeConsent(r, 'eva', 'participate', TODAY), undefined);
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', TODAY), undefined);
    assert.equal(canInvolveInMeetings(r, 'eva', TODAY).allowed, true);
  });
  it('voluntary: a relative who withdraws from a later day takes part until then', () => {
    const r = both({ status: 'withdrawn', withdrawnAt: '2026-04-01' });
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', TODAY), undefined);
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', '2026-04-01')?.status, 'withdrawn');
    assert.equal(denied(canInvolveInMeetings(r, 'eva', '2026-04-01')).code, 'relativeDeclined');
  });
  it('voluntary: the person\'s "no" is not the relative\'s "no"', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', status: 'declined' });
    assert.equal(relativeHasDeclined(r, 'eva', 'participate', TODAY), undefined);
  });
  it('C2: the relative may consent to their own participation, indirect support, follow-up and SIP, and to nothing else', () => {
    const own: ConsentScope[] = ['participate', 'indirectSupport', 'participateInFollowUp', 'sip'];
    const other: ConsentScope[] = ['provideInformation', 'receiveInformation', 'supportInInvestigation', 'shareWithProvider', 'laterContact'];
    for (const scope of own) assert.equal(mayGiveConsent(eva(), 'relative', scope, 'eva').allowed, true, scope);
    for (const scope of other) {
      const gate = denied(mayGiveConsent(eva(), 'relative', scope, 'eva'));
      assert.equal(gate.code, 'notEntitled', scope);
      assert.match(sv(gate.reason), /^Eva bestämmer om sin egen medverkan, men inte om den enskildes uppgifter\. Samtycke till att .+ lämnas av den enskilde\.$/, scope);
    }
  });
});

describe('C1: the UI says which consent is missing, and why', () => {
  it('C1: every scope is named in words in the message', () => {
    const phrases: Record<ConsentScope, string> = {
      participate: 'att Eva deltar i utredningen',
      provideInformation: 'att Eva lämnar uppgifter',
      receiveInformation: 'att Eva får information om den enskildes ärende',
      supportInInvestigation: 'att Eva stödjer den enskilde i utredningen',
      indirectSupport: 'att insatsen också är ett indirekt stöd till Eva',
      shareWithProvider: 'att uppgifter om Eva lämnas till utföraren',
      participateInFollowUp: 'att Eva deltar i uppföljningen',
      laterContact: 'att handläggaren kontaktar Eva senare',
      sip: 'att Eva deltar i en samordnad individuell plan (SIP)',
    };
    for (const [scope, phrase] of Object.entries(phrases) as [ConsentScope, string][]) {
      const gate = denied(consentGate(eva(), 'eva', scope, TODAY));
      assert.equal(sv(gate.reason), `Samtycke saknas: den enskilde har inte samtyckt till ${phrase}.`);
      assert.equal(gate.missingScope, scope);
    }
  });
  it('C1: the person\'s "no" is quoted as theirs; a guardian\'s as the guardian\'s', () => {
    const r = withConsent(eva(), { scope: 'participate', relativeId: 'eva', status: 'declined' });
    assert.equal(sv(denied(canInvolveInMeetings(r, 'eva', TODAY)).reason), 'Samtycke saknas: den enskilde har sagt nej till att Eva deltar i utredningen.');
    const minor = withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'minor' } }), { id: 'eva', name: 'Eva' });
    const guardianNo = withConsent(minor, { scope: 'participate', relativeId: 'eva', givenBy: 'guardian', status: 'declined' });
    assert.equal(sv(denied(canInvolveInMeetings(guardianNo, 'eva', TODAY)).reason), 'Samtycke saknas: vårdnadshavaren har sagt nej till att Eva deltar i utredningen.');
  });
  it('C1: an unknown relative is refused for every gate', () => {
    const gate = denied(canGatherFrom(eva(), 'nobody', TODAY));
    assert.equal(gate.code, 'unknownRelative');
    assert.equal(sv(gate.reason), 'Den anhöriga finns inte i utredningen.');
  });
  it('C2: only a "yes" from someone not entitled is reported as "not entitled"; a relative\'s own record or a "no" is not', () => {
    const notEntitled = withConsent(eva(), { scope: 'provideInformation', relativeId: 'eva', givenBy: 'guardian' });
    assert.equal(
      sv(denied(canGatherFrom(notEntitled, 'eva', TODAY)).reason),
      'Samtycke saknas: det samtycke som finns är inte lämnat av någon som får samtycka. Den enskilde behöver samtycka till att Eva lämnar uppgifter.',
    );
    const relativeOwn = withConsent(eva(), { scope: 'participate', relativeId: 'eva', givenBy: 'relative' });
    assert.equal(denied(canInvolveInMeetings(relativeOwn, 'eva', TODAY)).code, 'consentMissing');
    const guardianNo = withConsent(eva(), { scope: 'participate', relativeId: 'eva', givenBy: 'guardian', status: 'declined' });
    assert.equal(denied(canInvolveInMeetings(guardianNo, 'eva', TODAY)).code, 'consentMissing');
  });
  it('C5: when the person cannot take a position, the message says whether a representative can consent', () => {
    const cannot = (coversPersonalMatters: boolean) =>
      withRelative(withRelative(makeRecord({ person: { ...makeRecord().person, canTakePosition: 'no' } }), { id: 'eva', name: 'Eva' }), {
        id: 'gm', name: 'Gun Man', legalRepresentative: { kind: 'godMan', mandate: 'Sörja för person', coversPersonalMatters },
      });
    assert.equal(
      sv(denied(canGatherFrom(cannot(true), 'eva', TODAY)).reason),
      'Samtycke saknas: ställföreträdaren har inte samtyckt till att Eva lämnar uppgifter.',
    );
    assert.equal(
      sv(denied(canGatherFrom(cannot(false), 'eva', TODAY)).reason),
      'Samtycke saknas: den enskilde kan inte ta ställning, och det finns ingen ställföreträdare vars uppdrag omfattar att samtycka till att Eva lämnar uppgifter.',
    );
  });
});
