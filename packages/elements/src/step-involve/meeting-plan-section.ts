/**
 * The meeting plan with one relative who takes part: joint or separate conversation (a joint one
 * only where the core allows it under C4, otherwise with the core's reason), company for the person,
 * interpreter or communication support for the person and the relative, and the invitation date.
 * Where the consent to take part is missing, which consent is missing and the offer to record it (C1).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canInvolveInMeetings, canPlanJointMeeting, violenceGate, type MeetingPlan, type Relative } from '@anhorig/core';
import { displayName } from '../base/selectors.js';
import { checkbox, radioGroup, textArea, textField } from '../shared/fields.js';
import { savedNotice } from '../shared/notices.js';
import { consentNeeded } from '../shared/consent-needed.js';
import type { InvolveView } from './involve-view.js';
import { communicationNote } from './communication-note.js';
import { msg } from '../localization/messages.js';

type Format = MeetingPlan['format'];

export interface PlanDraft {
  format: Format | '';
  personWantsCompany: boolean;
  companyNote: string;
  interpreterForPerson: string;
  communicationSupportForPerson: string;
  interpreterForRelative: string;
  communicationSupportForRelative: string;
  invitationSentAt: string;
}

/** The form's key in the element's forms: one meeting plan per relative. */
export const planKey = (relativeId: string): string => `plan:${relativeId}`;

/** The plan the form saves; optional texts left empty are left out. */
export const meetingPlanValue = (relativeId: string, draft: PlanDraft): MeetingPlan => {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    relativeId,
    format: draft.format as Format,
    personWantsCompany: draft.personWantsCompany,
    companyNote: draft.personWantsCompany ? draft.companyNote : '',
    interpreterForPerson: optional(draft.interpreterForPerson),
    communicationSupportForPerson: draft.communicationSupportForPerson,
    interpreterForRelative: optional(draft.interpreterForRelative),
    communicationSupportForRelative: draft.communicationSupportForRelative,
    invitationSentAt: optional(draft.invitationSentAt),
  };
};

const planSummary = (view: InvolveView, plan: MeetingPlan | undefined, name: string): TemplateResult => {
  const { t } = view;
  if (!plan) return html`<p>${t.term('planNone')}</p>`;
  const row = (label: string, value: string | undefined) =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  return html`
    <dl class="summary">
      ${row(t.term('planFormat'), t.term(`format.${plan.format}`))}
      ${row(t.term('planCompany'), plan.personWantsCompany ? [t.term('yes'), plan.companyNote].filter(Boolean).join(': ') : t.term('no'))}
      ${row(t.term('planInterpreterPerson'), plan.interpreterForPerson)}
      ${row(t.term('planCommunicationPerson'), plan.communicationSupportForPerson)}
      ${row(`${t.term('planInterpreterRelative')} (${name})`, plan.interpreterForRelative)}
      ${row(`${t.term('planCommunicationRelative')} (${name})`, plan.communicationSupportForRelative)}
      ${row(t.term('planInvitation'), plan.invitationSentAt)}
    </dl>
  `;
};

