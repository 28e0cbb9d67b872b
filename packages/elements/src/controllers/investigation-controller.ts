/**
 * Owns the XState actor for an element that runs an investigation (`<anhorig-investigation>`, or a
 * step element standing alone). The machine owns the lifecycle (waiting for a record, a record that
 * failed to load, ready); this controller only forwards the host's properties as `host.*` events,
 * which the machine validates and applies all or nothing, and turns what the machine emits into DOM
 * events for the host.
 *
 * On disconnect it keeps the persisted snapshot and stops the actor; on reconnect it starts a new
 * actor from that snapshot (a stopped v5 actor processes nothing), so moving the element in the DOM
 * loses nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type Subscription } from 'xstate';
import {
  defaultCatalogue,
  investigationMachine,
  todayIso,
  type Catalogue,
  type InvestigationContext,
  type InvestigationEvent,
  type LoadError,
  type Rejection,
} from '@anhorig/core';
import { fire, type AnhorigErrorSource } from '../events/events.js';
import { renderRejection, type RenderedRejection } from '../localization/messages.js';

export type InvestigationActor = Actor<typeof investigationMachine>;
type RawSnapshot = ReturnType<InvestigationActor['getSnapshot']>;
/** A snapshot of the machine in state `ready`: what the elements render (the record is there). */
export type InvestigationSnapshot = Omit<RawSnapshot, 'context'> & { context: InvestigationContext };

/** The machine's snapshot when it is ready, else undefined (waiting, or the record failed to load). */
export const readySnapshot = (actor: InvestigationActor | undefined): InvestigationSnapshot | undefined => {
  const snapshot = actor?.getSnapshot();
  return snapshot?.context.record ? (snapshot as InvestigationSnapshot) : undefined;
};

type Host = ReactiveControllerHost & HTMLElement;

/** What the host has set on the element. */
export interface HostInputs {
  record: unknown;
  relativeRecords: unknown;
  catalogue: unknown;
  caseworker: unknown;
  today: unknown;
  decidedSupport: unknown;
}
export type HostInputName = keyof HostInputs;

const ERROR_SOURCE: Partial<Record<InvestigationEvent['type'], AnhorigErrorSource>> = {
  'host.restore': 'record',
  'host.setCatalogue': 'catalogue',
  'host.setCaseworker': 'caseworker',
  'host.setToday': 'today',
  'host.setAssessment': 'decidedSupport',
};

const sameJson = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // circular input: certainly not our record
  }
};

export class InvestigationController implements ReactiveController {
  actor: InvestigationActor;
  /** The host's last input the machine refused while an investigation is shown. */
  private hostRejection?: Rejection;
  private rendered?: RenderedRejection;
  private subscriptions: Subscription[] = [];
  private started = false;

  constructor(
    private readonly host: Host,
    /** Called whenever the actor is created or replaced (after a DOM move), to provide it to children. */
    private readonly onActor: (actor: InvestigationActor) => void,
  ) {
    this.actor = createActor(investigationMachine, { input: { catalogue: defaultCatalogue, today: todayIso() } });
    this.onActor(this.actor);
    // Last: a connected host calls hostConnected at once, which starts the actor.
    host.addController(this);
  }

  /**
   * The host's last input the machine refused while an investigation is shown (a banner the
   * handläggare can dismiss), in the element's current language; the same object while it is the
   * same refusal, so a dismissed banner stays dismissed across a language switch.
   */
  get hostError(): RenderedRejection | undefined {
    if (!this.hostRejection) return undefined;
    this.rendered = renderRejection(this.host, this.hostRejection, this.rendered);
    return this.rendered;
  }

  /** Why there is no investigation to show: the record failed to load (state `loadFailed`). */
  get loadError(): LoadError | undefined {
    return this.actor.getSnapshot().context.loadError;
  }

