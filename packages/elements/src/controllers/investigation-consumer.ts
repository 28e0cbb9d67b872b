/**
 * The consumer side: a step element inside `<anhorig-investigation>` receives the actor through
 * @lit/context and re-renders when the snapshot changes. Standing alone (no provider above it),
 * the element owns an actor itself — see `InvestigationElement`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Subscription } from 'xstate';
import { investigationContext } from '../context/investigation-context.js';
import type { InvestigationActor } from './investigation-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export class InvestigationConsumer implements ReactiveController {
  actor?: InvestigationActor;
  private subscription?: Subscription;
  private readonly consumer: ContextConsumer<typeof investigationContext, Host>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: investigationContext,
      subscribe: true,
      callback: (actor) => this.attach(actor),
    });
  }

  hostConnected(): void {
    if (this.actor && !this.subscription) this.attach(this.actor);
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  get provided(): boolean {
    return this.consumer.value !== undefined;
  }

  private attach(actor: InvestigationActor | undefined): void {
    this.subscription?.unsubscribe();
    this.actor = actor;
    this.subscription = actor?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
