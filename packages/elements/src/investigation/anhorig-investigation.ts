import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { nextStep, previousStep, type InvestigationContext, type Rejection, type StepId } from '@anhorig/core';
import { InvestigationElement } from '../base/investigation-element.js';
import { resolveLang } from '../localization/language.js';
import { isReady, load, prefetch, type LazyTag } from './step-loader.js';
import { stepHeading, stepTerms } from '../shared/step-titles.js';
import { investigationTerms } from './investigation.terms.js';
import { styles } from './anhorig-investigation.styles.js';

type View = 'step' | 'consents' | 'log' | 'summary';

/** Each step's element: a module of its own, loaded when the step is first shown (step-loader.ts). */
const STEP_TAGS: Record<StepId, LazyTag> = {
  relatives: 'anhorig-step-relatives',
  equip: 'anhorig-step-equip',
  involve: 'anhorig-step-involve',
  gather: 'anhorig-step-gather',
  assessment: 'anhorig-step-assessment',
  assignment: 'anhorig-step-assignment',
  followUp: 'anhorig-step-follow-up',
};

/** Which landmark the element is: a named region inside the host's own `main` (default), or the page's `main`. */
export type Landmark = 'main' | 'region';

interface Focusable extends HTMLElement {
  focusHeading?: () => void;
}

/**
 * @summary The whole flow: guides a handläggare through Socialstyrelsen's six steps for attending to
 * and involving relatives (anhöriga) in an investigation, enforces the consent rules, builds the
 * assignment to the provider and hands the host structured, validated JSON.
 *
 * Set `record` (start or restore), `catalogue`, `caseworker` and optionally `decidedSupport`,
 * `today` and `readonly`; `lang="en"` for English (switchable while shown, on the element or an
 * ancestor). Listen to the `anhorig-…` events and persist what they carry: the element stores nothing.
 *
 * Landmarks: the element is one named region ("Anhöriga i utredningen") holding the step navigator
 * (`nav`), the current step and the previous/next pager (its own `nav`). A host page without a
 * `main` of its own sets `landmark="main"` to make the element the page's main landmark.
 *
 * @fires anhorig-change - Every committed edit, with the full documents and whether they are valid.
 * @fires anhorig-step-change - The handläggare moved to another step.
 * @fires anhorig-consent-change - A consent was given, declined or withdrawn (for the host's audit log).
 * @fires anhorig-own-application-request - A relative chose to apply for own support (C12).
 * @fires anhorig-assignment-issued - A new, immutable assignment version to send to the provider.
 * @fires anhorig-complete - The investigation is complete (assignment issued or application refused).
 * @fires anhorig-error - Input from the host was rejected; carries the input and the issues.
 *
 * @csspart base - The whole element: the landmark (`section`, or `main` with `landmark="main"`).
 * @csspart header - The person and the view switcher.
 * @csspart nav - The step navigator.
 * @csspart content - The current step, consent panel, information log or summary.
 * @csspart pager - The previous/next buttons (a `nav` landmark).
 * @csspart host-error - The message shown when host input was rejected.
 *
 * @cssproperty --anhorig-font-family - Font of the element.
 * @cssproperty --anhorig-font-size - Base font size.
 * @cssproperty --anhorig-color-text - Text colour.
 * @cssproperty --anhorig-color-text-muted - Secondary text colour.
 * @cssproperty --anhorig-color-background - Background colour.
 * @cssproperty --anhorig-color-surface - Background of panels.
 * @cssproperty --anhorig-color-border - Borders of fields and cards.
 * @cssproperty --anhorig-color-primary - Buttons, links, the current step.
 * @cssproperty --anhorig-color-on-primary - Text on primary buttons.
 * @cssproperty --anhorig-color-focus - Focus outline.
 * @cssproperty --anhorig-color-error - Errors.
 * @cssproperty --anhorig-color-warning-background - Background of warnings.
 * @cssproperty --anhorig-color-warning-border - Border and text accent of warnings.
 * @cssproperty --anhorig-color-info-background - Background of information notices.
 * @cssproperty --anhorig-radius - Corner radius.
 * @cssproperty --anhorig-space-1 - Smallest spacing (also -2 … -5).
 */
export class AnhorigInvestigation extends InvestigationElement {
  static override styles = [...InvestigationElement.styles, styles];

  static override properties = {
    ...InvestigationElement.properties,
    landmark: { type: String },
    view: { state: true },
    announcement: { state: true },
    hostErrorDismissed: { state: true },
  };

