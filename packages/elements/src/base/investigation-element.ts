/**
 * Base class of every element that shows part of an investigation. Inside `<anhorig-investigation>`
 * it consumes the shared actor through @lit/context. Standing alone (no provider above it), it owns
 * an actor built from its own `record`, `catalogue`, `caseworker` and `today`, and provides it to
 * its children. Either way it renders the machine's snapshot and sends events: no domain rule lives here.
 */
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import {
  defaultCatalogue,
  todayIso,
  type Caseworker,
  type InvestigationEvent,
  type InvestigationInput,
} from '@anhorig/core';
import { investigationContext } from '../context/investigation-context.js';
import { InvestigationConsumer } from '../controllers/investigation-consumer.js';
import {
  InvestigationController,
  type InvestigationActor,
  type InvestigationSnapshot,
} from '../controllers/investigation-controller.js';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';

export class InvestigationElement extends LitElement {
  static override styles = [tokens, shared];

  static override properties = {
    record: { attribute: false },
    relativeRecords: { attribute: false },
    catalogue: { attribute: false },
    caseworker: { attribute: false },
    today: { type: String },
    readonly: { type: Boolean, reflect: true },
    lang: { type: String, reflect: true },
  };

  /** The record to start from or restore (standalone or on `<anhorig-investigation>`). Validated; never trusted. */
  declare record: unknown;
  /** The relatives' own records to restore alongside `record`. */
  declare relativeRecords: unknown;
  /** The municipality's catalogue; the default catalogue when not set. */
  declare catalogue: unknown;
  /** The handläggare who records consents and statements, from the host. */
  declare caseworker: Caseworker | undefined;
  /** Today's date (`YYYY-MM-DD`); injectable for tests and for hosts with a server clock. */
  declare today: string | undefined;
  /** Review mode: the record is shown, nothing can be changed. */
  declare readonly: boolean;
  /** `sv` (default) or `en`. */
  declare lang: string;

  protected readonly consumer = new InvestigationConsumer(this);
  protected owner?: InvestigationController;
  private provider?: ContextProvider<typeof investigationContext, this>;
  private applied = new Map<string, unknown>();

  constructor() {
    super();
    this.readonly = false;
  }

  /** Whether this element must own its actor even below another provider (the top-level element). */
  protected get alwaysOwns(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.owner && (this.alwaysOwns || !this.consumer.provided)) this.own();
    if (this.owner && !this.hasAttribute('lang')) this.lang = 'sv';
  }

  protected get actor(): InvestigationActor | undefined {
    return this.owner?.actor ?? this.consumer.actor;
  }

  protected get snapshot(): InvestigationSnapshot | undefined {
    return this.actor?.getSnapshot();
  }

  /** Send an event to the machine; ignored in review mode. */
  protected send(event: InvestigationEvent): void {
    if (this.readonly) return;
    this.actor?.send(event);
  }

  private own(): void {
    const input: InvestigationInput = {
      record: this.record,
      relativeRecords: this.relativeRecords,
      catalogue: this.catalogue ?? defaultCatalogue,
      caseworker: this.caseworker ?? { id: 'okand', name: 'Okänd handläggare' },
      today: this.today ?? todayIso(),
    };
    for (const key of ['record', 'relativeRecords', 'catalogue', 'caseworker', 'today'] as const) this.applied.set(key, this[key]);
    this.owner = new InvestigationController(this, input, (actor) => this.provider?.setValue(actor));
    this.provider = new ContextProvider(this, { context: investigationContext, initialValue: this.owner.actor });
  }

  /** Pass host property changes to the machine as host events; the machine validates them. */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.owner) return;
    const fresh = (key: 'record' | 'relativeRecords' | 'catalogue' | 'caseworker' | 'today') =>
      changed.has(key) && this.applied.get(key) !== this[key] && (this.applied.set(key, this[key]), true);
    const catalogueChanged = fresh('catalogue');
    const recordChanged = fresh('record');
    const relativeRecordsChanged = fresh('relativeRecords');
    if (fresh('caseworker') && this.caseworker) this.owner.actor.send({ type: 'host.setCaseworker', caseworker: this.caseworker });
    if (fresh('today') && this.today) this.owner.actor.send({ type: 'host.setToday', today: this.today });
    if (catalogueChanged) this.owner.actor.send({ type: 'host.setCatalogue', catalogue: this.catalogue ?? defaultCatalogue });
    if (recordChanged || relativeRecordsChanged)
      this.owner.actor.send({ type: 'host.restore', record: this.record, relativeRecords: this.relativeRecords ?? [] });
  }
}
