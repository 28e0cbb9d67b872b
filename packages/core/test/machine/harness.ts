/** Runs the statechart under Node and records what it emits, as a host would see it. */
import { createActor } from 'xstate';
import { investigationMachine, trySend, type InvestigationContext, type InvestigationEmitted, type InvestigationEvent, type Rejection } from '../../src/machine/index.js';
import type { Caseworker, InvestigationRecord, RelativeRecord } from '../../src/schema/index.js';
import { TODAY, caseworker as defaultCaseworker, makeRecord, testCatalogue } from '../fixtures/records.js';

export const start = (
  options: { record?: InvestigationRecord; relativeRecords?: RelativeRecord[]; caseworker?: Caseworker | null; today?: string } = {},
) => {
  const actor = createActor(investigationMachine, {
    input: {
      record: options.record === undefined ? makeRecord() : options.record,
      relativeRecords: options.relativeRecords ?? [],
      catalogue: testCatalogue,
      ...(options.caseworker === null ? {} : { caseworker: options.caseworker ?? defaultCaseworker }),
      today: options.today ?? TODAY,
    },
  });
  const emitted: InvestigationEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  // The refusal of the last event sent (refusals are emitted to the sender, never stored in the state).
  let last: Rejection | undefined;
  const send = (event: InvestigationEvent) => {
    last = trySend(actor, event);
  };
  return {
    actor,
    emitted,
    send,
    /** The record (these tests start from a loaded record, so the machine is in `ready`). */
    record: () => actor.getSnapshot().context.record!,
    context: () => actor.getSnapshot().context as InvestigationContext,
    /** The step state (`ready.step`), which is also the record's `progress.step`. */
    step: () => stepOf(actor.getSnapshot().value),
    phase: () => (actor.getSnapshot().value as { ready?: { phase?: string } }).ready?.phase,
    of: <T extends InvestigationEmitted['type']>(type: T) => emitted.filter((e): e is Extract<InvestigationEmitted, { type: T }> => e.type === type),
    lastRejection: () => last,
  };
};

/** The step the state value is in: `{ ready: { step: 'gather', phase: … } }` → `'gather'`. */
export const stepOf = (value: unknown): string | undefined => (value as { ready?: { step?: string } }).ready?.step;

export const newRelative = (name: string, relation: string, extra: Record<string, unknown> = {}) => ({
  type: 'relative.add' as const,
  relative: {
    name,
    relation,
    givesSupport: false,
    supportLifeAreas: [],
    worriesAboutPerson: false,
    livesWithPerson: false,
    isChild: false,
    informedOfPossibility: true,
    ...extra,
  },
});

export const personConsent = (relativeId: string, scope: string, extra: Record<string, unknown> = {}) =>
  ({
    type: 'consent.record',
    consent: { scope, relativeId, givenBy: 'person', form: 'oral', date: TODAY, status: 'given', ...extra },
  }) as InvestigationEvent;
