/**
 * Consent edits (C2, C3). Recording creates a new consent record, never edits an old one, so the
 * history of decisions stays readable; withdrawing marks the record with a date and deletes nothing.
 * Who may consent is a guard in the machine (`entitledToConsent`); these edits check the data.
 */
import type { Edit } from '../context.js';
import { nextId } from '../../record/ids.js';
import type { Consent, InvestigationRecord } from '../../schema/index.js';
import { currentSituation, isWithdrawable } from '../../rules/consent.js';
import { consentingRepresentative } from '../../rules/representative.js';
import { accept, compact, isFuture, refuse, stamp, withCaseworker } from './helpers.js';
import { markAsked } from './person-relatives.js';
import { message } from '../../messages/codes.js';

/** T1: the person's situation now, recorded on a person-side consent (with the representative, C5). */
const givenUnder = (record: InvestigationRecord, consent: Pick<Consent, 'givenBy' | 'givenByName'>): Consent['givenUnder'] => {
  if (consent.givenBy === 'relative') return undefined;
  const representative = consent.givenBy === 'legalRepresentative' ? consentingRepresentative(record, consent) : undefined;
  return { ...currentSituation(record), ...(representative ? { representativeId: representative.id } : {}) };
};

export const recordConsent: Edit<'consent.record'> = (context, { consent }) =>
  withCaseworker(context, (recordedBy) => {
    const { record, today } = context;
    if (consent.status === 'withdrawn')
      return refuse(message('consent.recordWithdrawn'));
    if (isFuture(consent.date, today)) return refuse(message('consent.dateInFuture', { date: consent.date }));
    if (consent.validUntil !== undefined && consent.validUntil < consent.date)
      return refuse(message('consent.validUntilBeforeDate'));
    const stamped = stamp(record);
    const created = compact({
      ...consent,
      id: nextId('samtycke', record.consents.map((c) => c.id)),
      recordedBy,
      seq: stamped.seq,
      givenUnder: givenUnder(record, consent),
    });
    return accept(
      { ...stamped.record, consents: [...record.consents, created] },
      { emits: [{ type: 'consentChanged', consent: created, change: created.status === 'given' ? 'given' : 'declined' }] },
    );
  });

/**
 * The person's decision about one relative: each answer recorded as `consent.record` would, then the
 * relative marked as asked. One edit, so one validation and one change for the host; if any answer is
 * refused, nothing is recorded.
 */
export const recordDecision: Edit<'consent.recordDecision'> = (context, { relativeId, consents }) => {
  if (consents.length === 0) return refuse(message('consent.decisionEmpty'));
  if (consents.some((c) => c.relativeId !== relativeId)) return refuse(message('consent.decisionOtherRelative'));
  let current = context;
  const emits: NonNullable<Extract<ReturnType<typeof recordConsent>, { ok: true }>['emits']> = [];
  for (const consent of consents) {
    const result = recordConsent(current, { type: 'consent.record', consent });
    if (!result.ok) return result;
    current = { ...current, record: result.record };
    emits.push(...(result.emits ?? []));
  }
  const asked = markAsked(current, { type: 'relative.markAsked', relativeId });
  return asked.ok ? accept(asked.record, { emits }) : asked;
};

export const withdrawConsent: Edit<'consent.withdraw'> = ({ record, today }, { consentId, date }) => {
  const consent = record.consents.find((c) => c.id === consentId);
  if (!consent) return refuse(message('consent.notFound'));
  if (!isWithdrawable(consent, today))
    return refuse(
      consent.status === 'given' && consent.withdrawnAt === undefined
        ? message('consent.alreadyExpired', consent.validUntil !== undefined ? { validUntil: consent.validUntil } : {})
        : message('consent.nothingToWithdraw'),
    );
  const withdrawnAt = date ?? today;
  if (isFuture(withdrawnAt, today)) return refuse(message('consent.withdrawalInFuture', { date: withdrawnAt }));
  if (withdrawnAt < consent.date) return refuse(message('consent.withdrawalBeforeDate'));
  // T2: recorded on the day it acts from, it acts from this recording; dated back, from the start of that day.
  const stamped = stamp(record);
  const withdrawn = { ...consent, status: 'withdrawn' as const, withdrawnAt, ...(withdrawnAt === today ? { withdrawnSeq: stamped.seq } : {}) };
  return accept(
    { ...stamped.record, consents: record.consents.map((c) => (c.id === consentId ? withdrawn : c)) },
    { emits: [{ type: 'consentChanged', consent: withdrawn, change: 'withdrawn' }] },
  );
};
