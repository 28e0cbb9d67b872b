/**
 * What the core says, as codes with parameters, never as sentences (issue 11). Every gate refusal,
 * warning, validation issue, machine refusal and prompt is a `Message` (or, for a gate or a refusal,
 * carries one as `reason`): a `code` from the table below and the `params` its sentence needs (names,
 * dates, scopes, ids). The sentences live in `@anhorig/core/messages/sv` and `@anhorig/core/messages/en`,
 * which nothing else in the core imports; each is a `MessageTable`, so a table that misses a code or
 * reads a parameter that is not there does not compile.
 *
 * Names (`name`) are the relative's name as the person chose it; left out where the relative is not
 * known ("den anhöriga", "the relative"). Catalogue names (life areas, support types) are the
 * municipality's own words and are passed as they are.
 */
import type { ConsentGiver, ConsentScope, RField } from '../schema/index.js';

/** Who consents about the person's information (C2, C5): the subject of many gate messages. */
export type ConsentSubject = 'person' | 'guardian' | 'legalRepresentative';
/** Who should look at a consent again after the person's situation changed (T1). */
export type ReviewBy = ConsentGiver | 'capacityJudgement';
/** A document whose format version is checked on load. */
export type DocumentKind = 'record' | 'relativeRecord' | 'assignment';
/** What a value was, for a message about a value of the wrong kind. */
export type ValueKind = 'nothing' | 'list' | 'text' | 'number' | 'boolean' | 'other';

interface Named {
  /** The relative's name as the person chose it; absent when the relative is not known. */
  name?: string;
}
interface ScopeNamed extends Named {
  scope: ConsentScope;
}

/** A reference issue (`code: 'reference'`): which rule between the parts of a document was broken. */
export type ReferenceParams =
  | { rule: 'duplicateId'; id: string }
  | { rule: 'retiredId'; id: string }
  | { rule: 'unknownRelative'; id: string }
  | { rule: 'unknownConsent'; id: string }
  | { rule: 'unknownProposal'; id: string }
  | { rule: 'unknownDecision'; id: string }
  | { rule: 'relativeConsentWithSituation' }
  | { rule: 'consentSituationMissing' }
  | { rule: 'consentSeq' }
  | { rule: 'withdrawnSeqWithoutDate' }
  | { rule: 'representativeWithoutMandate' }
  | { rule: 'ageBand' }
  | { rule: 'promptId' }
  | { rule: 'statementUnrecorded' }
  | { rule: 'notRecordedBasis' }
  | { rule: 'statementSeq' }
  | { rule: 'personBasis' }
  | { rule: 'otherBasis' }
  | { rule: 'catalogueLifeArea'; id: string }
  | { rule: 'catalogueSupportType'; id: string }
  | { rule: 'ownRecordUnknownRelative'; id: string }
  | { rule: 'ownRecordOtherInvestigation' }
  | { rule: 'ownRecordDuplicate'; id: string };

/** A format version problem (`code: 'schema_version'`). */
export type SchemaVersionParams = { document: DocumentKind } & (
  | { problem: 'notObject'; actual: ValueKind }
  | { problem: 'missing' }
  | { problem: 'invalid'; value: string }
  | { problem: 'newer'; version: number; current: number }
  | { problem: 'noMigration'; version: number }
);

/** A catalogue gap found when the assignment is derived (`code: 'catalogue'`). */
export type CatalogueGapParams =
  | { missing: 'lifeArea'; id: string }
  | { missing: 'supportType'; id: string }
  | { missing: 'markerArea' }
  | { missing: 'indirectGoal' };

