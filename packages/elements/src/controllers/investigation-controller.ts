/**
 * Owns the XState actor for an element that runs an investigation (`<anhorig-investigation>`, or a
 * step element standing alone). Creates the actor in the constructor, starts it on connect, and
 * on disconnect keeps the persisted snapshot so that moving the element in the DOM loses nothing:
 * a stopped v5 actor processes no events, so reconnecting starts a new actor from that snapshot.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type Subscription } from 'xstate';
import { investigationMachine, type InvestigationInput } from '@anhorig/core';
import { fire } from '../events/events.js';

export type InvestigationActor = Actor<typeof investigationMachine>;
export type InvestigationSnapshot = ReturnType<InvestigationActor['getSnapshot']>;

type Host = ReactiveControllerHost & HTMLElement;

const ERROR_SOURCE = {
  'host.restore': 'record',
  'host.setCatalogue': 'catalogue',
} as const;

export class InvestigationController implements ReactiveController {
  actor: InvestigationActor;
  private subscriptions: Subscription[] = [];
  private persisted: unknown;

  constructor(
    private readonly host: Host,
    input: InvestigationInput,
    /** Called whenever a new actor replaces the old one (after a DOM move), to re-provide it. */
    private readonly onActor: (actor: InvestigationActor) => void = () => {},
  ) {
    this.actor = createActor(investigationMachine, { input });
    host.addController(this);
  }

  get snapshot(): InvestigationSnapshot {
    return this.actor.getSnapshot();
  }

  hostConnected(): void {
    if (this.persisted !== undefined) {
      this.actor = createActor(investigationMachine, { snapshot: this.persisted as never, input: this.snapshot.context as never });
      this.persisted = undefined;
      this.onActor(this.actor);
    }
    this.subscribe();
    this.actor.start();
  }

  hostDisconnected(): void {
    this.persisted = this.actor.getPersistedSnapshot();
    this.subscriptions.forEach((s) => s.unsubscribe());
    this.subscriptions = [];
    this.actor.stop();
  }

  private subscribe(): void {
    const { actor, host } = this;
    this.subscriptions = [
      actor.subscribe(() => host.requestUpdate()),
      actor.on('changed', ({ record, relativeRecords, valid }) => fire(host, 'anhorig-change', { record, relativeRecords, valid })),
      actor.on('stepChanged', ({ step, previousStep }) => fire(host, 'anhorig-step-change', { step, previousStep })),
      actor.on('consentChanged', ({ consent, change }) => fire(host, 'anhorig-consent-change', { consent, change })),
      actor.on('ownApplicationRequested', ({ relativeId, needId, homeMunicipality, relativeRecord }) =>
        fire(host, 'anhorig-own-application-request', { relativeId, needId, homeMunicipality, relativeRecord }),
      ),
      actor.on('assignmentIssued', ({ assignment }) => fire(host, 'anhorig-assignment-issued', { assignment })),
      actor.on('completed', ({ record, outcome }) => fire(host, 'anhorig-complete', { record, outcome })),
      actor.on('rejected', ({ event, reason, issues, input }) => {
        const source = ERROR_SOURCE[event as keyof typeof ERROR_SOURCE];
        if (source) fire(host, 'anhorig-error', { source, message: reason, issues, input });
      }),
    ];
  }
}