  /**
   * `region` (default): a region named "Anhöriga i utredningen", for a host page with its own `main`.
   * `main`: the element is the page's main landmark, for a host page without one. Anything else is `region`.
   */
  declare landmark: Landmark;
  declare private view: View;
  /** Text of the polite live region: step and view changes for screen readers. */
  declare private announcement: string;
  declare private hostErrorDismissed: Rejection | undefined;

  private readonly t = investigationTerms(this);
  private readonly steps = stepTerms(this);

  constructor() {
    super();
    this.landmark = 'region';
    this.view = 'step';
    this.announcement = '';
    this.hostErrorDismissed = undefined;
    this.addEventListener('anhorig-step-change', (e) => {
      if (e.target !== this) return;
      this.view = 'step';
      // Announced once the new step is shown (its module may still be loading).
      void this.focusContent().then(() => this.announce(this.t.term('announceStep', stepHeading(this.steps, e.detail.step))));
    });
  }

  /** The module being fetched for what is to be shown; `updateComplete` waits for it and the render after. */
  private loading?: { tag: LazyTag; done: Promise<void> };

  protected override get pendingLoad(): Promise<unknown> | undefined {
    const language = super.pendingLoad;
    const step = this.loading?.done;
    return language && step ? Promise.all([language, step]) : (language ?? step);
  }

