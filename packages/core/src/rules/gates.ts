/**
 * C1: gathering information from a relative, involving them in meetings and giving them
 * information about the person each need the person's consent for that relative and scope.
 * C4 applies on top: a violence concern without a judgement blocks the relative's part.
 * Volunteered information needs no gate; it is documented as such and checked under C10.
 */
import type { ConsentScope, InvestigationRecord } from '../schema/index.js';
import { consentGate, relativeHasDeclined } from './consent.js';
import { violenceGate } from './violence.js';
import { deny, type Gate } from './types.js';
import { findRelative, nameParam } from './names.js';
import { message } from '../messages/codes.js';

const withViolenceCheck = (record: InvestigationRecord, relativeId: string, scope: ConsentScope, today: string): Gate => {
  const consent = consentGate(record, relativeId, scope, today);
  if (!consent.allowed) return consent;
  const c4 = violenceGate(record, relativeId);
  return c4.allowed ? consent : c4;
};

export const canGatherFrom = (record: InvestigationRecord, relativeId: string, today: string): Gate =>
  withViolenceCheck(record, relativeId, 'provideInformation', today);

export const canInvolveInMeetings = (record: InvestigationRecord, relativeId: string, today: string): Gate => {
  const gate = withViolenceCheck(record, relativeId, 'participate', today);
  if (!gate.allowed) return gate;
  // The relative's own "no" to taking part: their effort is voluntary.
  if (relativeHasDeclined(record, relativeId, 'participate', today))
    return deny('relativeDeclined', message('relative.declined', { ...nameParam(findRelative(record, relativeId)), activity: 'investigation' }), relativeId);
  return gate;
};

export const canShareInformationWith = (record: InvestigationRecord, relativeId: string, today: string): Gate =>
  withViolenceCheck(record, relativeId, 'receiveInformation', today);
