import { html, nothing, type TemplateResult } from 'lit';
import type { Rejection, Relative, StepId } from '@anhorig/core';
import { StepElement } from '../base/step-element.js';
import { displayName } from '../base/selectors.js';
import type { InvestigationSnapshot } from '../controllers/investigation-controller.js';
import { domainTerms } from '../shared/domain-terms.js';
import { focusField, type HeadingLevel } from '../shared/fields.js';
import { personSection } from './person-section.js';
import { editKey, removeKey } from './relative-card.js';
import { relativeOf, type RelativeDraft } from './relative-form.js';
import { ADD, relativesSection } from './relatives-section.js';
import type { FieldRefs, RelativesView } from './relatives-view.js';
import { stepRelativesTerms } from './step-relatives.terms.js';
import { styles } from './anhorig-step-relatives.styles.js';

/**
 * @summary Step 1, "Ta reda på om den enskilde vill att anhöriga deltar i utredningen": the person
 * (age group, chosen name and pronouns, whether they can take a position on consent, and otherwise
 * a documented judgement of their likely wish), the relatives important to them, and per relative
 * the person's answer for each form of taking part (recorded in place as consent, C2), a concern
 * about violence, threats or coercion and its documented judgement (C4), the special rules for a
 * relative who is the legal representative (C5) and the child perspective for a relative under 18
 * (C11). Every change is a machine event; the consent engine decides what is shown.
 *
 * @csspart step - The step's section.
 * @csspart person - The person's section.
 * @csspart relatives - The relatives' section.
 * @csspart relative - One relative's card.
 * @csspart branch - The tag saying whether the relative takes part (step 3), does not (step 2) or was not asked.
 * @csspart representative-notice - The rules for a relative who is the legal representative (C5).
 * @csspart child-perspective - The child-perspective prompt for a relative under 18 (C11).
 * @csspart violence - The violence, threats or coercion section of a card (C4).
 * @csspart violence-notice - What a concern without a judgement means for the relative (C4).
 * @csspart consent-needed - Where a consent is missing, with the form to record it.
 * @csspart add-relative - The form that adds a relative.
 * @csspart error-summary - What the machine refused and why.
 * @fires anhorig-change - Every committed edit (from the owning element).
 * @fires anhorig-consent-change - A consent recorded in place (from the owning element).
 */
export class AnhorigStepRelatives extends StepElement {
  static override styles = [...StepElement.styles, styles];

  static override properties = {
    ...StepElement.properties,
    removing: { state: true },
  };

  protected readonly step: StepId = 'relatives';

  /** The relative whose removal awaits confirmation. */
  declare private removing: string | undefined;
  /** The name the add form's confirmation uses (the form is empty again once saved). */
  private addedName: string | undefined;
  /** The last relative removed, named in the list's confirmation (gone from the record by then). */
  private removedRelative: { id: string; name: string } | undefined;
  /** A removal's refusal, put away when the handläggare starts the removal again. */
  private dismissed: Rejection | undefined;

  private readonly t = stepRelativesTerms(this);
  private readonly d = domainTerms(this);

  protected renderStep(snapshot: InvestigationSnapshot): TemplateResult {
    const view = this.view(snapshot);
    return html`
      <p>${this.t.term('intro')}</p>
      ${personSection(view)} ${relativesSection(view)}
    `;
  }

  /** What the section templates get: the context, the terms, the forms, and the handlers below. */
  private view(snapshot: InvestigationSnapshot): RelativesView {
    const host = this;
    return {
      context: snapshot.context,
      t: this.t,
      d: this.d,
      readonly: this.readonly,
      forms: this.forms,
      refusal: (key: string, level: HeadingLevel, fields: FieldRefs = {}) => this.refusal(key, level, fields),
      focus: (id: string) => this.focusAfterUpdate(id),
      root: this.shadowRoot,
      add: (draft: RelativeDraft) => this.add(draft),
      get added() {
        return host.forms.saved(ADD) ? host.addedName : undefined;
      },
      removing: this.removing,
      startRemove: (relative: Relative, key: string) => this.startRemove(relative, key),
      cancelRemove: (key: string) => this.cancelRemove(key),
      remove: (relative: Relative, name: string, key: string) => this.removeRelative(relative, name, key),
      get removed() {
        const removed = host.removedRelative;
        return removed && host.forms.saved(removeKey(removed.id)) ? removed.name : undefined;
      },
    };
  }

  /** The error summary for the machine's refusal of the last event sent from form `key`. */
  private refusal(key: string, level: HeadingLevel, fields: FieldRefs) {
    const rejection = this.forms.rejection(key);
    return rejection && rejection !== this.dismissed ? this.renderRejection(fields, level) : nothing;
  }

  private focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() => focusField(this.shadowRoot, id));
  }

  // ── Event handlers ─────────────────────────────────────────────────────────────────────────

  private add(draft: RelativeDraft): void {
    const relative = relativeOf(draft);
    if (!this.forms.send(ADD, { type: 'relative.add', relative })) return;
    this.addedName = displayName(relative);
    // Ready for the next relative; the confirmation is announced (role status).
    this.focusAfterUpdate('new-name');
  }

  private startRemove(r: Relative, key: string): void {
    this.removing = r.id;
    this.dismissed = this.forms.rejection(removeKey(r.id));
    this.focusAfterUpdate(`${key}-confirm-remove`);
  }

  private cancelRemove(key: string): void {
    this.removing = undefined;
    this.focusAfterUpdate(`${key}-remove`);
  }

  private removeRelative(r: Relative, name: string, key: string): void {
    this.removing = undefined;
    if (!this.forms.send(removeKey(r.id), { type: 'relative.remove', relativeId: r.id })) {
      // Refused (something refers to the relative): the reason is announced; focus goes back to "Ta bort".
      this.focusAfterUpdate(`${key}-remove`);
      return;
    }
    this.forms.clearDraft(editKey(r.id));
    this.removedRelative = { id: r.id, name };
    this.focusAfterUpdate('relatives-heading');
  }
}
