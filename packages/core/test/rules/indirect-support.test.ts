import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indirectSupportStatus, stepWarnings } from '../../src/rules/index.js';
import { TODAY, makeRecord, readyRecord, testCatalogue, withConsent, withProposal, withRelative } from '../fixtures/records.js';
import { sv } from '../support/sv.js';

const adult = () => withProposal(withRelative(makeRecord(), { id: 'eva', name: 'Eva', livesWithPerson: true }), { id: 'is-1', relativeId: 'eva' });

describe('C6: indirect support needs both the person\'s and the relative\'s consent, and both views', () => {
  it('the marker applies when both consent and both views are recorded', () => {
    const status = indirectSupportStatus(readyRecord(), 'is-1', TODAY);
    assert.equal(status?.agreed, true);
    assert.equal(status?.markerApplies, true);
  });
  it('the person\'s consent alone is not enough for an adult relative', () => {
    const r = withConsent(adult(), { scope: 'indirectSupport', relativeId: 'eva' });
    const status = indirectSupportStatus(r, 'is-1', TODAY);
    assert.equal(status?.markerApplies, false);
    assert.ok(status?.missing.map(sv).includes('Evas eget samtycke till det indirekta stödet'));
  });
  it('the relative\'s consent alone is not enough', () => {
    const r = withConsent(adult(), { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative' });
    assert.equal(indirectSupportStatus(r, 'is-1', TODAY)?.markerApplies, false);
  });
  it('without both views the marker does not apply, even with both consents', () => {
    let r = withConsent(adult(), { scope: 'indirectSupport', relativeId: 'eva' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative' });
    r = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, relativeView: '' })) };
    const status = indirectSupportStatus(r, 'is-1', TODAY);
    assert.equal(status?.agreed, true);
    assert.equal(status?.viewsRecorded, false);
    assert.equal(status?.markerApplies, false);
  });
  it('if the relative declines, it is a disagreement and the marker is dropped (the support itself is unaffected)', () => {
    let r = withConsent(adult(), { scope: 'indirectSupport', relativeId: 'eva' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative', status: 'declined' });
    const status = indirectSupportStatus(r, 'is-1', TODAY);
    assert.equal(status?.relativeDeclined, true);
    assert.equal(status?.disagreement, true);
    assert.equal(status?.markerApplies, false);
  });
  it('a disagreement without a recorded continued search is a warning, not a block', () => {
    let r = withConsent(adult(), { scope: 'indirectSupport', relativeId: 'eva', status: 'declined' });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'eva', givenBy: 'relative' });
    const codes = () => stepWarnings(r, [], testCatalogue, TODAY).gather.map((w) => w.code);
    assert.ok(codes().includes('indirectSupportDisagreement'));
    r = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, continuedSearch: 'Nytt samtal bokat med båda.' })) };
    assert.ok(!codes().includes('indirectSupportDisagreement'));
  });
  it('for a child relative the child\'s views are asked for (warning), and the child\'s "no" drops the marker', () => {
    let r = withProposal(withRelative(makeRecord(), { id: 'kim', name: 'Kim', isChild: true, livesWithPerson: true }), {
      id: 'is-1', relativeId: 'kim', relativeView: '', childViews: '',
    });
    r = withConsent(r, { scope: 'indirectSupport', relativeId: 'kim' });
    const status = indirectSupportStatus(r, 'is-1', TODAY);
    assert.equal(status?.childRelative, true);
    assert.equal(status?.markerApplies, false);
    assert.ok(stepWarnings(r, [], testCatalogue, TODAY).gather.some((w) => w.code === 'indirectSupportChildViews'));
    const heard = { ...r, indirectSupport: r.indirectSupport.map((p) => ({ ...p, childViews: 'Kim vill ha mer tid med kompisar.' })) };
    assert.equal(indirectSupportStatus(heard, 'is-1', TODAY)?.markerApplies, true);
    const declined = withConsent(heard, { scope: 'indirectSupport', relativeId: 'kim', givenBy: 'relative', status: 'declined' });
    assert.equal(indirectSupportStatus(declined, 'is-1', TODAY)?.markerApplies, false);
  });
  it('an unknown proposal gives undefined', () => {
    assert.equal(indirectSupportStatus(readyRecord(), 'nope', TODAY), undefined);
  });
});
