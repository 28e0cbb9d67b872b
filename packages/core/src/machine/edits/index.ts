/** Which pure edit handles which user event. Host events and navigation are handled in the machine. */
import type { EditResult, InvestigationContext } from '../context.js';
import type { InvestigationEvent } from '../events.js';
import * as people from './person-relatives.js';
import * as consent from './consent.js';
import * as own from './relative-record.js';
import * as gathering from './gathering.js';
import * as decision from './decision.js';

type EditEvent = Exclude<InvestigationEvent, { type: `nav.${string}` | `host.${string}` }>;
type EditTable = { [T in EditEvent['type']]: (context: InvestigationContext, event: Extract<EditEvent, { type: T }>) => EditResult };

export const EDITS: EditTable = {
  'person.update': people.updatePerson,
  'person.recordCapacityJudgement': people.recordCapacityJudgement,
  'application.setConcernsRelative': people.setConcernsRelative,
  'relative.add': people.addRelative,
  'relative.update': people.updateRelativeDetails,
  'relative.remove': people.removeRelative,
  'relative.markAsked': people.markAsked,
  'relative.raiseViolenceConcern': people.raiseViolenceConcern,
  'relative.recordViolenceJudgement': people.recordViolenceJudgement,
  'consent.record': consent.recordConsent,
  'consent.withdraw': consent.withdrawConsent,
  'relativeRecord.update': own.updateRelativeRecord,
  'relativeRecord.addInformationGiven': own.addInformationGiven,
  'relativeRecord.addConversation': own.addConversation,
  'relativeRecord.addOwnSupportNeed': own.addOwnSupportNeed,
  'relativeRecord.addOwnSituationFollowUp': own.addOwnSituationFollowUp,
  'relativeRecord.requestOwnApplication': own.requestOwnApplication,
  'expressionSupport.set': gathering.setExpressionSupport,
  'meetingPlan.set': gathering.setMeetingPlan,
  'statement.add': gathering.addStatement,
  'statement.update': gathering.updateStatement,
  'stance.set': gathering.setStance,
  'indirectSupport.propose': gathering.proposeIndirectSupport,
  'indirectSupport.update': gathering.updateIndirectSupport,
  'information.log': gathering.logInformation,
  'contact.plan': gathering.planContact,
  'contact.markDone': gathering.markContactDone,
  'assessment.set': decision.setAssessment,
  'assignmentPlan.set': decision.setAssignmentPlan,
  'assignment.issue': decision.issue,
  'application.refuse': decision.refuseApplication,
  'followUp.start': decision.startFollowUp,
  'followUp.update': decision.updateFollowUp,
  'followUp.invite': decision.inviteToFollowUp,
  'followUp.recordRelativeView': decision.recordRelativeView,
};

export const isEditEvent = (event: InvestigationEvent): event is EditEvent => event.type in EDITS;

export const applyEdit = (context: InvestigationContext, event: EditEvent): EditResult =>
  (EDITS[event.type] as (c: InvestigationContext, e: EditEvent) => EditResult)(context, event);
