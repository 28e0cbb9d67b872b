/**
 * The six-step statechart (XState v5, `setup()` style). The context is the record; every user action
 * is an event; edits are pure functions (`edits/`), guards come from the consent engine (`gates.ts`).
 * Step states only decide where the handläggare is; any step may be edited from any step (relatives
 * up to the decision, consents and the information log always), and nothing is lost going back.
 *
 *   resolving ─▶ relatives ⇄ equip ⇄ involve ⇄ gather ⇄ assessment ⇄ assignment ─(issued/refused)─▶ followUp
 *
 * Emitted events (`actor.on(...)`) are what the element turns into DOM events for the host.
 */
import { assertEvent, assign, enqueueActions as xstateEnqueue, setup } from 'xstate';
import { STEP_IDS, findCatalogueIssues, validateRecord, validateRelativeRecord, type StepId, type ValidationIssue } from '../schema/index.js';
import type { InvestigationContext, InvestigationInput, Rejection } from './context.js';
import type { InvestigationEmitted, InvestigationEvent } from './events.js';
import { applyEdit, isEditEvent } from './edits/index.js';
import { checks, type GuardName } from './gates.js';
import { applyHostEvent, type HostEvent } from './host.js';
import { nextStep, previousStep } from './navigation.js';

/**
 * `enqueueActions` with this machine's types spelled out. Inferred inside `setup()`, its guard type
 * loses the parameters of `recordAt`/`nextIs`/… and no longer matches; these actions enqueue only
 * `assign` and `emit`, never guards or named actions, so `never` is exact.
 */
const enqueueActions = <P extends Record<string, unknown> | undefined = undefined>(
  collect: Parameters<typeof xstateEnqueue<InvestigationContext, InvestigationEvent, P, InvestigationEvent, never, never, never, never, InvestigationEmitted>>[0],
) => xstateEnqueue<InvestigationContext, InvestigationEvent, P, InvestigationEvent, never, never, never, never, InvestigationEmitted>(collect);

const isHostEvent = (event: InvestigationEvent): event is HostEvent => event.type.startsWith('host.');

const rejection = (context: InvestigationContext, event: InvestigationEvent, reason: string, issues: ValidationIssue[]): Rejection => ({
  event: event.type,
  reason,
  issues,
  seq: (context.lastRejection?.seq ?? 0) + 1,
});

