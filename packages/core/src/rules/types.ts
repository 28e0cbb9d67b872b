/** Shared result types of the consent engine (docs/architecture.md, "Consent engine"). */
import type { Consent, ConsentScope } from '../schema/index.js';
import type { Message } from '../messages/codes.js';

export type GateCode =
  | 'unknownRelative' // the relative id is not in the record
  | 'consentMissing' // no consent recorded for that relative and scope
  | 'consentDeclined' // the person (or guardian/representative) said no
  | 'consentWithdrawn' // there was a consent, it is withdrawn (C3)
  | 'consentExpired' // there was a consent, its validity ended
  | 'entitlementEnded' // T1: a guardian's consent, and the person has turned 18
  | 'relativeDeclined' // the relative does not want to take part (voluntary)
  | 'violenceConcern' // C4: concern without a documented judgement
  | 'violenceJudgement' // C4: the documented judgement says the relative does not take part
  | 'notEntitled' // C2/C5: this giver may not consent for this scope
  | 'sipObjection' // C14: the person objects
  | 'statementBasis'; // C10: a statement without a valid source/basis

export type Gate =
  | { allowed: true; consent?: Consent }
  | {
      allowed: false;
      code: GateCode;
      /** Why, as a code with parameters (`@anhorig/core/messages/sv` and `/en` hold the sentences). */
      reason: Message;
      relativeId: string;
      missingScope?: ConsentScope;
    };

/**
 * A reminder of what is left in a step; never blocks (guide, don't obstruct). Its `code` and
 * `params` are a `Message` (the sentences are in `@anhorig/core/messages/sv` and `/en`).
 */
export type Warning = Message & {
  /** Dotted path into the record, when the warning is about one field. */
  path?: string;
  /** The relative the warning is about, so a view can gather one relative's warnings in one place. */
  relativeId?: string;
};

export const allow = (consent?: Consent): Gate => (consent ? { allowed: true, consent } : { allowed: true });

export const deny = (
  code: GateCode,
  reason: Message,
  relativeId: string,
  missingScope?: ConsentScope,
): Gate => (missingScope ? { allowed: false, code, reason, relativeId, missingScope } : { allowed: false, code, reason, relativeId });
