/**
 * C9: information, referral and an own conversation for a relative who is present or made
 * contact need no consent (no gate). Reaching out on the handläggare's own initiative does.
 */
import type { InvestigationRecord } from '../schema/index.js';
import { consentGate } from './consent.js';
import type { Gate } from './types.js';

export const canPlanLaterContact = (record: InvestigationRecord, relativeId: string, today: string): Gate =>
  consentGate(record, relativeId, 'laterContact', today);