/** Every accepted edit must leave valid documents; otherwise it is refused whole (never half-applied). */
const validateOutcome = (context: InvestigationContext, result: Extract<ReturnType<typeof applyEdit>, { ok: true }>): ValidationIssue[] => {
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

const changedEvent = (context: Pick<InvestigationContext, 'record' | 'relativeRecords' | 'catalogue'>): InvestigationEmitted => ({
  type: 'changed',
  record: context.record,
  relativeRecords: context.relativeRecords,
  valid: validateRecord(context.record).ok && findCatalogueIssues(context.record, context.catalogue).length === 0,
});

export const investigationMachine = setup({
  types: {
    context: {} as InvestigationContext,
    events: {} as InvestigationEvent,
    input: {} as InvestigationInput,
    emitted: {} as InvestigationEmitted,
  },
  guards: {
    ...(Object.fromEntries(
      Object.entries(checks).map(([name, check]) => [name, ({ context, event }: { context: InvestigationContext; event: InvestigationEvent }) => check(context, event) === undefined]),
    ) as Record<GuardName, (args: { context: InvestigationContext; event: InvestigationEvent }) => boolean>),
    recordAt: ({ context }, params: { step: StepId }) => context.record.progress.step === params.step,
    nextIs: ({ context }, params: { step: StepId }) => nextStep(context.record, context.today) === params.step,
    backIs: ({ context }, params: { step: StepId }) => previousStep(context.record, context.today) === params.step,
    mayGoTo: ({ context, event }, params: { step: StepId }) => {
      assertEvent(event, 'nav.goTo');
      return event.step === params.step && (params.step !== 'followUp' || checks.followUpOpen(context, event) === undefined);
    },
    hostInputValid: ({ context, event }) => isHostEvent(event) && applyHostEvent(context, event).ok,
  },
  actions: {
    /** Apply a user event through its pure edit; refuse it whole if the outcome would not validate. */
    applyEdit: enqueueActions(({ context, event, enqueue }) => {
      if (!isEditEvent(event)) return;
      const result = applyEdit(context, event);
      const issues = result.ok ? validateOutcome(context, result) : (result.issues ?? []);
      if (!result.ok || issues.length) {
        const reason = result.ok ? 'Uppgifterna kunde inte sparas. Rätta det som anges.' : result.reason;
        const refused = rejection(context, event, reason, issues);
        enqueue.assign({ lastRejection: refused });
        enqueue.emit({ type: 'rejected', event: event.type, reason, issues });
        return;
      }
      const record = context.caseworker ? { ...result.record, lastEditedBy: context.caseworker } : result.record;
      const next = { record, relativeRecords: result.relativeRecords ?? context.relativeRecords };
      enqueue.assign({ ...next, lastRejection: undefined });
      for (const emitted of result.emits ?? []) enqueue.emit(emitted.type === 'completed' ? { ...emitted, record } : emitted);
      enqueue.emit(changedEvent({ ...next, catalogue: context.catalogue }));
    }),
    /** A guard said no: keep the record, say why (the consent engine's Swedish message). */
    reject: enqueueActions<{ guard: GuardName }>(({ context, event, enqueue }, params) => {
      const failure = checks[params.guard](context, event) ?? { reason: 'Åtgärden är inte tillåten just nu.' };
      const refused = rejection(context, event, failure.reason, failure.issues ?? []);
      enqueue.assign({ lastRejection: refused });
      enqueue.emit({ type: 'rejected', event: event.type, reason: refused.reason, issues: refused.issues });
    }),
    applyHost: enqueueActions(({ context, event, enqueue }) => {
      if (!isHostEvent(event)) return;
      const result = applyHostEvent(context, event);
      if (!result.ok) return;
      enqueue.assign({ ...result.context, lastRejection: undefined });
      if (result.recordChanged) enqueue.emit(changedEvent({ ...context, ...result.context }));
    }),
    rejectHost: enqueueActions(({ context, event, enqueue }) => {
      if (!isHostEvent(event)) return;
      const result = applyHostEvent(context, event);
      if (result.ok) return;
      enqueue.assign({ lastRejection: rejection(context, event, result.reason, result.issues) });
      enqueue.emit({ type: 'rejected', event: event.type, reason: result.reason, issues: result.issues, input: result.input });
    }),
    /** Entering a step records it in the record (so a restore lands here) and tells the host. */
    enterStep: enqueueActions<{ step: StepId }>(({ context, enqueue }, params) => {
      const previousStep = context.record.progress.step;
      if (previousStep === params.step) return;
      const record = { ...context.record, progress: { ...context.record.progress, step: params.step } };
      enqueue.assign({ record });
      enqueue.emit({ type: 'stepChanged', step: params.step, previousStep });
      enqueue.emit(changedEvent({ ...context, record }));
    }),
    rejectNavigation: enqueueActions(({ context, event, enqueue }) => {
      const reason =
        event.type === 'nav.goTo' && event.step === 'followUp'
          ? (checks.followUpOpen(context, event)?.reason ?? '')
          : event.type === 'nav.goTo'
            ? 'Steget finns inte.'
            : event.type === 'nav.next'
              ? 'Det finns inget steg efter det här.'
              : 'Det finns inget steg före det här.';
      const refused = rejection(context, event, reason, []);
      enqueue.assign({ lastRejection: refused });
      enqueue.emit({ type: 'rejected', event: event.type, reason, issues: [] });
    }),
    clearRejection: assign({ lastRejection: undefined }),
  },
}).createMachine({
  id: 'investigation',
  context: ({ input }) => ({
    record: input.record,
    relativeRecords: input.relativeRecords ?? [],
    catalogue: input.catalogue,
    ...(input.caseworker ? { caseworker: input.caseworker } : {}),
    today: input.today,
  }),
  initial: 'resolving',
  states: {
    /** Restoring: go to the step the record was saved in. */
    resolving: {
      always: [
        ...STEP_IDS.map((step) => ({ guard: { type: 'recordAt' as const, params: { step } }, target: step })),
        { target: 'relatives' },
      ],
    },
    relatives: { entry: { type: 'enterStep', params: { step: 'relatives' } } },
    equip: { entry: { type: 'enterStep', params: { step: 'equip' } } },
    involve: { entry: { type: 'enterStep', params: { step: 'involve' } } },
    gather: { entry: { type: 'enterStep', params: { step: 'gather' } } },
    assessment: { entry: { type: 'enterStep', params: { step: 'assessment' } } },
    assignment: { entry: { type: 'enterStep', params: { step: 'assignment' } } },
    followUp: { entry: { type: 'enterStep', params: { step: 'followUp' } } },
  },
  on: {
    'nav.goTo': [
      ...STEP_IDS.map((step) => ({ guard: { type: 'mayGoTo' as const, params: { step } }, target: `.${step}`, actions: 'clearRejection' as const })),
      { actions: 'rejectNavigation' },
    ],
    'nav.next': [
      ...STEP_IDS.map((step) => ({ guard: { type: 'nextIs' as const, params: { step } }, target: `.${step}`, actions: 'clearRejection' as const })),
      { actions: 'rejectNavigation' },
    ],
    'nav.back': [
      ...STEP_IDS.map((step) => ({ guard: { type: 'backIs' as const, params: { step } }, target: `.${step}`, actions: 'clearRejection' as const })),
      { actions: 'rejectNavigation' },
    ],

    // Step 1
    'person.update': { actions: 'applyEdit' },
    'person.recordCapacityJudgement': { actions: 'applyEdit' },
    'application.setConcernsRelative': { actions: 'applyEdit' },
    'relative.add': [{ guard: 'relativesOpen', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'relativesOpen' } } }],
    'relative.update': { actions: 'applyEdit' },
    'relative.remove': { actions: 'applyEdit' },
    'relative.markAsked': { actions: 'applyEdit' },
    'relative.raiseViolenceConcern': { actions: 'applyEdit' },
    'relative.recordViolenceJudgement': { actions: 'applyEdit' },
    // Consent, from every step
    'consent.record': [{ guard: 'entitledToConsent', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'entitledToConsent' } } }],
    'consent.withdraw': { actions: 'applyEdit' },
    // Step 2 and the relative's own record (no consent needed, C9)
    'relativeRecord.update': { actions: 'applyEdit' },
    'relativeRecord.addInformationGiven': { actions: 'applyEdit' },
    'relativeRecord.addConversation': { actions: 'applyEdit' },
    'relativeRecord.addOwnSupportNeed': { actions: 'applyEdit' },
    'relativeRecord.addOwnSituationFollowUp': { actions: 'applyEdit' },
    'relativeRecord.requestOwnApplication': { actions: 'applyEdit' },
    // Step 3
    'expressionSupport.set': { actions: 'applyEdit' },
    'meetingPlan.set': [{ guard: 'mayPlanMeeting', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayPlanMeeting' } } }],
    // Step 4
    'statement.add': [{ guard: 'mayRecordStatement', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayRecordStatement' } } }],
    'statement.update': [{ guard: 'mayRecordStatement', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayRecordStatement' } } }],
    'stance.set': { actions: 'applyEdit' },
    'indirectSupport.propose': { actions: 'applyEdit' },
    'indirectSupport.update': { actions: 'applyEdit' },
    // Attention over time, from every step
    'information.log': [{ guard: 'mayInformRelative', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayInformRelative' } } }],
    'contact.plan': [{ guard: 'mayPlanLaterContact', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayPlanLaterContact' } } }],
    'contact.markDone': [{ guard: 'mayPlanLaterContact', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayPlanLaterContact' } } }],
    // Assessment and decision, step 5
    'assessment.set': { actions: 'applyEdit' },
    'assignmentPlan.set': { actions: 'applyEdit' },
    'assignment.issue': [{ guard: 'assignmentReady', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'assignmentReady' } } }],
    'application.refuse': [{ guard: 'nothingGranted', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'nothingGranted' } } }],
    // Step 6
    'followUp.start': [
      { guard: 'followUpOpen', actions: 'applyEdit', target: '.followUp' },
      { actions: { type: 'reject', params: { guard: 'followUpOpen' } } },
    ],
    'followUp.update': { actions: 'applyEdit' },
    'followUp.invite': [{ guard: 'mayTakePartInFollowUp', actions: 'applyEdit' }, { actions: { type: 'reject', params: { guard: 'mayTakePartInFollowUp' } } }],
    'followUp.recordRelativeView': [
      { guard: 'mayTakePartInFollowUp', actions: 'applyEdit' },
      { actions: { type: 'reject', params: { guard: 'mayTakePartInFollowUp' } } },
    ],
    // Host input: validated whole, applied all or nothing
    'host.restore': [{ guard: 'hostInputValid', actions: 'applyHost', target: '.resolving' }, { actions: 'rejectHost' }],
    'host.setCatalogue': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setAssessment': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setCaseworker': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
    'host.setToday': [{ guard: 'hostInputValid', actions: 'applyHost' }, { actions: 'rejectHost' }],
  },
});

export type InvestigationMachine = typeof investigationMachine;
