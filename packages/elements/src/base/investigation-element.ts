/**
 * Base class of every element that shows part of an investigation. Inside `<anhorig-investigation>`
 * it consumes the shared actor through @lit/context. Standing alone (no provider above it), it owns
 * an actor built from its own `record`, `catalogue`, `caseworker` and `today`, and provides it to
 * its children. Either way it renders the machine's snapshot and sends events: no domain rule lives here.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { trySend, type Caseworker, type InvestigationEvent, type Rejection } from '@anhorig/core';
import { investigationContext } from '../context/investigation-context.js';
import { InvestigationConsumer } from '../controllers/investigation-consumer.js';
import {
  InvestigationController,
  readySnapshot,
  type HostInputName,
  type InvestigationActor,
  type InvestigationSnapshot,
} from '../controllers/investigation-controller.js';
import { FormsController } from '../controllers/forms-controller.js';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';
import { baseTerms } from './base.terms.js';
import { LanguageProvider, languageLoading } from '../localization/language.js';
import { msg } from '../localization/messages.js';

const HOST_INPUTS: readonly HostInputName[] = ['record', 'relativeRecords', 'catalogue', 'caseworker', 'today', 'decidedSupport'];

export class InvestigationElement extends LitElement {
  static override styles = [tokens, shared];

  static override properties = {
    record: { attribute: false },
    relativeRecords: { attribute: false },
    catalogue: { attribute: false },
    caseworker: { attribute: false },
    decidedSupport: { attribute: false },
    today: { type: String },
    readonly: { type: Boolean, reflect: true },
  };

  /** The investigation record to start from or restore. Migrated and validated; never trusted. */
  declare record: unknown;
  /** The relatives' own records to restore alongside `record`. */
  declare relativeRecords: unknown;
  /** The municipality's catalogue; the default catalogue when not set. */
  declare catalogue: unknown;
  /** The handläggare (`{ id, name }`) who records consents and statements, from the host. */
  declare caseworker: Caseworker | undefined;
  /** The assessment and decided support from the host's case system (optional). */
  declare decidedSupport: unknown;
  /** Today's date (`YYYY-MM-DD`); injectable for tests and for hosts with a server clock. */
  declare today: string | undefined;
  /** Review mode: the record is shown, nothing can be changed. */
  declare readonly: boolean;

  protected readonly consumer = new InvestigationConsumer(this);
  /** The element's forms: drafts, and where a refusal or confirmation belongs (see FormsController). */
  protected readonly forms = new FormsController(this, { send: (event) => this.send(event), refusal: () => this.ownRejection });
  protected owner?: InvestigationController;
  private provider?: ContextProvider<typeof investigationContext, this>;
  private languageProvider?: LanguageProvider;
  private readonly baseT = baseTerms(this);
  /** The machine's refusal of the last event this element sent (refusals go to their sender only). */
  private lastRefusal?: Rejection;

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
  }

  protected get actor(): InvestigationActor | undefined {
    return this.owner?.actor ?? this.consumer.actor;
  }

  /** The machine's snapshot once it is ready (a record is loaded); undefined while waiting or after a failed load. */
  protected get snapshot(): InvestigationSnapshot | undefined {
    return readySnapshot(this.actor);
  }

  /** Send an event to the machine; ignored in review mode. Its refusal, if any, comes back to this element. */
  protected send(event: InvestigationEvent): void {
    if (this.readonly || !this.actor) return;
    this.lastRefusal = trySend(this.actor, event);
    this.requestUpdate();
  }

  /** The machine's refusal of the last event this element sent, if it refused it. */
  protected get ownRejection(): Rejection | undefined {
    return this.lastRefusal;
  }

  /** Shown instead of the content while there is no investigation (waiting, or the first record was bad). */
  protected renderUnavailable(): TemplateResult {
    const error = this.owner?.loadError;
    if (!error) return html`<p class="notice info" role="status">${this.baseT.term('waiting')}</p>`;
    return html`
      <div class="notice error" role="alert" part="error">
        <p><strong>${msg(this, error.reason)}</strong> ${this.baseT.term('nothingChanged')}</p>
        <ul>
          ${error.issues.slice(0, 10).map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${msg(this, i)}</li>`)}
        </ul>
        ${error.issues.length > 10 ? html`<p>${this.baseT.term('moreIssues', error.issues.length - 10)}</p>` : nothing}
      </div>
    `;
  }

  /**
   * What this element is waiting for before it can show what it should (a language's tables; the
   * investigation adds the current step's module). `updateComplete` resolves only once it is loaded
   * and rendered, so hosts and tests that await it see the finished view.
   */
  protected get pendingLoad(): Promise<unknown> | undefined {
    return this.languageProvider?.loading ?? languageLoading();
  }

  /** The owner renders nothing in a language whose tables are still loading (no half-translated frame). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.languageProvider?.loading;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A load started by this update (or by a `lang` seen since) ends in another update: await both.
    for (let i = 0; i < 10; i += 1) {
      const loading = this.pendingLoad;
      if (!loading && !this.isUpdatePending) break;
      if (loading) await loading.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private own(): void {
    // The owner also watches `lang`, so a language switch re-renders everything below it at once.
    this.languageProvider = new LanguageProvider(this);
    this.provider = new ContextProvider(this, { context: investigationContext, initialValue: undefined });
    this.owner = new InvestigationController(this, (actor) => this.provider?.setValue(actor));
  }

  /** The investigation the forms' drafts belong to. */
  private formsFor: string | undefined;

  /** Pass host property changes to the owning controller, which turns them into validated machine events. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const names = new Set(HOST_INPUTS.filter((name) => changed.has(name)));
    if (this.owner && names.size)
      this.owner.sync(
        {
          record: this.record,
          relativeRecords: this.relativeRecords,
          catalogue: this.catalogue,
          caseworker: this.caseworker,
          today: this.today,
          decidedSupport: this.decidedSupport,
        },
        names,
      );
    // Unsaved input belongs to one person's case: never carry it into another investigation.
    const investigationId = this.snapshot?.context.record.id;
    if (investigationId !== undefined && investigationId !== this.formsFor) {
      if (this.formsFor !== undefined) this.forms.reset();
      this.formsFor = investigationId;
    }
  }
}
