/** C7: R1–R5 about a relative go to the provider only with consent `shareWithProvider`. */
import type { InvestigationRecord } from '../schema/index.js';
import { consentGate } from './consent.js';
import type { Gate } from './types.js';

export const canShareWithProvider = (record: InvestigationRecord, relativeId: string, today: string): Gate =>
  consentGate(record, relativeId, 'shareWithProvider', today);
