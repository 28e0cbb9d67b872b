/**
 * A new, empty investigation record for a person the host knows. The host passes what it has
 * (id, display name, age group, whether the person can take a position on consent); everything
 * the flow adds starts empty.
 */
import type { InvestigationRecord, Person } from '../schema/index.js';
import { SCHEMA_VERSION } from '../schema/index.js';

export const createRecord = (person: Person, today: string, id = `utredning-${person.id}-${today}`): InvestigationRecord => ({
  schemaVersion: SCHEMA_VERSION,
  documentType: 'investigation',
  id,
  startedAt: today,
  person,
  applicationConcernsRelative: false,
  relatives: [],
  consents: [],
  meetingPlans: [],
  statements: [],
  stances: [],
  indirectSupport: [],
  informationLog: [],
  plannedContacts: [],
  assignments: [],
  progress: { step: 'relatives', phase: 'investigation' },
  sequence: 0,
  retiredIds: [],
});
