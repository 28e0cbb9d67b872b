/** Runs the statechart under Node and records what it emits, as a host would see it. */
import { createActor } from 'xstate';
import { investigationMachine, type InvestigationEmitted, type InvestigationEvent } from '../../src/machine/index.js';
import type { Caseworker, InvestigationRecord, RelativeRecord } from '../../src/schema/index.js';
import { TODAY, caseworker as defaultCaseworker, makeRecord, testCatalogue } from '../fixtures/records.js';

export const start = (
  options: { record?: InvestigationRecord; relativeRecords?: RelativeRecord[]; caseworker?: Caseworker | null; today?: string } = {},
) => {
  const actor = createActor(investigationMachine, {
    input: {
      record: options.record ?? makeRecord(),
      relativeRecords: options.relativeRecords ?? [],
      catalogue: testCatalogue,
      ...(options.caseworker === null ? {} : { caseworker: options.caseworker ?? defaultCaseworker }),
      today: options.today ?? TODAY,
    },
  });
  const emitted: InvestigationEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send = (event: InvestigationEvent) => actor.send(event);
  return {
    actor,
    emitted,
    send,
    record: () => actor.getSnapshot().context.record,
    context: () => actor.getSnapshot().context,
    step: () => actor.getSnapshot().value,
    of: <T extends InvestigationEmitted['type']>(type: T) => emitted.filter((e): e is Extract<InvestigationEmitted, { type: T }> => e.type === type),
    lastRejection: () => actor.getSnapshot().context.lastRejection,
  };
};

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
