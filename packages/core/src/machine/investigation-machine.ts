/**
 * The investigation statechart (XState v5, `setup()` style). It owns the whole lifecycle:
 *
 *   awaitingRecord ──host.restore──▶ ready ◀──host.restore── loadFailed
 *         └──────────host.restore (invalid)──────────────────────▲
 *
 *   ready (parallel)
 *     step:  resolving ─▶ relatives ⇄ equip ⇄ involve ⇄ gather ⇄ assessment ⇄ assignment ⇄ followUp
 *     phase: resolving ─▶ investigation ─(assignment issued / application refused)▶ complete ─(followUp.start)▶ followUp
 *
 * In `ready` the context is the record; every user action is an event declared once in
 * `edits/index.ts` (its pure edit and, where the consent engine may refuse it, its named guard).
 * Steps are where the handläggare is: any step may be edited from any step (relatives up to the
 * decision, consents and the information log always), and nothing is lost going back. The phase is
 * derived from the record (`progress.phase`), so a restored record lands in its phase too.
 *
 * Emitted events (`actor.on(...)`) are what the element turns into DOM events for the host; a refusal
 * is emitted (`rejected`) to the sender and never stored (see `send.ts`).
 */
import { assertEvent, enqueueActions as xstateEnqueue, setup } from 'xstate';
import { STEP_IDS, findCatalogueIssues, validateRecord, validateRelativeRecord, type StepId, type ValidationIssue } from '../schema/index.js';
import { loadDocuments } from '../record/load.js';
import type { EditResult, InvestigationContext as ReadyContext, InvestigationInput, MachineContext as InvestigationContext } from './context.js';
import type { InvestigationEmitted, InvestigationEvent } from './events.js';
import { EDIT_EVENT_TYPES, applyEdit, guardOf, isEditEvent, type EditEventType } from './edits/index.js';
import { checks, type GuardName } from './gates.js';
import { applyHostEvent, type HostEvent } from './host.js';
import { nextStep, previousStep } from './navigation.js';
import { message, type Message } from '../messages/codes.js';

/**
 * `enqueueActions` with this machine's types spelled out. Inferred inside `setup()`, its guard type
 * loses the parameters of `recordAt`/`nextIs`/… and no longer matches; these actions enqueue only
 * `assign` and `emit`, never guards or named actions, so `never` is exact.
 */
const enqueueActions = <P extends Record<string, unknown> | undefined = undefined>(
  collect: Parameters<typeof xstateEnqueue<InvestigationContext, InvestigationEvent, P, InvestigationEvent, never, never, never, never, InvestigationEmitted>>[0],
) => xstateEnqueue<InvestigationContext, InvestigationEvent, P, InvestigationEvent, never, never, never, never, InvestigationEmitted>(collect);

const isHostEvent = (event: InvestigationEvent): event is HostEvent => event.type.startsWith('host.');

/** Only reachable in `ready`, where the record is there. */
const ready = (context: InvestigationContext): ReadyContext => {
  if (!context.record) throw new Error('investigation machine: no record outside the ready state');
  return context as ReadyContext;
};

/** Every accepted edit must leave valid documents; otherwise it is refused whole (never half-applied). */
const validateOutcome = (context: ReadyContext, result: Extract<EditResult, { ok: true }>): ValidationIssue[] => {
  const record = validateRecord(result.record);
  if (!record.ok) return record.issues;
  const catalogue = findCatalogueIssues(result.record, context.catalogue);
  if (catalogue.length) return catalogue;
  return (result.relativeRecords ?? [])
    .filter((own) => !context.relativeRecords.includes(own))
    .flatMap((own) => {
      const valid = validateRelativeRecord(own);
      return valid.ok ? [] : valid.issues.map((i) => ({ ...i, path: `relativeRecord.${i.path}` }));
    });
};

/**
 * What the host hears after a change. The context only ever holds documents that passed validation
 * (loaded whole, each edit validated once before it is accepted), so they are valid by construction.
 */