/** Every code the core speaks in, with the parameters its sentence needs. */
export interface MessageParams {
  // Gate refusals (C1–C14): `Gate.reason` of a refused gate.
  'relative.unknown': Record<string, never>;
  'consent.entitlementEnded': ScopeNamed & { date: string; subject: ConsentSubject };
  'consent.declined': ScopeNamed & { giver: ConsentGiver };
  'consent.withdrawn': ScopeNamed & { date?: string };
  'consent.expired': ScopeNamed & { validUntil: string };
  'consent.unentitledGiver': ScopeNamed & { subject: ConsentSubject };
  'consent.noRepresentative': ScopeNamed & { judgementRecorded: boolean };
  'consent.missing': ScopeNamed & { subject: ConsentSubject; judgementRecorded: boolean };
  'consent.relativeDecidesOwnOnly': ScopeNamed & { subject: ConsentSubject };
  'consent.guardianForAdult': Record<string, never>;
  'consent.personIsMinor': Record<string, never>;
  'consent.personCannotTakePosition': Record<string, never>;
  'consent.representativeNotRegistered': { givenByName: string };
  'consent.representativeNotNamed': Record<string, never>;
  'representative.notRegistered': Named;
  'representative.personIsMinor': Record<string, never>;
  'representative.personCanTakePosition': Named;
  'representative.mandateNotPersonal': Named;
  'relative.declined': Named & { activity: 'investigation' | 'sip' | 'followUp' };
  'violence.concern': Named;
  'violence.judgementExcludes': Named & { date: string };
  'violence.separateOnly': Named & { date: string };
  'sip.objection': Named & { subject: ConsentSubject };
  'statement.personBasisOwn': Record<string, never>;
  'statement.unknownRelative': Record<string, never>;
  'statement.basisMissing': Named;
  'statement.basisNotRecorded': Named;
  'statement.caseSystemConsent': Named;
  'statement.consentNotFound': Record<string, never>;
  'statement.noValidConsent': Named & { recordedAt?: string };

  // Machine refusals (guards, edits, navigation, host input): `Rejection.reason`.
  'statement.qualityFirst': Record<string, never>;
  'statement.notFound': Record<string, never>;
  'assignment.minimumMissing': Record<string, never>;
  'assignment.unchanged': { version: number };
  'relatives.closed': Record<string, never>;
  'relative.hasReferences': Record<string, never>;
  'followUp.notOpen': Record<string, never>;
  'followUp.notStarted': Record<string, never>;
  'followUp.noActionWithOthers': Record<string, never>;
  'followUp.consentMissing': Record<string, never>;
  'application.grantedExists': Record<string, never>;
  'investigation.complete': Record<string, never>;
  'action.notAllowed': Record<string, never>;
  'edit.invalid': Record<string, never>;
  'record.notLoaded': Record<string, never>;
  'nav.noSuchStep': Record<string, never>;
  'nav.noNext': Record<string, never>;
  'nav.noPrevious': Record<string, never>;
  'caseworker.missing': Record<string, never>;
  'violence.noConcern': Record<string, never>;
  'consent.recordWithdrawn': Record<string, never>;
  'consent.dateInFuture': { date: string };
  'consent.validUntilBeforeDate': Record<string, never>;
  'consent.notFound': Record<string, never>;
  'consent.decisionEmpty': Record<string, never>;
  'consent.decisionOtherRelative': Record<string, never>;
  'consent.alreadyExpired': { validUntil?: string };
  'consent.nothingToWithdraw': Record<string, never>;
  'consent.withdrawalInFuture': { date: string };
  'consent.withdrawalBeforeDate': Record<string, never>;
  'ownApplication.homeMunicipalityMissing': Record<string, never>;
  'ownApplication.needNotFound': Record<string, never>;
  'indirectSupport.notFound': Record<string, never>;
  'laterContact.consentMissing': Record<string, never>;
  'laterContact.dateInPast': { today: string };
  'laterContact.notFound': Record<string, never>;
  'host.restore': Record<string, never>;
  'host.setCatalogue': Record<string, never>;
  'host.setAssessment': Record<string, never>;
  'host.setCaseworker': Record<string, never>;
  'host.setToday': Record<string, never>;

  // T1: a consent to review (`ConsentReview.notice`).
  'review.turned18': ScopeNamed & { adultFrom?: string; given: string; reviewBy: ReviewBy };
  'review.cannotTakePosition': ScopeNamed & { given: string; reviewBy: ReviewBy };
  'review.canTakePositionAgain': ScopeNamed & { given: string; reviewBy: ReviewBy };
  'review.mandateEnded': ScopeNamed & { representative?: string; given: string; reviewBy: ReviewBy };

  // C3: what a withdrawal does (`WithdrawalImpact.notices`).
  'withdrawal.effective': ScopeNamed & { date: string };
  'withdrawal.fieldLeaves': Named & { field: RField };
  'withdrawal.supportTextLeaves': Named;
  'withdrawal.markerLeaves': Named & { supportType: string };
  'withdrawal.statementsMarked': { count: number };
  'withdrawal.sendUpdate': Record<string, never>;

