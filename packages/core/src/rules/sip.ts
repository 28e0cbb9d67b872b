/**
 * C14: SIP is objection-based, not opt-in. A relative may take part unless the person side has an
 * objection in force (a `declined` record of scope `sip`, dated on or before today, not withdrawn,
 * not past `validUntil`). The relative's own "no" is respected too (voluntary), and C4 applies.
 */
import type { Consent, InvestigationRecord } from '../schema/index.js';
import { before, onOrBefore } from './dates.js';
import { defaultPersonSideGiver, latestPersonSideDecision, relativeHasDeclined } from './consent.js';
import { violenceGate } from './violence.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

const objectionInForce = (objection: Consent, today: string): boolean =>
  objection.status === 'declined' &&
  onOrBefore(objection.date, today) &&
  (objection.withdrawnAt === undefined || before(today, objection.withdrawnAt)) &&
  (objection.validUntil === undefined || onOrBefore(today, objection.validUntil));

export const canTakePartInSip = (record: InvestigationRecord, relativeId: string, today: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', message('relative.unknown'), relativeId, 'sip');
  const name = nameParam(relative);
  const decision = latestPersonSideDecision(record, relativeId, 'sip', today);
  if (decision && objectionInForce(decision, today))
    return deny('sipObjection', message('sip.objection', { ...name, subject: defaultPersonSideGiver(record) }), relativeId, 'sip');
  const c4 = violenceGate(record, relativeId);
  if (!c4.allowed) return c4;
  if (relativeHasDeclined(record, relativeId, 'sip', today))
    return deny('relativeDeclined', message('relative.declined', { ...name, activity: 'sip' }), relativeId);
  return allow();
};

