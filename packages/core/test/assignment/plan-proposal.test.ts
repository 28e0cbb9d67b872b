import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { issueAssignment, proposedFollowUp, proposedPlan } from '../../src/assignment/index.js';
import type { FollowUp, InvestigationRecord } from '../../src/schema/index.js';
import { TODAY, caseworker, readyRecord, testCatalogue, withConsent, withRelative, withStatement, withdraw } from '../fixtures/records.js';

const fromEva = { source: { kind: 'relative' as const, relativeId: 'eva' }, basis: { kind: 'consent' as const, consentId: 'c-info' }, qualityConfirmed: true };

/** readyRecord, with what step 4 holds about coordination and Eva's view. */
const gathered = (): InvestigationRecord => {
  let r = readyRecord();
  r = withStatement(r, { id: 's-coord', kind: 'coordinationNeed', text: 'Eva vill prata med personalen om måltiderna.', ...fromEva });
  r = withStatement(r, { id: 's-view', kind: 'relativeViewOfNeed', text: 'Eva tycker att Sven behöver samma personal varje gång.', ...fromEva });
  return r;
};

const propose = (record: InvestigationRecord) => proposedPlan(record, testCatalogue, TODAY);

describe('H3: the assignment plan is proposed from what step 4 holds, not typed again', () => {
  it('R3 from the relative’s coordination statements; R5 from their view in the indirect-support proposal (named by the support) and their view statements', () => {
    assert.deepEqual(propose(gathered()), [
      {
        relativeId: 'eva',
        relativeWish: 'Eva vill prata med personalen om måltiderna.',
        view: 'Avlösning i hemmet: Vill få tid för egna aktiviteter.\nEva tycker att Sven behöver samma personal varje gång.',
        from: { statementIds: ['s-coord', 's-view'], indirectSupportIds: ['is-1'] },
      },
    ]);
  });

  it('is pure: the record is not changed and nothing is saved', () => {
    const record = gathered();
    const before = JSON.stringify(record);
    propose(record);
    assert.equal(JSON.stringify(record), before);
  });

  it('H3 and L2: an unconfirmed statement is never proposed', () => {
    const r = withStatement(readyRecord(), { id: 's-raw', kind: 'coordinationNeed', text: 'Obekräftad anteckning.', ...fromEva, qualityConfirmed: false });
    const [eva] = propose(r);
    assert.equal(eva?.relativeWish, undefined);
    assert.ok(!JSON.stringify(propose(r)).includes('Obekräftad'));
  });

  it('L2: nor one kept out of the personal file, volunteered, or gathered under a consent withdrawn since', () => {
    let r = readyRecord();
    r = withStatement(r, { id: 's-file', kind: 'coordinationNeed', text: 'Inte i akten.', ...fromEva, toPersonalFile: false });
    r = withStatement(r, { id: 's-vol', kind: 'coordinationNeed', text: 'Självmant.', ...fromEva, basis: { kind: 'volunteered' } });
    assert.equal(propose(r)[0]?.relativeWish, undefined);
    assert.equal(propose(withdraw(gathered(), 'c-info', TODAY))[0]?.relativeWish, undefined);
    // The person's own statements are not the relative's wish.
    r = withStatement(readyRecord(), { id: 's-person', kind: 'coordinationNeed', text: 'Sven vill att Eva är med.' });
    assert.equal(propose(r)[0]?.relativeWish, undefined);
  });

  it('C7: nothing is proposed for a relative without the person’s consent to share with the provider', () => {
    assert.deepEqual(propose(withdraw(gathered(), 'c-share', TODAY)), []);
  });

  it('H2: nothing is proposed for a legal representative who is not a relative', () => {
    let r = withRelative(gathered(), {
      id: 'nils',
      name: 'Nils Nilsson',
      relation: 'god man',
      isRelative: false,
      legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt', coversPersonalMatters: false },
    });
    r = withConsent(r, { scope: 'shareWithProvider', relativeId: 'nils' });
    r = withConsent(r, { id: 'c-info-nils', scope: 'provideInformation', relativeId: 'nils' });
    r = withStatement(r, { id: 's-nils', kind: 'coordinationNeed', text: 'Nils vill ha kopia.', ...fromEva, source: { kind: 'relative', relativeId: 'nils' }, basis: { kind: 'consent', consentId: 'c-info-nils' } });
    assert.deepEqual(propose(r).map((p) => p.relativeId), ['eva']);
  });

  it('the view on a support that was refused is not proposed', () => {
    const r = gathered();
    const refused = { ...r, assessment: { ...r.assessment!, decisions: r.assessment!.decisions.map((d) => (d.indirectSupportId ? { ...d, outcome: 'refused' as const } : d)) } };
    assert.equal(propose(refused)[0]?.view, 'Eva tycker att Sven behöver samma personal varje gång.');
  });
});

describe('H5: a follow-up that asks for an updated assignment proposes the next follow-up', () => {
  const sent = (): InvestigationRecord => {
    const result = issueAssignment(readyRecord(), testCatalogue, caseworker, '2026-03-01');
    assert.ok(result.ok);
    return result.record; // plan: follow up by 2026-09-01, 184 days after it was sent
  };
  const followUp = (record: InvestigationRecord, outcomeActions: FollowUp['outcomeActions']): InvestigationRecord => ({
    ...record,
    followUp: { startedAt: '2026-09-01', assignmentsAtStart: record.assignments.length, invitations: [], person: { supportGiven: 'yes', stillWantsRelativeSupport: [] }, relativeViews: [], outcomeActions },
  });

  it('as long from today as the last version’s follow-up was from the day it was sent', () => {
    assert.deepEqual(proposedFollowUp(followUp(sent(), ['updatedAssignment']), '2026-09-02'), { followUpWhen: '2027-03-05' });
  });

  it('nothing without that outcome, once the plan has been changed, or once the new version is sent', () => {
    assert.equal(proposedFollowUp(followUp(sent(), ['contactProvider']), '2026-09-02'), undefined);
    const requested = followUp(sent(), ['updatedAssignment']);
    assert.equal(proposedFollowUp({ ...requested, assignmentPlan: { ...requested.assignmentPlan!, followUpWhen: '2027-01-01' } }, '2026-09-02'), undefined);
    const changed = { ...requested, assignmentPlan: { ...requested.assignmentPlan!, followUpWhen: '2027-01-01' } };
    const again = issueAssignment(changed, testCatalogue, caseworker, '2026-09-02');
    assert.ok(again.ok);
    assert.equal(proposedFollowUp({ ...again.record, assignmentPlan: requested.assignmentPlan! }, '2026-09-02'), undefined);
  });

  it('no guess when the last version gave no date to count from', () => {
    const record = sent();
    const noDate = { ...record, assignments: record.assignments.map((a) => ({ ...a, followUp: { how: a.followUp.how } })), assignmentPlan: { ...record.assignmentPlan!, followUpWhen: undefined } };
    const { followUpWhen: _omit, ...plan } = noDate.assignmentPlan;
    assert.equal(proposedFollowUp(followUp({ ...noDate, assignmentPlan: plan }, ['updatedAssignment']), '2026-09-02'), undefined);
  });
});
