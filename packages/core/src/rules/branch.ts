/**
 * Steps 2/3: which branch a relative is in. `involve` once the person side consents to any form of
 * taking part (meetings, giving or receiving information) and C4 does not block; `equip` once the
 * person was asked and no such consent is in force (or C4 blocks: information, referral and an own
 * conversation stay possible); `undecided` before that. A relative moves from equip to involve as
 * soon as the person consents.
 */
import type { InvestigationRecord } from '../schema/index.js';
import { activeConsent, latestPersonSideDecision } from './consent.js';
import { violenceGate } from './violence.js';
import { findRelative } from './names.js';

export type RelativeBranch = 'undecided' | 'equip' | 'involve';

/** The three forms of taking part the person decides about in step 1 (C1). */
export const INVOLVEMENT_SCOPES = ['participate', 'provideInformation', 'receiveInformation'] as const;

export const relativeBranch = (record: InvestigationRecord, relativeId: string, today: string): RelativeBranch => {
  const relative = findRelative(record, relativeId);
  if (!relative) return 'undecided';
  const consented = INVOLVEMENT_SCOPES.some((scope) => activeConsent(record, relativeId, scope, today));
  if (consented && violenceGate(record, relativeId).allowed) return 'involve';
  const decided = INVOLVEMENT_SCOPES.some((scope) => latestPersonSideDecision(record, relativeId, scope, today));
  return consented || decided || relative.involvementAskedAt !== undefined ? 'equip' : 'undecided';
};
