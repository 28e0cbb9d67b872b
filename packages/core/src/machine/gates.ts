/**
 * The machine's guards, each backed by the consent engine. A guard answers "may this event change
 * the record?"; the same function gives the coded reason when it may not, so the UI can say which
 * consent is missing and offer to record it. Only these block; missing optional data never does.
 */
import type { InvestigationRecord, Statement, ValidationIssue } from '../schema/index.js';
import { mayGiveConsent } from '../rules/consent.js';
import { canGatherFrom, canInvolveInMeetings, canShareInformationWith } from '../rules/gates.js';
import { canPlanJointMeeting } from '../rules/violence.js';
import { canPlanLaterContact } from '../rules/later-contact.js';
import { canTakePartInFollowUp } from '../rules/follow-up.js';
import { checkStatementBasis, mayEnterPersonalFile } from '../rules/statements.js';
import { assignmentReadiness } from '../assignment/readiness.js';
import { grantedDecisions } from '../assignment/items.js';
import type { Gate } from '../rules/types.js';
import type { InvestigationContext } from './context.js';
import { patchedStatement } from './edits/gathering.js';
import type { InvestigationEvent } from './events.js';
import { message, type Message } from '../messages/codes.js';

export interface GuardFailure {
  reason: Message;
  issues?: ValidationIssue[];
}

type Check = (context: InvestigationContext, event: InvestigationEvent) => GuardFailure | undefined;


const fromGate = (gate: Gate): GuardFailure | undefined => (gate.allowed ? undefined : { reason: gate.reason });

/** The decision is made: a decision date and at least one decided support (an assessment alone is not a decision). */
export const isDecided = (record: InvestigationRecord): boolean =>
  record.assessment?.decidedAt !== undefined && record.assessment.decisions.length > 0;


/**
 * C1, C4, C10 for a statement as it would be stored. Gathering (`gathering: true`) needs the consent in
 * force today; a later edit of a statement lawfully gathered before a withdrawal is still allowed (C3).
 */
const statementCheck = (context: InvestigationContext, statement: Statement, gathering: boolean): GuardFailure | undefined => {
  const { record, today } = context;
  if (gathering && statement.source.kind === 'relative' && statement.basis.kind === 'consent') {
    const gather = fromGate(canGatherFrom(record, statement.source.relativeId, today));
    if (gather) return gather;
  }
  const basis = fromGate(checkStatementBasis(record, statement, today));
  if (basis) return basis;
  return mayEnterPersonalFile(statement) || !statement.toPersonalFile ? undefined : { reason: message('statement.qualityFirst') };
};

const PLACEHOLDER = { recordedBy: { id: '-', name: '-' } } as const;

export const checks = {
  /** C2, C5: the giver may consent to this scope (the person, a guardian, a representative, the relative). */
  entitledToConsent: (context, event) => {
    const consents = event.type === 'consent.record' ? [event.consent] : event.type === 'consent.recordDecision' ? event.consents : [];
    for (const { givenBy, scope, relativeId, givenByName } of consents) {
      const refusal = fromGate(mayGiveConsent(context.record, givenBy, scope, relativeId, givenByName));
      if (refusal) return refusal;
    }
    return undefined;
  },
  /** C1, C4, C10: gathering from a relative needs consent in force; the personal file needs confirmed quality. */
  mayRecordStatement: (context, event) => {
    if (event.type === 'statement.add')
      return statementCheck(context, { ...event.statement, id: '-', recordedAt: context.today, ...PLACEHOLDER }, true);
    if (event.type === 'statement.update') {
      const current = context.record.statements.find((s) => s.id === event.statementId);
      // The statement as the edit would store it (facts of a statement are kept; see edits/gathering.ts).
      return current ? statementCheck(context, patchedStatement(current, event.patch), false) : undefined;
    }
    return undefined;
  },
  /** C1 and C4: a relative's part in meetings; a joint meeting also needs no open violence concern. */
  mayPlanMeeting: (context, event) => {
    if (event.type !== 'meetingPlan.set') return undefined;
    const { record, today } = context;
    const { relativeId, format } = event.plan;
    return fromGate(format === 'joint' ? canPlanJointMeeting(record, relativeId, today) : canInvolveInMeetings(record, relativeId, today));
  },
  /** L5: telling a relative about the person's own rights tells them about the person (C1); general information needs nothing (C9). */
  mayInformRelative: (context, event) => {
    if (event.type !== 'information.log' || !event.entry.items.includes('personRights')) return undefined;
    return fromGate(canShareInformationWith(context.record, event.entry.relativeId, context.today));
  },
  /**
   * C9: reaching out on the handläggare's own initiative needs the person's consent; a contact is
   * marked done under the consent in force on the day it took place, so one made before a withdrawal
   * can still be documented after it.
   */
  mayPlanLaterContact: (context, event) => {
    const { record, today } = context;
    if (event.type === 'contact.plan') return fromGate(canPlanLaterContact(record, event.contact.relativeId, today));
    if (event.type !== 'contact.markDone') return undefined;
    const contact = record.plannedContacts.find((c) => c.id === event.contactId);
    return contact ? fromGate(canPlanLaterContact(record, contact.relativeId, contact.date < today ? contact.date : today)) : undefined;
  },
  /** C8: taking part in the follow-up of the person's support needs consent. */
  mayTakePartInFollowUp: (context, event) => {
    const relativeId =
      event.type === 'followUp.invite' ? event.relativeId : event.type === 'followUp.recordRelativeView' ? event.view.relativeId : undefined;
    return relativeId === undefined ? undefined : fromGate(canTakePartInFollowUp(context.record, relativeId, context.today));
  },
  /** M1–M4: an assignment without its minimum content is not an assignment. */
  assignmentReady: (context) => {
    const issues = assignmentReadiness(context.record, context.catalogue, context.today);
    return issues.length ? { reason: message('assignment.minimumMissing'), issues } : undefined;
  },
  /** Relatives can be added up to the decision (SPEC §3), and again once the follow-up has started. */
  relativesOpen: (context) => {
    const { phase } = context.record.progress;
    if (phase === 'followUp' || (phase === 'investigation' && !isDecided(context.record))) return undefined;
    return { reason: message('relatives.closed') };
  },
  /** Follow-up is a later phase: it opens when the assignment is issued or the application refused. */
  followUpOpen: (context) =>
    context.record.progress.phase === 'investigation'
      ? { reason: message('followUp.notOpen') }
      : undefined,
  /** A refusal gives no assignment, so it cannot stand beside granted support. */
  nothingGranted: (context) =>
    grantedDecisions(context.record).length > 0
      ? { reason: message('application.grantedExists') }
      : undefined,
} satisfies Record<string, Check> as Record<
  | 'entitledToConsent'
  | 'mayRecordStatement'
  | 'mayPlanMeeting'
  | 'mayInformRelative'
  | 'mayPlanLaterContact'
  | 'mayTakePartInFollowUp'
  | 'assignmentReady'
  | 'relativesOpen'
  | 'followUpOpen'
  | 'nothingGranted',
  Check
>;

export type GuardName = keyof typeof checks;