const changedEvent = (context: Pick<ReadyContext, 'record' | 'relativeRecords'>): InvestigationEmitted => ({
  type: 'changed',
  record: context.record,
  relativeRecords: context.relativeRecords,
  valid: true,
});

const navigationReason = (context: ReadyContext, event: InvestigationEvent): Message => {
  if (event.type === 'nav.goTo' && event.step === 'followUp') return checks.followUpOpen(context, event)?.reason ?? message('action.notAllowed');
  if (event.type === 'nav.goTo') return message('nav.noSuchStep');
  return event.type === 'nav.next' ? message('nav.noNext') : message('nav.noPrevious');
};

/** The context the input gives: with a record, loaded (migrated and validated) like any restore. */
const initialContext = (input: InvestigationInput): InvestigationContext => {
  const base: InvestigationContext = {
    relativeRecords: [],
    catalogue: input.catalogue,
    ...(input.caseworker ? { caseworker: input.caseworker } : {}),
    today: input.today,
  };
  if (input.record === undefined) return base;
  const loaded = loadDocuments(input.record, input.relativeRecords ?? [], input.catalogue);
  return loaded.ok ? { ...base, ...loaded.value } : { ...base, loadError: { reason: message('host.restore'), issues: loaded.issues } };
};

const STEP_STATES = Object.fromEntries(STEP_IDS.map((step) => [step, { entry: { type: 'enterStep' as const, params: { step } } }])) as {
  [S in StepId]: { entry: { type: 'enterStep'; params: { step: S } } };
};

/** One transition list per edit event, built from the edit table: guarded edits refuse with the guard's reason. */
const EDIT_TRANSITIONS = Object.fromEntries(
  EDIT_EVENT_TYPES.map((type: EditEventType) => {
    const guard = guardOf(type);
    return [type, guard ? [{ guard, actions: 'applyEdit' as const }, { actions: { type: 'reject' as const, params: { guard } } }] : { actions: 'applyEdit' as const }];
  }),
) as Record<EditEventType, { actions: 'applyEdit' } | [{ guard: GuardName; actions: 'applyEdit' }, { actions: { type: 'reject'; params: { guard: GuardName } } }]>;

/** `followUp.start` also moves the phase, so the phase region takes it, with the guard its edit declares. */
const FOLLOW_UP_START_GUARD = guardOf('followUp.start')!;

