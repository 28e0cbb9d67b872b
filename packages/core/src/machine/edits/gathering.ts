/**
 * Steps 3 and 4 and attention over time: the involvement plan, statements, prompts, stances,
 * indirect-support proposals, the information log and planned contacts. Consent gates (C1, C4, C9,
 * C10) are machine guards (see `../gates.ts`); these edits only shape the data.
 */
import type { Statement } from '../../schema/index.js';
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import { activeConsent } from '../../rules/consent.js';
import { accept, findRelative, refuse, stamp, UNKNOWN_RELATIVE, upsert, withCaseworker } from './helpers.js';
import { message } from '../../messages/codes.js';

export const setExpressionSupport: Edit<'expressionSupport.set'> = ({ record }, { value }) =>
  accept({ ...record, expressionSupport: value });

export const setMeetingPlan: Edit<'meetingPlan.set'> = ({ record }, { plan }) =>
  findRelative(record, plan.relativeId)
    ? accept({ ...record, meetingPlans: upsert(record.meetingPlans, plan, (m) => m.relativeId === plan.relativeId) })
    : refuse(UNKNOWN_RELATIVE);

export const addStatement: Edit<'statement.add'> = (context, { statement }) =>
  withCaseworker(context, (recordedBy) => {
    const { record, today } = context;
    const stamped = stamp(record);
    const created = { ...statement, id: nextId('uppgift', record.statements.map((s) => s.id)), recordedAt: today, recordedBy, seq: stamped.seq };
    return accept({ ...stamped.record, statements: [...record.statements, created] });
  });

/**
 * Who said it, on what basis and when are facts of the statement: a patch cannot change them, with
 * one exception: the basis of a format-version-1 prompt answer, which v1 did not record (L4), may be
 * stated once. (The guard checks it like a new statement.)
 */
export const patchedStatement = (current: Statement, patch: Partial<Statement>): Statement => {
  const { recordedAt: _date, source: _source, basis, recordedBy: _by, id: _id, seq: _seq, migratedFrom: _from, kind: _kind, promptId: _prompt, ...rest } = patch;
  return { ...current, ...rest, ...(basis !== undefined && current.basis.kind === 'notRecorded' ? { basis } : {}) };
};

export const updateStatement: Edit<'statement.update'> = ({ record }, { statementId, patch }) => {
  const current = record.statements.find((s) => s.id === statementId);
  if (!current) return refuse(message('statement.notFound'));
  return accept({ ...record, statements: record.statements.map((s) => (s.id === statementId ? patchedStatement(s, patch) : s)) });
};

export const setStance: Edit<'stance.set'> = ({ record }, { stance }) =>
  findRelative(record, stance.relativeId)
    ? accept({ ...record, stances: upsert(record.stances, stance, (s) => s.relativeId === stance.relativeId) })
    : refuse(UNKNOWN_RELATIVE);

export const proposeIndirectSupport: Edit<'indirectSupport.propose'> = ({ record }, { proposal }) =>
  findRelative(record, proposal.relativeId)
    ? accept({
        ...record,
        indirectSupport: [...record.indirectSupport, { ...proposal, id: nextId('indirekt', record.indirectSupport.map((p) => p.id)) }],
      })
    : refuse(UNKNOWN_RELATIVE);

export const updateIndirectSupport: Edit<'indirectSupport.update'> = ({ record }, { proposalId, patch }) =>
  record.indirectSupport.some((p) => p.id === proposalId)
    ? accept({ ...record, indirectSupport: record.indirectSupport.map((p) => (p.id === proposalId ? { ...p, ...patch } : p)) })
    : refuse(message('indirectSupport.notFound'));

export const logInformation: Edit<'information.log'> = (context, { entry }) =>
  withCaseworker(context, (recordedBy) => {
    const { record } = context;
    if (!findRelative(record, entry.relativeId)) return refuse(UNKNOWN_RELATIVE);
    const created = { ...entry, id: nextId('information', record.informationLog.map((e) => e.id)), recordedBy };
    return accept({ ...record, informationLog: [...record.informationLog, created] });
  });

/** C9: the consent behind a planned contact is the one in force; the guard has checked there is one. */
export const planContact: Edit<'contact.plan'> = ({ record, today }, { contact }) => {
  const consent = activeConsent(record, contact.relativeId, 'laterContact', today);
  if (!consent) return refuse(message('laterContact.consentMissing'));
  if (contact.date < today) return refuse(message('laterContact.dateInPast', { today }));
  const created = { ...contact, id: nextId('kontakt', record.plannedContacts.map((c) => c.id)), consentId: consent.id, done: false };
  return accept({ ...record, plannedContacts: [...record.plannedContacts, created] });
};

/** The guard checks the consent on the contact's day (C9): one made before a withdrawal can be marked after it. */
export const markContactDone: Edit<'contact.markDone'> = ({ record }, { contactId }) => {
  const contact = record.plannedContacts.find((c) => c.id === contactId);
  if (!contact) return refuse(message('laterContact.notFound'));
  return accept({ ...record, plannedContacts: record.plannedContacts.map((c) => (c.id === contactId ? { ...c, done: true } : c)) });
};
