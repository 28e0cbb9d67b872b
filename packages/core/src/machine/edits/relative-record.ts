/**
 * Edits of a relative's own record (step 2, own conversations, own-support needs, C12). They touch
 * only that record, never the person's, and need no consent (C9): information, referral and an own
 * conversation are always possible.
 */
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import { ownApplicationRequest } from '../../rules/own-application.js';
import { accept, findRelative, refuse, relativeRecordFor, UNKNOWN_RELATIVE, withRelativeRecord } from './helpers.js';

export const updateRelativeRecord: Edit<'relativeRecord.update'> = (context, { relativeId, patch }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = { ...relativeRecordFor(context, relativeId), ...patch, ...(context.caseworker ? { updatedBy: context.caseworker } : {}) };
  return accept(context.record, { relativeRecords: withRelativeRecord(context, own) });
};

export const addInformationGiven: Edit<'relativeRecord.addInformationGiven'> = (context, { relativeId, entry }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = relativeRecordFor(context, relativeId);
  return accept(context.record, { relativeRecords: withRelativeRecord(context, { ...own, informationGiven: [...own.informationGiven, entry] }) });
};

export const addConversation: Edit<'relativeRecord.addConversation'> = (context, { relativeId, conversation }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = relativeRecordFor(context, relativeId);
  const created = { ...conversation, id: nextId('samtal', own.ownConversations.map((c) => c.id)) };
  return accept(context.record, { relativeRecords: withRelativeRecord(context, { ...own, ownConversations: [...own.ownConversations, created] }) });
};

export const addOwnSituationFollowUp: Edit<'relativeRecord.addOwnSituationFollowUp'> = (context, { relativeId, entry }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = relativeRecordFor(context, relativeId);
  return accept(context.record, {
    relativeRecords: withRelativeRecord(context, { ...own, ownSituationFollowUp: [...own.ownSituationFollowUp, entry] }),
  });
};

export const addOwnSupportNeed: Edit<'relativeRecord.addOwnSupportNeed'> = (context, { relativeId, need }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = relativeRecordFor(context, relativeId);
  const created = { ...need, id: nextId('behov', own.ownSupportNeeds.map((n) => n.id)), recordedAt: context.today };
  return accept(context.record, { relativeRecords: withRelativeRecord(context, { ...own, ownSupportNeeds: [...own.ownSupportNeeds, created] }) });
};

/** C12: the relative chose to apply; the host gets a request carrying nothing about the person. */
export const requestOwnApplication: Edit<'relativeRecord.requestOwnApplication'> = (context, { relativeId, needId, homeMunicipality }) => {
  if (!findRelative(context.record, relativeId)) return refuse(UNKNOWN_RELATIVE);
  const own = relativeRecordFor(context, relativeId);
  const request = ownApplicationRequest(own, needId, homeMunicipality);
  if (!request)
    return refuse(
      own.ownSupportNeeds.some((n) => n.id === needId)
        ? 'Ange den anhörigas hemkommun, där ansökan görs.'
        : 'Behovet finns inte i den anhörigas egen journal.',
    );
  const ownSupportNeeds = own.ownSupportNeeds.map((n) =>
    n.id === needId ? { ...n, appliesForSupport: true, homeMunicipality: request.homeMunicipality, applicationRequestedAt: context.today } : n,
  );
  return accept(context.record, {
    relativeRecords: withRelativeRecord(context, { ...own, ownSupportNeeds }),
    emits: [{ type: 'ownApplicationRequested', request }],
  });
};
