/**
 * Steps 2/3: which branch a relative is in. `involve` once the person side consents to any form of
 * taking part (meetings, giving or receiving information) and C4 does not block; `equip` once the
 * person was asked and no such consent is in force (or C4 blocks: information, referral and an own
 * conversation stay possible); `undecided` before that. A relative moves from equip to involve as
 * soon as the person consents.
 */
import type { InvestigationRecord, Relative } from '../schema/index.js';
import { activeConsent, latestPersonSideDecision } from './consent.js';
import { violenceGate } from './violence.js';
import { findRelative } from './names.js';

export type RelativeBranch = 'undecided' | 'equip' | 'involve';

/** The three forms of taking part the person decides about in step 1 (C1). */
export const INVOLVEMENT_SCOPES = ['participate', 'provideInformation', 'receiveInformation'] as const;

/** H2: a legal representative who is not a relative is never in step 2 or 3 (`undecided` throughout). */
export const relativeBranch = (record: InvestigationRecord, relativeId: string, today: string): RelativeBranch => {
  const relative = findRelative(record, relativeId);
  if (!relative?.isRelative) return 'undecided';
  const consented = INVOLVEMENT_SCOPES.some((scope) => activeConsent(record, relativeId, scope, today));
  if (consented && violenceGate(record, relativeId).allowed) return 'involve';
  const decided = INVOLVEMENT_SCOPES.some((scope) => latestPersonSideDecision(record, relativeId, scope, today));
  return consented || decided || relative.involvementAskedAt !== undefined ? 'equip' : 'undecided';
};

/** H1: the relatives the person has not yet been asked about (never a legal representative outside the family, H2). */
export const relativesNotAsked = (record: InvestigationRecord, today: string): Relative[] =>
  record.relatives.filter((r) => r.isRelative && relativeBranch(record, r.id, today) === 'undecided');

/**
 * The relatives a per-relative step is about. Step 2: those in the equip branch. Step 3: those the
 * person wants involved, including one whose part waits for a C4 judgement (shown there with the
 * reason; information, referral and an own conversation stay open in step 2 too).
 */
export const relativesInStep = (record: InvestigationRecord, step: 'equip' | 'involve', today: string): Relative[] =>
  record.relatives.filter((r) => {
    if (!r.isRelative) return false;
    const branch = relativeBranch(record, r.id, today);
    if (step === 'equip') return branch === 'equip';
    return branch === 'involve' || (INVOLVEMENT_SCOPES.some((scope) => activeConsent(record, r.id, scope, today)) && !violenceGate(record, r.id).allowed);
  });