  /** `template` once `tag` is defined (and its terms in the language shown are loaded); until then a quiet placeholder. */
  private whenLoaded(tag: LazyTag, template: TemplateResult): TemplateResult {
    const lang = resolveLang(this);
    if (isReady(tag, lang)) return template;
    if (this.loading?.tag !== tag) {
      const done: Promise<void> = load(tag, lang).then(
        () => {
          if (this.loading?.done === done) this.loading = undefined;
          this.requestUpdate();
        },
        (error: unknown) => {
          if (this.loading?.done === done) this.loading = undefined;
          console.error(`<anhorig-investigation>: could not load <${tag}>`, error);
        },
      );
      this.loading = { tag, done };
    }
    // Not a live region: the step is announced once, when it is shown.
    return html`<div class="loading" aria-busy="true"><p>${this.t.term('loading')}</p></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const context = this.snapshot?.context;
    // Not while what is shown is still loading: the prefetch would compete with it.
    if (!context || this.readonly || this.loading) return;
    // The steps either side of this one, fetched while the handläggare works here.
    const near = [nextStep(context.record, context.today), previousStep(context.record, context.today)];
    prefetch(
      near.flatMap((step) => (step ? [STEP_TAGS[step]] : [])),
      resolveLang(this),
    );
  }

  protected override firstUpdated(): void {
    // The navigator's choice stays inside our shadow root (not composed): show the step view.
    this.renderRoot.addEventListener('anhorig-nav-select', () => {
      if (this.view !== 'step') this.showView('step');
    });
  }

  protected override get alwaysOwns(): boolean {
    return true;
  }

  override render(): TemplateResult {
    const context = this.snapshot?.context;
    const content = html`
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${context ? this.renderInvestigation(context) : this.renderUnavailable()}
    `;
    // Everything, the live region included, inside one landmark with a name.
    return this.landmark === 'main'
      ? html`<main class="layout" part="base" aria-label=${this.t.term('title')}>${content}</main>`
      : html`<section class="layout" part="base" aria-label=${this.t.term('title')}>${content}</section>`;
  }

  private renderInvestigation(context: InvestigationContext): TemplateResult {
    const { record } = context;
    const person = record.person.chosenName ?? record.person.displayName;
    return html`
      ${this.renderHostError()}
      <header class="header" part="header">
        <p class="title"><strong>${this.t.term('title')}</strong> · ${this.t.term('person', person)}</p>
        ${record.progress.phase === 'complete' ? html`<p class="tag">${this.t.term('phaseComplete')}</p>` : nothing}
        ${record.progress.phase === 'followUp' ? html`<p class="tag">${this.t.term('phaseFollowUp')}</p>` : nothing}
        ${this.readonly ? html`<p class="notice info">${this.t.term('readonlyNotice')}</p>` : this.renderViews(context)}
      </header>
      ${this.readonly
        ? html`<div class="content" part="content">${this.whenLoaded('anhorig-summary', html`<anhorig-summary readonly></anhorig-summary>`)}</div>`
        : html`
            <div class="columns">
              <anhorig-step-nav class="nav" exportparts="nav"></anhorig-step-nav>
              <div class="content" part="content">${this.renderView(record.progress.step)}</div>
            </div>
            ${this.view === 'step' ? this.renderPager(context) : nothing}
          `}
    `;
  }

  private renderViews(context: InvestigationContext): TemplateResult {
    const button = (view: View, label: string) => html`
      <button type="button" class="secondary" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => this.showView(view)}>${label}</button>
    `;
    return html`
      <div class="views" role="group" aria-label=${this.t.term('views')}>
        ${button('step', this.t.term('viewStep'))}
        ${button('consents', this.t.term('viewConsents', context.record.consents.length))}
        ${button('log', this.t.term('viewLog', context.record.informationLog.length))}
        ${button('summary', this.t.term('viewSummary'))}
      </div>
    `;
  }

  private renderView(step: StepId): TemplateResult {
    switch (this.view) {
      case 'consents':
        return this.whenLoaded('anhorig-consent-panel', html`<anhorig-consent-panel></anhorig-consent-panel>`);
      case 'log':
        return this.whenLoaded('anhorig-information-log', html`<anhorig-information-log></anhorig-information-log>`);
      case 'summary':
        return this.whenLoaded('anhorig-summary', html`<anhorig-summary></anhorig-summary>`);
      case 'step':
        return this.whenLoaded(STEP_TAGS[step], this.renderStep(step));
    }
  }

  private renderStep(step: StepId): TemplateResult {
    switch (step) {
      case 'relatives':
        return html`<anhorig-step-relatives></anhorig-step-relatives>`;
      case 'equip':
        return html`<anhorig-step-equip></anhorig-step-equip>`;
      case 'involve':
        return html`<anhorig-step-involve></anhorig-step-involve>`;
      case 'gather':
        return html`<anhorig-step-gather></anhorig-step-gather>`;
      case 'assessment':
        return html`<anhorig-step-assessment></anhorig-step-assessment>`;
      case 'assignment':
        return html`<anhorig-step-assignment></anhorig-step-assignment>`;
      case 'followUp':
        return html`<anhorig-step-follow-up></anhorig-step-follow-up>`;
    }
  }

  private renderPager(context: InvestigationContext): TemplateResult {
    const previous = previousStep(context.record, context.today);
    const next = nextStep(context.record, context.today);
    return html`
      <nav class="pager" part="pager" aria-label=${this.t.term('pager')}>
        ${previous
          ? html`<button type="button" class="secondary" @click=${() => this.send({ type: 'nav.back' })}>${this.t.term('previous', this.steps.term(previous))}</button>`
          : html`<span></span>`}
        ${next ? html`<button type="button" @click=${() => this.send({ type: 'nav.next' })}>${this.t.term('next', this.steps.term(next))}</button>` : nothing}
      </nav>
    `;
  }

  private renderHostError(): TemplateResult | typeof nothing {
    const rejection = this.owner?.hostError;
    if (!rejection || rejection === this.hostErrorDismissed) return nothing;
    return html`
      <div class="notice error" role="alert" part="host-error">
        <h2 class="small">${this.t.term('hostError')}</h2>
        <p>${rejection.message}</p>
        <ul>
          ${rejection.issues.slice(0, 10).map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
        </ul>
        <button type="button" class="secondary" @click=${() => (this.hostErrorDismissed = rejection)}>${this.t.term('dismiss')}</button>
      </div>
    `;
  }

  private showView(view: View): void {
    this.view = view;
    const names: Record<View, string> = {
      step: this.t.term('viewStep'),
      consents: this.t.term('viewConsents', this.snapshot?.context.record.consents.length ?? 0),
      log: this.t.term('viewLog', this.snapshot?.context.record.informationLog.length ?? 0),
      summary: this.t.term('viewSummary'),
    };
    void this.focusContent().then(() => this.announce(this.t.term('announceView', names[view])));
  }

  /** Move focus to the heading of what is now shown, so keyboard and screen-reader users land there. */
  private async focusContent(): Promise<void> {
    // Called while the machine is still transitioning: render the new snapshot first.
    this.requestUpdate();
    await this.updateComplete;
    const child = this.renderRoot.querySelector<Focusable>('.content > *');
    if (!child) return;
    await (child as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    child.focusHeading?.();
  }

  private announce(text: string): void {
    // Clear first so the same text is announced again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }
}