export const investigationMachine = setup({
  types: {
    context: {} as InvestigationContext,
    events: {} as InvestigationEvent,
    input: {} as InvestigationInput,
    emitted: {} as InvestigationEmitted,
  },
  guards: {
    ...(Object.fromEntries(
      Object.entries(checks).map(([name, check]) => [name, ({ context, event }: { context: InvestigationContext; event: InvestigationEvent }) => check(ready(context), event) === undefined]),
    ) as Record<GuardName, (args: { context: InvestigationContext; event: InvestigationEvent }) => boolean>),
    hasRecord: ({ context }) => context.record !== undefined,
    hasLoadError: ({ context }) => context.loadError !== undefined,
    recordAt: ({ context }, params: { step: StepId }) => context.record?.progress.step === params.step,
    phaseIs: ({ context }, params: { phase: 'investigation' | 'complete' | 'followUp' }) => context.record?.progress.phase === params.phase,
    nextIs: ({ context }, params: { step: StepId }) => nextStep(ready(context).record, context.today) === params.step,
    backIs: ({ context }, params: { step: StepId }) => previousStep(ready(context).record, context.today) === params.step,
    mayGoTo: ({ context, event }, params: { step: StepId }) => {
      assertEvent(event, 'nav.goTo');
      return event.step === params.step && (params.step !== 'followUp' || checks.followUpOpen(ready(context), event) === undefined);
    },
    hostInputValid: ({ context, event }) => isHostEvent(event) && applyHostEvent(context, event).ok,
  },
  actions: {
    /** Apply a user event through its pure edit; refuse it whole if the outcome would not validate. */
    applyEdit: enqueueActions(({ context, event, enqueue }) => {
      if (!isEditEvent(event)) return;
      const current = ready(context);
      const result = applyEdit(current, event);
      const issues = result.ok ? validateOutcome(current, result) : (result.issues ?? []);
      if (!result.ok || issues.length) {
        const reason = result.ok ? message('edit.invalid') : result.reason;
        enqueue.emit({ type: 'rejected', event: event.type, reason, issues });
        return;
      }
      const record = current.caseworker ? { ...result.record, lastEditedBy: current.caseworker } : result.record;
      const next = { record, relativeRecords: result.relativeRecords ?? current.relativeRecords };
      enqueue.assign(next);
      for (const emitted of result.emits ?? []) enqueue.emit(emitted.type === 'completed' ? { ...emitted, record } : emitted);
      enqueue.emit(changedEvent(next));
    }),
    /** A guard said no: keep the record, say why (the consent engine's coded reason). */
    reject: enqueueActions<{ guard: GuardName }>(({ context, event, enqueue }, params) => {
      const failure = checks[params.guard](ready(context), event) ?? { reason: message('action.notAllowed') };
      enqueue.emit({ type: 'rejected', event: event.type, reason: failure.reason, issues: failure.issues ?? [] });
    }),
    applyHost: enqueueActions(({ context, event, enqueue }) => {
      if (!isHostEvent(event)) return;
      const result = applyHostEvent(context, event);
      if (!result.ok) return;
      let next: InvestigationContext = { ...context, ...result.context };
      let recordChanged = result.recordChanged;
      // Decided support the host passed before the record loaded is applied to it now (a change the host hears of).
      if (event.type === 'host.restore' && next.pendingAssessment !== undefined) {
        const pending = applyHostEvent(next, { type: 'host.setAssessment', assessment: next.pendingAssessment });
        next = { ...next, pendingAssessment: undefined, ...(pending.ok ? pending.context : {}) };
        if (pending.ok) recordChanged ||= pending.recordChanged;
        else enqueue.emit({ type: 'rejected', event: 'host.setAssessment', reason: pending.reason, issues: pending.issues, input: pending.input });
      }
      enqueue.assign({ ...result.context, pendingAssessment: next.pendingAssessment, ...(next.record !== context.record ? { record: next.record } : {}) });
      if (recordChanged && next.record) enqueue.emit(changedEvent({ record: next.record, relativeRecords: next.relativeRecords }));
    }),
    rejectHost: enqueueActions(({ context, event, enqueue }) => {
      if (!isHostEvent(event)) return;
      const result = applyHostEvent(context, event);
      if (result.ok) return;
      // Waiting for a first record, a refused one is the state's reason (loadFailed).
      if (event.type === 'host.restore' && !context.record) enqueue.assign({ loadError: { reason: result.reason, issues: result.issues } });
      enqueue.emit({ type: 'rejected', event: event.type, reason: result.reason, issues: result.issues, input: result.input });
    }),
    /** Entering a step records it in the record (so a restore lands here) and tells the host. */
    enterStep: enqueueActions<{ step: StepId }>(({ context, enqueue }, params) => {
      const current = ready(context);
      const previousStep = current.record.progress.step;
      if (previousStep === params.step) return;
      const record = { ...current.record, progress: { ...current.record.progress, step: params.step } };
      enqueue.assign({ record });
      enqueue.emit({ type: 'stepChanged', step: params.step, previousStep });
      enqueue.emit(changedEvent({ record, relativeRecords: current.relativeRecords }));
    }),
    rejectNotReady: enqueueActions(({ event, enqueue }) => {
      enqueue.emit({ type: 'rejected', event: event.type, reason: message('record.notLoaded'), issues: [] });
    }),
    rejectNavigation: enqueueActions(({ context, event, enqueue }) => {
      enqueue.emit({ type: 'rejected', event: event.type, reason: navigationReason(ready(context), event), issues: [] });
    }),
  },
}).createMachine({
  id: 'investigation',
  context: ({ input }) => initialContext(input),
  initial: 'starting',
  states: {
    /** With a record in the input the machine starts in `ready` (or `loadFailed`); else it waits. */
    starting: {
      always: [{ guard: 'hasRecord', target: 'ready' }, { guard: 'hasLoadError', target: 'loadFailed' }, { target: 'awaitingRecord' }],
    },
    /** No record yet: the element says it is waiting for the host. */
    awaitingRecord: {
      on: { 'host.restore': [{ guard: 'hostInputValid', actions: 'applyHost', target: 'ready' }, { actions: 'rejectHost', target: 'loadFailed' }] },
    },
    /** The host's record could not be loaded (`loadError` says why); a valid one recovers. */
    loadFailed: {
      on: { 'host.restore': [{ guard: 'hostInputValid', actions: 'applyHost', target: 'ready' }, { actions: 'rejectHost' }] },
    },
    ready: {
      type: 'parallel',
      states: {
        step: {
          initial: 'resolving',
          states: {
            /** Restoring: go to the step the record was saved in. */
            resolving: {
              always: [...STEP_IDS.map((step) => ({ guard: { type: 'recordAt' as const, params: { step } }, target: step })), { target: 'relatives' }],
            },
            ...STEP_STATES,
          },
          on: {
            'nav.goTo': [
              ...STEP_IDS.map((step) => ({ guard: { type: 'mayGoTo' as const, params: { step } }, target: `.${step}` })),
              { actions: 'rejectNavigation' },
            ],
            'nav.next': [...STEP_IDS.map((step) => ({ guard: { type: 'nextIs' as const, params: { step } }, target: `.${step}` })), { actions: 'rejectNavigation' }],
            'nav.back': [...STEP_IDS.map((step) => ({ guard: { type: 'backIs' as const, params: { step } }, target: `.${step}` })), { actions: 'rejectNavigation' }],
            // Starting the follow-up also opens step 6.
            'followUp.start': [
              { guard: FOLLOW_UP_START_GUARD, actions: 'applyEdit', target: '.followUp' },
              { actions: { type: 'reject', params: { guard: FOLLOW_UP_START_GUARD } } },
            ],
          },
        },
        /** The record's phase, as states that mean something: derived from `progress.phase` after every change. */
        phase: {
          initial: 'resolving',
          states: {
            resolving: {
              always: [
                { guard: { type: 'phaseIs', params: { phase: 'followUp' } }, target: 'followUp' },
                { guard: { type: 'phaseIs', params: { phase: 'complete' } }, target: 'complete' },
                { target: 'investigation' },
              ],
            },
            /** Until the assignment is issued or the application refused. */
            investigation: { always: { guard: { type: 'phaseIs', params: { phase: 'complete' } }, target: 'complete' } },
            /** The investigation is done; the follow-up may start. */
            complete: { always: { guard: { type: 'phaseIs', params: { phase: 'followUp' } }, target: 'followUp' } },
            /** A later phase on the same record, possibly by another handläggare. */
            followUp: {},
          },
        },
      },
      on: {
        ...(({ 'followUp.start': _handledByStep, ...rest }) => rest)(EDIT_TRANSITIONS),
        'host.restore': [{ guard: 'hostInputValid', actions: 'applyHost', target: 'ready', reenter: true }, { actions: 'rejectHost' }],
      },
    },
  },
  on: {
    // Before a record is loaded there is nothing to edit or navigate: refused, never silently dropped.
    ...Object.fromEntries([...EDIT_EVENT_TYPES, 'nav.goTo', 'nav.next', 'nav.back'].map((type) => [type, { actions: 'rejectNotReady' as const }])),
    // Host input: validated whole, applied all or nothing, in every state.
    'host.setCatalogue': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setAssessment': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setCaseworker': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setToday': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
  },
});

export type InvestigationMachine = typeof investigationMachine;
