/**
 * Every user action the statechart accepts. Elements send these; nothing else changes the record.
 * Naming: `<area>.<verb>`. New entities get ids from the core (see `record/ids.ts`), so events that
 * create something carry the data without an id; who recorded it and when come from the context.
 */
import type {
  Assessment,
  AssignmentPlan,
  CapacityJudgement,
  Caseworker,
  Catalogue,
  Consent,
  ExpressionSupport,
  FollowUp,
  IndirectSupportProposal,
  InformationLogEntry,
  InvestigationRecord,
  MeetingPlan,
  OwnConversation,
  OwnSupportNeed,
  Person,
  PlannedContact,
  Relative,
  RelativeRecord,
  RelativeStance,
  Statement,
  StepId,
  ViolenceConcern,
} from '../schema/index.js';
import type { OwnApplicationRequest } from '../rules/own-application.js';

export type Without<T, K extends keyof T> = Omit<T, K>;

export type InvestigationEvent =
  // Navigation: never blocked by missing optional data (guide, don't obstruct).
  | { type: 'nav.goTo'; step: StepId }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  // Step 1: the person and relatives
  /** Not the capacity judgement: it has its own event, which names who recorded it. */
  | { type: 'person.update'; patch: Partial<Without<Person, 'id' | 'capacityJudgement'>> }
  | { type: 'person.recordCapacityJudgement'; judgement: Without<CapacityJudgement, 'recordedBy'> }
  | { type: 'application.setConcernsRelative'; value: boolean }
  /** Without `relationCategory`, the core proposes one from the relation words (L3); without `isRelative`, a relative (H2). */
  | { type: 'relative.add'; relative: Without<Relative, 'id' | 'addedAt' | 'ownRecordId' | 'relationCategory' | 'isRelative'> & Partial<Pick<Relative, 'relationCategory' | 'isRelative'>> }
  /** Not the violence concern or "asked": they have their own events (judgements name who recorded them). */
  | { type: 'relative.update'; relativeId: string; patch: Partial<Without<Relative, 'id' | 'addedAt' | 'violenceConcern' | 'earlierViolenceConcerns' | 'involvementAskedAt' | 'ownRecordId'>> }
  /** Only a relative nothing refers to can be removed (added by mistake); otherwise rejected. */
  | { type: 'relative.remove'; relativeId: string }
  | { type: 'relative.markAsked'; relativeId: string }
  | { type: 'relative.raiseViolenceConcern'; relativeId: string; concern: Without<ViolenceConcern, 'judgement'> }
  | { type: 'relative.recordViolenceJudgement'; relativeId: string; text: string; allowsParticipation: boolean; allowsJointMeeting?: boolean }
  // Consent (C2, C3): give/decline creates a record; withdraw marks it, never deletes it
  | { type: 'consent.record'; consent: Without<Consent, 'id' | 'recordedBy' | 'withdrawnAt'> }
  /**
   * The person's decision about one relative (C1, C2), several ways of taking part in one save: each
   * answer a consent record, the relative marked as asked, all in one edit or none.
   */
  | { type: 'consent.recordDecision'; relativeId: string; consents: Without<Consent, 'id' | 'recordedBy' | 'withdrawnAt'>[] }
  | { type: 'consent.withdraw'; consentId: string; date?: string }
  // Step 2 and the relative's own record (kept apart from the person's)
  | { type: 'relativeRecord.update'; relativeId: string; patch: Partial<Without<RelativeRecord, 'id' | 'relativeId' | 'schemaVersion' | 'documentType'>> }
  /** Step 2: information given to the relative about support (appended; no consent needed, C9). */
  | { type: 'relativeRecord.addInformationGiven'; relativeId: string; entry: RelativeRecord['informationGiven'][number] }
  | { type: 'relativeRecord.addConversation'; relativeId: string; conversation: Without<OwnConversation, 'id'> }
  /** C8: the relative's own situation at follow-up; no consent needed, kept in the relative's own record. */
  | { type: 'relativeRecord.addOwnSituationFollowUp'; relativeId: string; entry: RelativeRecord['ownSituationFollowUp'][number] }
  | { type: 'relativeRecord.addOwnSupportNeed'; relativeId: string; need: Without<OwnSupportNeed, 'id' | 'recordedAt'> }
  /** C12: the relative chose to apply; the machine emits `ownApplicationRequested`. */
  | { type: 'relativeRecord.requestOwnApplication'; relativeId: string; needId: string; homeMunicipality: string }
  // Step 3
  | { type: 'expressionSupport.set'; value: ExpressionSupport }
  | { type: 'meetingPlan.set'; plan: MeetingPlan }
  // Step 4
  /** Also an answer to a question prompt (`kind: 'promptAnswer'` with `promptId`, L4). */
  | { type: 'statement.add'; statement: Without<Statement, 'id' | 'recordedAt' | 'recordedBy' | 'seq' | 'migratedFrom'> }
  /** `basis` only to state the basis of a format-version-1 prompt answer, which had none. */
  | { type: 'statement.update'; statementId: string; patch: Partial<Without<Statement, 'id' | 'source' | 'recordedBy' | 'seq' | 'migratedFrom' | 'kind' | 'promptId'>> }
  | { type: 'stance.set'; stance: RelativeStance }
  | { type: 'indirectSupport.propose'; proposal: Without<IndirectSupportProposal, 'id'> }
  | { type: 'indirectSupport.update'; proposalId: string; patch: Partial<Without<IndirectSupportProposal, 'id'>> }
  // Attention over time
  | { type: 'information.log'; entry: Without<InformationLogEntry, 'id' | 'recordedBy'> }
  | { type: 'contact.plan'; contact: Without<PlannedContact, 'id' | 'consentId' | 'done'> }
  | { type: 'contact.markDone'; contactId: string }
  // Assessment and decision (may come from the host)
  | { type: 'assessment.set'; assessment: Assessment }
  // Step 5
  | { type: 'assignmentPlan.set'; plan: AssignmentPlan }
  | { type: 'assignment.issue' }
  | { type: 'application.refuse'; note?: string }
  // Step 6 (a later phase on the same record)
  | { type: 'followUp.start' }
  | { type: 'followUp.update'; patch: Partial<Pick<FollowUp, 'person' | 'outcomeActions' | 'note'>> }
  /** C8: inviting a relative to the follow-up meeting needs consent `participateInFollowUp`. */
  | { type: 'followUp.invite'; relativeId: string }
  /** C8: the relative's view of the person's support; needs consent, which the core names. */
  | { type: 'followUp.recordRelativeView'; view: Without<FollowUp['relativeViews'][number], 'consentId'> }
  // Host inputs
  /** With `catalogue` when the host switches case and municipality at once: the pair is checked together. */
  | { type: 'host.restore'; record: unknown; relativeRecords?: unknown; catalogue?: unknown }
  /** Decided support from the host's case system; validated, stored with `source: 'host'`. */
  | { type: 'host.setAssessment'; assessment: unknown }
  | { type: 'host.setCatalogue'; catalogue: unknown }
  | { type: 'host.setCaseworker'; caseworker: Caseworker }
  | { type: 'host.setToday'; today: string };

export type InvestigationEventType = InvestigationEvent['type'];

/** What the machine emits (XState `emit`), turned into DOM events by the element. */
export type InvestigationEmitted =
  | { type: 'changed'; record: InvestigationRecord; relativeRecords: RelativeRecord[]; valid: boolean }
  | { type: 'stepChanged'; step: StepId; previousStep: StepId }
  | { type: 'consentChanged'; consent: Consent; change: 'given' | 'declined' | 'withdrawn' }
  /** C12: built from the relative's own record only; nothing about the person. */
  | { type: 'ownApplicationRequested'; request: OwnApplicationRequest }
  | { type: 'assignmentIssued'; assignment: import('../schema/index.js').Assignment }
  | { type: 'completed'; record: InvestigationRecord; outcome: 'assigned' | 'refused' }
  /** An event the rules refused (consent gate) or input that failed validation; nothing changed. */
  | { type: 'rejected'; event: InvestigationEventType; reason: import('../messages/codes.js').Message; issues: import('../schema/index.js').ValidationIssue[]; input?: unknown };

export type { Catalogue };