  // C6: what an indirect-support proposal lacks (`IndirectSupportStatus.missing`).
  'indirect.personConsent': Record<string, never>;
  'indirect.relativeConsent': Named;
  'indirect.childDeclined': Named;
  'indirect.personViews': Record<string, never>;
  'indirect.relativeViews': Named & { child: boolean };

  // C11: the child perspective (`ChildPerspectiveFlag.prompt`).
  'child.perspective': Named;

  // Step warnings (`Warning.code`): the codes are the warnings' own.
  childViewsMissing: Record<string, never>;
  capacityUnknown: Record<string, never>;
  capacityJudgementMissing: Record<string, never>;
  consentReview: { review: Message };
  violenceJudgementMissing: Named;
  violenceRoutine: Named;
  relativeNotAsked: Named;
  relativeNotInformed: Named;
  equipInformation: Named;
  equipOwnConversation: Named;
  equipReferral: Named;
  childOwnSupport: Named;
  meetingPlanMissing: Named;
  invitationNotSent: Named;
  jointMeetingViolence: Named & { reason: Message };
  jointInvitationRuledOut: Named & { date: string };
  expressionReflection: Record<string, never>;
  supporterConsent: Record<string, never>;
  supporterSuitability: Record<string, never>;
  lifeAreaEmpty: { lifeAreas: string[] };
  statementBasis: { reason: Message };
  statementQuality: Record<string, never>;
  hearCohabitant: Named;
  stanceMissing: Named;
  sipConsider: Named;
  indirectSupportIncomplete: Named & { missing: Message[] };
  indirectSupportDisagreement: Named;
  indirectSupportChildViews: Named;
  indirectSupportLivingTogether: Named & { supportType: string };
  needsAssessmentMissing: Record<string, never>;
  decisionsMissing: Record<string, never>;
  goalMissing: Record<string, never>;
  followUpHowMissing: Record<string, never>;
  followUpWhenMissing: Record<string, never>;
  assignmentOutdated: { cause: 'withdrawn' | 'turned18' | 'expired'; issuedAt: string };
  assignmentUpdateRequested: Record<string, never>;
  followUpSupportGiven: Record<string, never>;
  followUpInvitationConsent: { reason: Message };
  followUpViewConsent: { reason: Message };
  followUpStillWants: Named;
  followUpRelief: Named;
  followUpOutcome: Record<string, never>;

  // Validation issues (`ValidationIssue.code`): zod's issue codes, with what the sentence needs.
  invalid_type: { expected: string; missing: boolean } | { list: 'relativeRecords' };
  too_small: { origin: string; minimum: number };
  too_big: { origin: string; maximum: number };
  invalid_format: { format: string };
  invalid_value: { values: string[]; empty: boolean };
  unrecognized_keys: { keys: string[] };
  invalid_union: Record<string, never>;
  invalid_key: Record<string, never>;
  invalid_element: Record<string, never>;
  not_multiple_of: Record<string, never>;
  custom: Record<string, never>;
  reference: ReferenceParams;
  schema_version: SchemaVersionParams;
  // M1–M4: what an assignment needs before it can be derived (`assignmentReadiness`).
  M1: Record<string, never>;
  M2: Record<string, never>;
  M3: { supportType: string; indirect: boolean };
  M4: Record<string, never>;
  catalogue: CatalogueGapParams;
}

export type MessageCode = keyof MessageParams;

/** A code with its parameters: what the core says instead of a sentence. */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { code: K; params: MessageParams[K] } }[C];

/** One language's sentences: one function per code. */
export type MessageTable = { readonly [C in MessageCode]: (params: MessageParams[C]) => string };

/** Build a message (the compiler checks the parameters against the code). */
export const message = <C extends MessageCode>(code: C, ...rest: MessageParams[C] extends Record<string, never> ? [] : [params: MessageParams[C]]): Message<C> =>
  ({ code, params: rest[0] ?? {} }) as Message<C>;

/** The sentence for a message in one language's table. */
export const formatMessage = (table: MessageTable, { code, params }: Message): string =>
  (table[code] as (p: unknown) => string)(params);
