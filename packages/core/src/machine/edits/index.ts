/**
 * Every user action the statechart accepts, declared once: the pure edit that applies it and, where
 * the consent engine may refuse it, the named guard that decides (`../gates.ts`). The machine builds
 * its transitions from this table, and the mapped type makes the compiler check that every edit event
 * has exactly one entry. Host events and navigation are handled in the machine itself.
 */
import type { EditResult, InvestigationContext } from '../context.js';
import type { InvestigationEvent } from '../events.js';
import type { GuardName } from '../gates.js';
import * as people from './person-relatives.js';
import * as consent from './consent.js';
import * as own from './relative-record.js';
import * as gathering from './gathering.js';
import * as decision from './decision.js';

export type EditEvent = Exclude<InvestigationEvent, { type: `nav.${string}` | `host.${string}` }>;
export type EditEventType = EditEvent['type'];

interface EditSpec<T extends EditEventType> {
  edit: (context: InvestigationContext, event: Extract<EditEvent, { type: T }>) => EditResult;
  /** The consent-engine gate that may refuse the event before the edit runs. */
  guard?: GuardName;
}

type EditTable = { [T in EditEventType]: EditSpec<T> };

export const EDITS: EditTable = {
  'person.update': { edit: people.updatePerson },
  'person.recordCapacityJudgement': { edit: people.recordCapacityJudgement },
  'application.setConcernsRelative': { edit: people.setConcernsRelative },
  'relative.add': { edit: people.addRelative, guard: 'relativesOpen' },
  'relative.update': { edit: people.updateRelativeDetails },
  'relative.remove': { edit: people.removeRelative },
  'relative.markAsked': { edit: people.markAsked },
  'relative.raiseViolenceConcern': { edit: people.raiseViolenceConcern },
  'relative.recordViolenceJudgement': { edit: people.recordViolenceJudgement },
  'consent.record': { edit: consent.recordConsent, guard: 'entitledToConsent' },
  'consent.recordDecision': { edit: consent.recordDecision, guard: 'entitledToConsent' },
  'consent.withdraw': { edit: consent.withdrawConsent },
  'relativeRecord.update': { edit: own.updateRelativeRecord },
  'relativeRecord.addInformationGiven': { edit: own.addInformationGiven },
  'relativeRecord.addConversation': { edit: own.addConversation },
  'relativeRecord.addOwnSupportNeed': { edit: own.addOwnSupportNeed },
  'relativeRecord.addOwnSituationFollowUp': { edit: own.addOwnSituationFollowUp },
  'relativeRecord.requestOwnApplication': { edit: own.requestOwnApplication },
  'expressionSupport.set': { edit: gathering.setExpressionSupport },
  'meetingPlan.set': { edit: gathering.setMeetingPlan, guard: 'mayPlanMeeting' },
  'statement.add': { edit: gathering.addStatement, guard: 'mayRecordStatement' },
  'statement.update': { edit: gathering.updateStatement, guard: 'mayRecordStatement' },
  'stance.set': { edit: gathering.setStance },
  'indirectSupport.propose': { edit: gathering.proposeIndirectSupport },
  'indirectSupport.update': { edit: gathering.updateIndirectSupport },
  'information.log': { edit: gathering.logInformation, guard: 'mayInformRelative' },
  'contact.plan': { edit: gathering.planContact, guard: 'mayPlanLaterContact' },
  'contact.markDone': { edit: gathering.markContactDone, guard: 'mayPlanLaterContact' },
  'assessment.set': { edit: decision.setAssessment },
  'assignmentPlan.set': { edit: decision.setAssignmentPlan },
  'assignment.issue': { edit: decision.issue, guard: 'assignmentReady' },
  'application.refuse': { edit: decision.refuseApplication, guard: 'nothingGranted' },
  'followUp.start': { edit: decision.startFollowUp, guard: 'followUpOpen' },
  'followUp.update': { edit: decision.updateFollowUp },
  'followUp.invite': { edit: decision.inviteToFollowUp, guard: 'mayTakePartInFollowUp' },
  'followUp.recordRelativeView': { edit: decision.recordRelativeView, guard: 'mayTakePartInFollowUp' },
};

export const EDIT_EVENT_TYPES = Object.keys(EDITS) as EditEventType[];

export const isEditEvent = (event: InvestigationEvent): event is EditEvent => event.type in EDITS;

export const applyEdit = (context: InvestigationContext, event: EditEvent): EditResult =>
  (EDITS[event.type].edit as (c: InvestigationContext, e: EditEvent) => EditResult)(context, event);

export const guardOf = (type: EditEventType): GuardName | undefined => EDITS[type].guard;
