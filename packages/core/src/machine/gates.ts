/**
 * The machine's guards, each backed by the consent engine. A guard answers "may this event change
 * the record?"; the same function gives the Swedish reason when it may not, so the UI can say which
 * consent is missing and offer to record it. Only these block; missing optional data never does.
 */
import type { InvestigationRecord, Statement, ValidationIssue } from '../schema/index.js';
import { mayGiveConsent } from '../rules/consent.js';
import { canGatherFrom, canInvolveInMeetings } from '../rules/gates.js';
import { canPlanJointMeeting } from '../rules/violence.js';
import { canPlanLaterContact } from '../rules/later-contact.js';
import { canTakePartInFollowUp } from '../rules/follow-up.js';
import { checkStatementBasis, mayEnterPersonalFile } from '../rules/statements.js';
import { assignmentReadiness } from '../assignment/readiness.js';
import { grantedDecisions } from '../assignment/items.js';
import type { Gate } from '../rules/types.js';
import type { InvestigationContext } from './context.js';
import type { InvestigationEvent } from './events.js';

export interface GuardFailure {
  reason: string;
  issues?: ValidationIssue[];
}

type Check = (context: InvestigationContext, event: InvestigationEvent) => GuardFailure | undefined;


const fromGate = (gate: Gate): GuardFailure | undefined => (gate.allowed ? undefined : { reason: gate.message });

/** The decision is made: a decision date and at least one decided support (an assessment alone is not a decision). */
export const isDecided = (record: InvestigationRecord): boolean =>
  record.assessment?.decidedAt !== undefined && record.assessment.decisions.length > 0;

const QUALITY_FIRST =
  'Bekräfta att uppgiften är saklig, relevant och inte kränkande innan den förs in i personakten (den enskilde kan läsa sin akt).';

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
  return mayEnterPersonalFile(statement) || !statement.toPersonalFile ? undefined : { reason: QUALITY_FIRST };
};

const PLACEHOLDER = { recordedBy: { id: '-', name: '-' } } as const;

export const checks = {
  /** C2, C5: the giver may consent to this scope (the person, a guardian, a representative, the relative). */
  entitledToConsent: (context, event) => {
    if (event.type !== 'consent.record') return undefined;
    const { givenBy, scope, relativeId, givenByName } = event.consent;
    return fromGate(mayGiveConsent(context.record, givenBy, scope, relativeId, givenByName));
  },
  /** C1, C4, C10: gathering from a relative needs consent in force; the personal file needs confirmed quality. */
  mayRecordStatement: (context, event) => {
    if (event.type === 'statement.add')
      return statementCheck(context, { ...event.statement, id: '-', recordedAt: context.today, ...PLACEHOLDER }, true);
    if (event.type === 'statement.update') {
      const current = context.record.statements.find((s) => s.id === event.statementId);
      return current ? statementCheck(context, { ...current, ...event.patch, recordedAt: current.recordedAt }, false) : undefined;
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
  /** C1: an answer from a relative to a question about the person is gathered information. */
  mayAskRelative: (context, event) => {
    if (event.type !== 'promptAnswer.set' || event.relativeId === undefined || event.answer.trim() === '') return undefined;
    return fromGate(canGatherFrom(context.record, event.relativeId, context.today));
  },
  /** C9: reaching out on the handläggare's own initiative needs the person's consent. */
  mayPlanLaterContact: (context, event) => {
    const relativeId =
      event.type === 'contact.plan'
        ? event.contact.relativeId
        : event.type === 'contact.markDone'
          ? context.record.plannedContacts.find((c) => c.id === event.contactId)?.relativeId
          : undefined;
    return relativeId === undefined ? undefined : fromGate(canPlanLaterContact(context.record, relativeId, context.today));
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
    return issues.length ? { reason: 'Uppdraget kan inte skapas ännu: minimiinnehållet saknas.', issues } : undefined;
  },
  /** Relatives can be added up to the decision (SPEC §3). */
  relativesOpen: (context) =>
    isDecided(context.record) || context.record.progress.phase !== 'investigation'
      ? { reason: 'Anhöriga kan läggas till fram till beslutet. Efter beslutet görs det i en ny utredning eller vid uppföljningen.' }
      : undefined,
  /** Follow-up is a later phase: it opens when the assignment is issued or the application refused. */
  followUpOpen: (context) =>
    context.record.progress.phase === 'investigation'
      ? { reason: 'Uppföljningen kan påbörjas när utredningen är klar, det vill säga när uppdraget är skickat eller ansökan avslagen.' }
      : undefined,
  /** A refusal gives no assignment, so it cannot stand beside granted support. */
  nothingGranted: (context) =>
    grantedDecisions(context.record).length > 0
      ? { reason: 'Det finns beviljade insatser. Gör ett uppdrag till utföraren i stället för att registrera avslag.' }
      : undefined,
} satisfies Record<string, Check> as Record<
  | 'entitledToConsent'
  | 'mayRecordStatement'
  | 'mayPlanMeeting'
  | 'mayAskRelative'
  | 'mayPlanLaterContact'
  | 'mayTakePartInFollowUp'
  | 'assignmentReady'
  | 'relativesOpen'
  | 'followUpOpen'
  | 'nothingGranted',
  Check
>;

export type GuardName = keyof typeof checks;
