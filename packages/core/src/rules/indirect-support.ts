/**
 * C6: a support that also relieves a relative (indirekt stöd). For an adult relative both the
 * person side and the relative (`givenBy: 'relative'`) consent, and both views are recorded.
 * The marker (M2) applies only then. If the relative declines, the support itself can still be
 * decided; only the marker is dropped.
 *
 * A child relative cannot give that consent: seed 003 requires both consents "när det gäller vuxna
 * personer", and for a child the child perspective applies instead. So for a child relative the
 * marker needs the person side's consent, the child's views heard (`childViews`, which also count
 * as the relative's view), and no "no" from the child; missing child views are a warning too.
 */
import type { Consent, IndirectSupportProposal, InvestigationRecord } from '../schema/index.js';
import { activeConsent, activeRelativeConsent, latestPersonSideDecision, relativeHasDeclined } from './consent.js';
import { findRelative, nameParam, isFilled } from './names.js';
import { message, type Message } from '../messages/codes.js';

export interface IndirectSupportStatus {
  proposalId: string;
  relativeId: string;
  /** The person side's consent in force, if any. */
  personConsent?: Consent;
  /** The relative's own consent in force, if any. */
  relativeConsent?: Consent;
  /** The relative explicitly said no: the support can still be decided without the marker. */
  relativeDeclined: boolean;
  /** Both sides consent (for a child relative: the person side consents and the child did not say no). */
  agreed: boolean;
  /** The parties do not agree: one side said no, or the handläggare recorded a continued search. */
  disagreement: boolean;
  /** The relative is under 18: the child perspective applies (C11). */
  childRelative: boolean;
  /** Both views are recorded (for a child relative, the child's views count as its view). */
  viewsRecorded: boolean;
  /** C6 met: the support may be marked as indirect support in the assignment (M2). */
  markerApplies: boolean;
  /** What is still missing for the marker, as codes with parameters (`indirect.*`). */
  missing: Message[];
}


export const findProposal = (record: InvestigationRecord, proposalId: string): IndirectSupportProposal | undefined =>
  record.indirectSupport.find((p) => p.id === proposalId);

export const indirectSupportStatus = (
  record: InvestigationRecord,
  proposalId: string,
  today: string,
): IndirectSupportStatus | undefined => {
  const proposal = findProposal(record, proposalId);
  if (!proposal) return undefined;
  const relative = findRelative(record, proposal.relativeId);
  const name = nameParam(relative);
  const childRelative = relative?.isChild ?? false;
  const personConsent = activeConsent(record, proposal.relativeId, 'indirectSupport', today);
  const relativeConsent = activeRelativeConsent(record, proposal.relativeId, 'indirectSupport', today);
  const relativeDeclined = relativeHasDeclined(record, proposal.relativeId, 'indirectSupport', today) !== undefined;
  const personDeclined = latestPersonSideDecision(record, proposal.relativeId, 'indirectSupport', today)?.status === 'declined';
  const relativeSideOk = childRelative ? !relativeDeclined : relativeConsent !== undefined;
  const agreed = personConsent !== undefined && relativeSideOk;
  const relativeViewRecorded = isFilled(proposal.relativeView) || (childRelative && isFilled(proposal.childViews));
  const viewsRecorded = isFilled(proposal.personView) && relativeViewRecorded;
  const disagreement = relativeDeclined || personDeclined || isFilled(proposal.continuedSearch);

  const missing: Message[] = [];
  if (!personConsent) missing.push(message('indirect.personConsent'));
  if (!childRelative && !relativeConsent) missing.push(message('indirect.relativeConsent', name));
  if (childRelative && relativeDeclined) missing.push(message('indirect.childDeclined', name));
  if (!isFilled(proposal.personView)) missing.push(message('indirect.personViews'));
  if (!relativeViewRecorded) missing.push(message('indirect.relativeViews', { ...name, child: childRelative }));

  return {
    proposalId,
    relativeId: proposal.relativeId,
    ...(personConsent ? { personConsent } : {}),
    ...(relativeConsent ? { relativeConsent } : {}),
    relativeDeclined,
    agreed,
    disagreement,
    childRelative,
    viewsRecorded,
    markerApplies: agreed && viewsRecorded,
    missing,
  };
};
