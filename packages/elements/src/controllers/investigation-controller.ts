/**
 * Owns the XState actor for an element that runs an investigation (`<anhorig-investigation>`, or a
 * step element standing alone). The actor is created once the host's first record loads (migrated
 * and validated by the core); until then the element shows why it waits. After that, every host
 * property change becomes a `host.*` event, which the machine validates and applies all or nothing.
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
  loadDocuments,
  todayIso,
  validateCatalogue,
  type Catalogue,
  type InvestigationEvent,
  type ValidationIssue,
} from '@anhorig/core';
import { fire, type AnhorigErrorSource } from '../events/events.js';

export type InvestigationActor = Actor<typeof investigationMachine>;
export type InvestigationSnapshot = ReturnType<InvestigationActor['getSnapshot']>;

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

/** Why there is no actor yet: the first record could not be loaded. */
export interface LoadError {
  message: string;
  issues: ValidationIssue[];
}

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
  actor?: InvestigationActor;
  loadError?: LoadError;
  private subscriptions: Subscription[] = [];
  private persisted?: ReturnType<InvestigationActor['getPersistedSnapshot']>;
  private connected = false;

  constructor(
    private readonly host: Host,
    /** Called whenever the actor is created or replaced (after a DOM move), to provide it to children. */
    private readonly onActor: (actor: InvestigationActor) => void,
  ) {
    host.addController(this);
  }

  /** Apply the host's properties: create the actor from the first valid record, then forward changes. */
  sync(inputs: HostInputs, changed: ReadonlySet<HostInputName>): void {
    if (!this.actor) return this.create(inputs);
    const actor = this.actor;
    const send = (event: InvestigationEvent) => actor.send(event);
    if (changed.has('caseworker')) send({ type: 'host.setCaseworker', caseworker: inputs.caseworker as never });
    if (changed.has('today')) send({ type: 'host.setToday', today: (inputs.today ?? todayIso()) as string });
    const catalogue = inputs.catalogue === undefined ? defaultCatalogue : inputs.catalogue;
    // Clearing `relativeRecords` alone while running is not "these relatives have no records": the
    // host would lose them on the next change. Only a new record replaces them.
    const clearedOwnRecordsOnly = !changed.has('record') && inputs.relativeRecords == null;
    const restore = (changed.has('record') || changed.has('relativeRecords')) && !clearedOwnRecordsOnly && !this.isCurrent(inputs);
    if (restore)
      // A new case from another municipality comes with its catalogue: the pair is checked together.
      send({
        type: 'host.restore',
        record: inputs.record,
        relativeRecords: inputs.relativeRecords ?? [],
        ...(changed.has('catalogue') ? { catalogue } : {}),
      });
    else if (changed.has('catalogue')) send({ type: 'host.setCatalogue', catalogue });
    if (changed.has('decidedSupport') && inputs.decidedSupport !== undefined)
      send({ type: 'host.setAssessment', assessment: inputs.decidedSupport });
  }

  hostConnected(): void {
    this.connected = true;
    if (this.persisted && this.actor) {
      this.actor = createActor(investigationMachine, { snapshot: this.persisted, input: this.actor.getSnapshot().context });
      this.persisted = undefined;
      this.onActor(this.actor);
    }
    this.startActor();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (!this.actor) return;
    this.persisted = this.actor.getPersistedSnapshot();
    this.subscriptions.forEach((s) => s.unsubscribe());
    this.subscriptions = [];
    this.actor.stop();
  }

  /** A host that stores what we emit and passes it straight back should not trigger a restore. */
  private isCurrent(inputs: HostInputs): boolean {
    const context = this.actor?.getSnapshot().context;
    if (!context) return false;
    if (inputs.record === context.record && (inputs.relativeRecords ?? []) === context.relativeRecords) return true;
    return sameJson(inputs.record, context.record) && sameJson(inputs.relativeRecords ?? [], context.relativeRecords);
  }

  private create(inputs: HostInputs): void {
    if (inputs.record === undefined) return; // nothing to show yet: the element says it is waiting
    let catalogue: Catalogue = defaultCatalogue;
    if (inputs.catalogue !== undefined) {
      const checked = validateCatalogue(inputs.catalogue);
      if (checked.ok) catalogue = checked.value;
      else this.reportError('catalogue', 'Kommunens katalog kunde inte läsas in. Standardkatalogen används.', checked.issues, inputs.catalogue);
    }
    const loaded = loadDocuments(inputs.record, inputs.relativeRecords ?? [], catalogue);
    if (!loaded.ok) {
      this.loadError = { message: 'Utredningen från värdsystemet kunde inte läsas in.', issues: loaded.issues };
      this.reportError('record', this.loadError.message, loaded.issues, { record: inputs.record, relativeRecords: inputs.relativeRecords });
      this.host.requestUpdate();
      return;
    }
    this.loadError = undefined;
    this.actor = createActor(investigationMachine, {
      input: { ...loaded.value, catalogue, today: todayIso() },
    });
    this.onActor(this.actor);
    if (this.connected) this.startActor();
    // The machine validates these like any later change, and reports bad values through the error event.
    if (inputs.caseworker !== undefined) this.actor.send({ type: 'host.setCaseworker', caseworker: inputs.caseworker as never });
    if (inputs.today !== undefined) this.actor.send({ type: 'host.setToday', today: inputs.today as string });
    if (inputs.decidedSupport !== undefined) this.actor.send({ type: 'host.setAssessment', assessment: inputs.decidedSupport });
    this.host.requestUpdate();
  }

  private reportError(source: AnhorigErrorSource, message: string, issues: ValidationIssue[], input: unknown): void {
    fire(this.host, 'anhorig-error', { source, message, issues, input });
  }

  private startActor(): void {
    const { actor, host } = this;
    if (!actor || this.subscriptions.length) return;
    this.subscriptions = [
      actor.subscribe(() => host.requestUpdate()),
      actor.on('changed', ({ record, relativeRecords, valid }) => fire(host, 'anhorig-change', { record, relativeRecords, valid })),
      actor.on('stepChanged', ({ step, previousStep }) => fire(host, 'anhorig-step-change', { step, previousStep })),
      actor.on('consentChanged', ({ consent, change }) => fire(host, 'anhorig-consent-change', { consent, change })),
      actor.on('ownApplicationRequested', ({ request }) => fire(host, 'anhorig-own-application-request', request)),
      actor.on('assignmentIssued', ({ assignment }) => fire(host, 'anhorig-assignment-issued', { assignment })),
      actor.on('completed', ({ record, outcome }) => fire(host, 'anhorig-complete', { record, outcome })),
      actor.on('rejected', ({ event, reason, issues, input }) => {
        const source = ERROR_SOURCE[event];
        if (source) this.reportError(source, reason, issues, input);
      }),
    ];
    actor.start();
  }
}