const planForm = (
  view: InvolveView,
  relative: Relative,
  p: string,
  plan: MeetingPlan | undefined,
  onSave: (event: Event, plan: MeetingPlan) => void,
): TemplateResult => {
  const { context, t, forms } = view;
  const key = planKey(relative.id);
  const name = displayName(relative);
  // H7: a new plan starts from the interpreters noted in step 1, so they are not typed again.
  const initial = (): PlanDraft => ({
    format: plan?.format ?? '',
    personWantsCompany: plan?.personWantsCompany ?? false,
    companyNote: plan?.companyNote ?? '',
    interpreterForPerson: plan ? (plan.interpreterForPerson ?? '') : (context.record.person.communication?.interpreterLanguage ?? ''),
    communicationSupportForPerson: plan?.communicationSupportForPerson ?? '',
    interpreterForRelative: plan ? (plan.interpreterForRelative ?? '') : (relative.communication?.interpreterLanguage ?? ''),
    communicationSupportForRelative: plan?.communicationSupportForRelative ?? '',
    invitationSentAt: plan?.invitationSentAt ?? '',
  });
  const draft = forms.draft(key, initial);
  const set = (patch: Partial<PlanDraft>) => forms.patchDraft(key, initial, patch);
  const error = (field: keyof PlanDraft) => forms.error(key, field);
  // C4: a joint conversation is offered only where the core allows it; otherwise the reason is shown.
  const joint = canPlanJointMeeting(context.record, relative.id, context.today);
  const formats: Format[] = joint.allowed ? ['joint', 'separate'] : ['separate'];
  const ids = {
    format: `${p}-format`,
    companyNote: `${p}-company-note`,
    interpreterForPerson: `${p}-interpreter-person`,
    communicationSupportForPerson: `${p}-communication-person`,
    interpreterForRelative: `${p}-interpreter-relative`,
    communicationSupportForRelative: `${p}-communication-relative`,
    invitationSentAt: `${p}-invitation`,
  };
  return html`
    <form novalidate @submit=${(e: Event) => onSave(e, meetingPlanValue(relative.id, draft))}>
      ${savedNotice(forms.saved(key), t.term('planSaved'))} ${view.rejection(key, ids)}
      ${radioGroup({
        id: ids.format,
        label: t.term('format', name),
        hint: joint.allowed ? t.term('formatHint') : msg(t, joint.reason),
        value: draft.format || undefined,
        options: formats.map((f) => ({ value: f, label: t.term(`format.${f}`) })),
        error: error('format'),
        onChange: (format) => set({ format }),
      })}
      ${checkbox({
        id: `${p}-company`,
        label: t.term('company'),
        checked: draft.personWantsCompany,
        onChange: (personWantsCompany) => set({ personWantsCompany }),
      })}
      ${draft.personWantsCompany
        ? textArea({
            id: ids.companyNote,
            label: t.term('companyNote'),
            value: draft.companyNote,
            error: error('companyNote'),
            onChange: (companyNote) => set({ companyNote }),
          })
        : nothing}
      ${textField({
        id: ids.interpreterForPerson,
        label: t.term('interpreterForPerson'),
        value: draft.interpreterForPerson,
        error: error('interpreterForPerson'),
        onChange: (interpreterForPerson) => set({ interpreterForPerson }),
      })}
      ${textArea({
        id: ids.communicationSupportForPerson,
        label: t.term('communicationForPerson'),
        hint: t.term('communicationHint'),
        value: draft.communicationSupportForPerson,
        error: error('communicationSupportForPerson'),
        onChange: (communicationSupportForPerson) => set({ communicationSupportForPerson }),
      })}
      ${textField({
        id: ids.interpreterForRelative,
        label: t.term('interpreterForRelative', name),
        value: draft.interpreterForRelative,
        error: error('interpreterForRelative'),
        onChange: (interpreterForRelative) => set({ interpreterForRelative }),
      })}
      ${textArea({
        id: ids.communicationSupportForRelative,
        label: t.term('communicationForRelative', name),
        hint: t.term('communicationHint'),
        value: draft.communicationSupportForRelative,
        error: error('communicationSupportForRelative'),
        onChange: (communicationSupportForRelative) => set({ communicationSupportForRelative }),
      })}
      ${textField({
        id: ids.invitationSentAt,
        label: t.term('invitation'),
        type: 'date',
        value: draft.invitationSentAt,
        error: error('invitationSentAt'),
        onChange: (invitationSentAt) => set({ invitationSentAt }),
      })}
      <div class="actions"><button type="submit">${t.term('planSave')}</button></div>
    </form>
  `;
};

/**
 * The relative's "plan the conversations" part: the form where the core lets the relative take part
 * (the saved plan in review mode), otherwise any saved plan and why not. A relative the person wants
 * involved whose part waits for a C4 judgement (the core lists them in step 3) is shown with the C4
 * reason; otherwise the missing consent, with the offer to record it. `onSave` sends the plan.
 */
export const meetingPlanSection = (
  view: InvolveView,
  relative: Relative,
  p: string,
  onSave: (event: Event, plan: MeetingPlan) => void,
): TemplateResult => {
  const { context, t } = view;
  const name = displayName(relative);
  const c4 = violenceGate(context.record, relative.id);
  const involve = c4.allowed ? canInvolveInMeetings(context.record, relative.id, context.today) : c4;
  const plan = context.record.meetingPlans.find((m) => m.relativeId === relative.id);
  return html`
    <div class="part">
      <h4>${t.term('planHeading')}</h4>
      ${communicationNote(view.c, context.record.person.communication)} ${communicationNote(view.c, relative.communication, name)}
      ${c4.allowed ? nothing : html`<p class="hint">${t.term('blockedHint')}</p>`}
      ${involve.allowed
        ? view.readonly
          ? planSummary(view, plan, name)
          : planForm(view, relative, p, plan, onSave)
        : html`${plan ? planSummary(view, plan, name) : nothing}${consentNeeded(involve, t.term('recordConsent'), view.readonly, t)}`}
    </div>
  `;
};