  /**
   * Forward the host's properties to the machine, in an order that lets each be checked against the
   * ones it depends on: who and when first, then the catalogue, the record, and the decided support.
   */
  sync(inputs: HostInputs, changed: ReadonlySet<HostInputName>): void {
    const send = (event: InvestigationEvent) => this.actor.send(event);
    if (changed.has('caseworker') && inputs.caseworker !== undefined) send({ type: 'host.setCaseworker', caseworker: inputs.caseworker as never });
    if (changed.has('today')) send({ type: 'host.setToday', today: (inputs.today ?? todayIso()) as string });
    const catalogue: unknown = inputs.catalogue === undefined ? defaultCatalogue : inputs.catalogue;
    const context = this.actor.getSnapshot().context;
    // Clearing `relativeRecords` alone while running is not "these relatives have no records": the
    // host would lose them on the next change. Only a new record replaces them.
    const clearedOwnRecordsOnly = context.record !== undefined && !changed.has('record') && inputs.relativeRecords == null;
    // Before the first record, none means "waiting"; once a case is shown, a record taken away is bad
    // input like any other: refused, reported, and the case stays.
    const recordChanged = (changed.has('record') || changed.has('relativeRecords')) && (inputs.record !== undefined || context.record !== undefined);
    const restore = recordChanged && !clearedOwnRecordsOnly && !this.isCurrent(inputs);
    // Before the first record, a catalogue the machine refuses leaves the default one in use (and is
    // reported); once running, a new case with its catalogue is checked as a pair.
    const pair = restore && changed.has('catalogue') && context.record !== undefined;
    if (changed.has('catalogue') && !pair) send({ type: 'host.setCatalogue', catalogue: catalogue as Catalogue });
    if (restore) send({ type: 'host.restore', record: inputs.record, relativeRecords: inputs.relativeRecords ?? [], ...(pair ? { catalogue } : {}) });
    if (changed.has('decidedSupport') && inputs.decidedSupport !== undefined) send({ type: 'host.setAssessment', assessment: inputs.decidedSupport });
  }

  hostConnected(): void {
    if (this.started) {
      // A stopped v5 actor processes nothing: continue from its persisted snapshot in a new one.
      const persisted = this.actor.getPersistedSnapshot();
      this.actor = createActor(investigationMachine, {
        snapshot: persisted,
        input: { catalogue: defaultCatalogue, today: todayIso() },
      });
      this.onActor(this.actor);
    }
    this.subscriptions = [
      this.actor.subscribe(() => this.host.requestUpdate()),
      this.actor.on('changed', ({ record, relativeRecords, valid }) => fire(this.host, 'anhorig-change', { record, relativeRecords, valid })),
      this.actor.on('stepChanged', ({ step, previousStep }) => fire(this.host, 'anhorig-step-change', { step, previousStep })),
      this.actor.on('consentChanged', ({ consent, change }) => fire(this.host, 'anhorig-consent-change', { consent, change })),
      this.actor.on('ownApplicationRequested', ({ request }) => fire(this.host, 'anhorig-own-application-request', request)),
      this.actor.on('assignmentIssued', ({ assignment }) => fire(this.host, 'anhorig-assignment-issued', { assignment })),
      this.actor.on('completed', ({ record, outcome }) => fire(this.host, 'anhorig-complete', { record, outcome })),
      this.actor.on('rejected', (rejection) => {
        const source = ERROR_SOURCE[rejection.event];
        if (!source) return;
        if (this.actor.getSnapshot().context.record) {
          this.hostRejection = rejection;
          this.rendered = undefined;
        }
        const rendered = renderRejection(this.host, rejection);
        fire(this.host, 'anhorig-error', { source, reason: rejection.reason, message: rendered.message, issues: rendered.issues, input: rejection.input });
      }),
    ];
    this.actor.start();
    this.started = true;
  }

  hostDisconnected(): void {
    this.subscriptions.forEach((s) => s.unsubscribe());
    this.subscriptions = [];
    this.actor.stop();
  }

  /** A host that stores what we emit and passes it straight back should not trigger a restore. */
  private isCurrent(inputs: HostInputs): boolean {
    const context = this.actor.getSnapshot().context;
    if (!context.record) return false;
    if (inputs.record === context.record && (inputs.relativeRecords ?? []) === context.relativeRecords) return true;
    return sameJson(inputs.record, context.record) && sameJson(inputs.relativeRecords ?? [], context.relativeRecords);
  }
}
