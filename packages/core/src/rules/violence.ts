/**
 * C4: a concern about violence, threats or coercion in the relationship (either direction) blocks
 * joint meetings and the relative's part in the investigation until a documented judgement allows
 * it. It never blocks information, referral or an own conversation for the relative (no gate).
 */
import type { InvestigationRecord } from '../schema/index.js';
import { consentGate } from './consent.js';
import { allow, deny, type Gate } from './types.js';
import { findRelative, relativeName } from './names.js';

/** The C4 part alone: allowed unless a concern lacks a judgement that allows participation. */
export const violenceGate = (record: InvestigationRecord, relativeId: string): Gate => {
  const relative = findRelative(record, relativeId);
  if (!relative) return deny('unknownRelative', 'Den anhöriga finns inte i utredningen.', relativeId);
  const concern = relative.violenceConcern;
  if (!concern) return allow();
  const name = relativeName(relative);
  if (!concern.judgement)
    return deny(
      'violenceConcern',
      `Det finns en oro för våld, hot eller tvång i relationen med ${name}. ${name} kan inte delta i utredningen förrän en bedömning är dokumenterad; följ kommunens rutin. Information, hänvisning och eget samtal för ${name} är fortfarande möjligt.`,
      relativeId,
    );
  if (!concern.judgement.allowsParticipation)
    return deny(
      'violenceJudgement',
      `Enligt den dokumenterade bedömningen ${concern.judgement.date} deltar ${name} inte i utredningen. Information, hänvisning och eget samtal för ${name} är fortfarande möjligt.`,
      relativeId,
    );
  return allow();
};

/** A joint meeting needs consent to participate (C1) and no open violence concern (C4). */
export const canPlanJointMeeting = (record: InvestigationRecord, relativeId: string, today: string): Gate => {
  const c4 = violenceGate(record, relativeId);
  if (!c4.allowed) return c4;
  return consentGate(record, relativeId, 'participate', today);
};
