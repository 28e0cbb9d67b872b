/**
 * Edits of a relative's own record (step 2, own conversations, own-support needs, C12). They touch
 * only that record (and, the first time, the person's side of the link, L1), and need no consent
 * (C9): information, referral and an own conversation are always possible.
 */
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import { ownApplicationRequest } from '../../rules/own-application.js';
import { refuse, withOwnRecord } from './helpers.js';
import { message } from '../../messages/codes.js';

export const updateRelativeRecord: Edit<'relativeRecord.update'> = (context, { relativeId, patch }) =>
  withOwnRecord(context, relativeId, (own) => ({ ...own, ...patch, ...(context.caseworker ? { updatedBy: context.caseworker } : {}) }));

export const addInformationGiven: Edit<'relativeRecord.addInformationGiven'> = (context, { relativeId, entry }) =>
  withOwnRecord(context, relativeId, (own) => ({ ...own, informationGiven: [...own.informationGiven, entry] }));

export const addConversation: Edit<'relativeRecord.addConversation'> = (context, { relativeId, conversation }) =>
  withOwnRecord(context, relativeId, (own) => ({
    ...own,
    ownConversations: [...own.ownConversations, { ...conversation, id: nextId('samtal', own.ownConversations.map((c) => c.id)) }],
  }));

export const addOwnSituationFollowUp: Edit<'relativeRecord.addOwnSituationFollowUp'> = (context, { relativeId, entry }) =>
  withOwnRecord(context, relativeId, (own) => ({ ...own, ownSituationFollowUp: [...own.ownSituationFollowUp, entry] }));

export const addOwnSupportNeed: Edit<'relativeRecord.addOwnSupportNeed'> = (context, { relativeId, need }) =>
  withOwnRecord(context, relativeId, (own) => ({
    ...own,
    ownSupportNeeds: [...own.ownSupportNeeds, { ...need, id: nextId('behov', own.ownSupportNeeds.map((n) => n.id)), recordedAt: context.today }],
  }));

/** C12: the relative chose to apply; the host gets a request carrying nothing about the person (L1). */
export const requestOwnApplication: Edit<'relativeRecord.requestOwnApplication'> = (context, { relativeId, needId, homeMunicipality }) => {
  const existing = context.relativeRecords.find((r) => r.relativeId === relativeId);
  const request = existing && ownApplicationRequest(existing, needId, homeMunicipality);
  if (!request)
    return refuse(
      existing?.ownSupportNeeds.some((n) => n.id === needId)
        ? message('ownApplication.homeMunicipalityMissing')
        : message('ownApplication.needNotFound'),
    );
  return withOwnRecord(
    context,
    relativeId,
    (own) => ({
      ...own,
      ownSupportNeeds: own.ownSupportNeeds.map((n) =>
        n.id === needId ? { ...n, appliesForSupport: true, homeMunicipality: request.homeMunicipality, applicationRequestedAt: context.today } : n,
      ),
    }),
    [{ type: 'ownApplicationRequested', request }],
  );
};
