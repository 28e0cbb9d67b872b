/**
 * C4: the form that documents the judgement of a concern for one relative: the judgement, whether
 * the relative can take part in the investigation, and if so whether joint conversations are safe too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relative } from '@anhorig/core';
import { radioGroup, textArea } from '../shared/fields.js';
import type { FieldRefs, RelativesView } from './relatives-view.js';

interface JudgementDraft {
  text: string;
  allowsParticipation: 'yes' | 'no' | undefined;
  /** Joint conversations are offered only when the judgement says they are safe too (C4); nothing preselected (H1). */
  allowsJointMeeting: 'yes' | 'no' | undefined;
  /** The form's own check: a relative allowed to take part needs the joint-conversation question answered. */
  jointUnanswered?: boolean;
}

/** The form key of a relative's judgement form (its draft, refusal and confirmation). */
export const judgementKey = (relativeId: string): string => `judgement:${relativeId}`;

const initial = (): JudgementDraft => ({ text: '', allowsParticipation: undefined, allowsJointMeeting: undefined });

export const judgementForm = (view: RelativesView, r: Relative, key: string, name: string): TemplateResult => {
  const { t, d, forms } = view;
  const formKey = judgementKey(r.id);
  const draft = forms.draft(formKey, initial);
  const set = (patch: Partial<JudgementDraft>) => forms.patchDraft(formKey, initial, { ...patch, jointUnanswered: false });
  const refs: FieldRefs = {
    text: { id: `${key}-judgement-text`, label: t.term('judgementText') },
    allowsParticipation: { id: `${key}-judgement-allows-yes`, label: t.term('allowsParticipation', name) },
  };
  const submit = (event: Event) => {
    event.preventDefault();
    // Read at submit: a field's change (Enter in a text field) may have just updated the draft.
    const sent = forms.draft(formKey, initial);
    const allows = sent.allowsParticipation === undefined ? undefined : sent.allowsParticipation === 'yes';
    if (allows && sent.allowsJointMeeting === undefined) {
      forms.patchDraft(formKey, initial, { jointUnanswered: true });
      view.focus(`${key}-judgement-joint`);
      return;
    }
    const saved = forms.send(formKey, {
      type: 'relative.recordViolenceJudgement',
      relativeId: r.id,
      text: sent.text.trim(),
      // Unanswered is sent as is: the machine's validation says it is missing.
      allowsParticipation: allows as boolean,
      allowsJointMeeting: allows === true && sent.allowsJointMeeting === 'yes',
    });
    // The form goes once the judgement is recorded: focus goes to the section that now shows it.
    if (saved) view.focus(`${key}-violence-heading`);
  };
  return html`
    <form class="subform" @submit=${submit} novalidate>
      <p>${t.term('judgementIntro', name)}</p>
      ${view.refusal(formKey, 6, refs)}
      ${textArea({
        id: `${key}-judgement-text`,
        label: t.term('judgementText'),
        hint: t.term('judgementTextHint'),
        value: draft.text,
        required: true,
        error: forms.error(formKey, 'text'),
        onChange: (text) => set({ text }),
      })}
      ${radioGroup({
        id: `${key}-judgement-allows`,
        label: t.term('allowsParticipation', name),
        value: draft.allowsParticipation,
        error: forms.error(formKey, 'allowsParticipation'),
        options: (['yes', 'no'] as const).map((v) => ({ value: v, label: d.term(`yesNo.${v}`) })),
        onChange: (allowsParticipation) => set({ allowsParticipation }),
      })}
      ${draft.allowsParticipation === 'yes'
        ? radioGroup({
            id: `${key}-judgement-joint`,
            label: t.term('allowsJointMeeting', name),
            hint: t.term('allowsJointMeetingHint'),
            value: draft.allowsJointMeeting,
            error: draft.jointUnanswered ? t.term('jointUnanswered') : undefined,
            options: (['yes', 'no'] as const).map((v) => ({ value: v, label: d.term(`yesNo.${v}`) })),
            onChange: (allowsJointMeeting) => set({ allowsJointMeeting }),
          })
        : nothing}
      <div class="actions">
        <button type="submit">${t.term('submitJudgement')}<span class="visually-hidden"> (${name})</span></button>
      </div>
    </form>
  `;
};
