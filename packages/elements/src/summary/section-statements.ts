/** Step 4: statements per life area, each with its source and basis (C1, C10), marked after a withdrawal (C3). */
import { html, nothing, type TemplateResult } from 'lit';
import { isMarkedAfterWithdrawal, mayEnterPersonalFile, type Statement } from '@anhorig/core';
import { lifeAreaName, nothingRecorded, relativeLabel, relativeName, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

const sourceText = (v: SummaryView, statement: Statement): string => {
  const source = statement.source;
  switch (source.kind) {
    case 'person':
      return v.t.term('source.person');
    case 'relative':
      return relativeLabel(v, source.relativeId);
    case 'professional':
      return v.t.term('professional', source.name, source.role);
  }
};

const basisText = (v: SummaryView, statement: Statement): string => {
  const basis = statement.basis;
  switch (basis.kind) {
    case 'own':
      return v.t.term('basis.own');
    case 'volunteered':
      return v.t.term('basis.volunteered');
    case 'caseSystemConsent':
      return basis.reference ? `${v.t.term('basis.caseSystem')} (${basis.reference})` : v.t.term('basis.caseSystem');
    case 'consent': {
      const consent = v.context.record.consents.find((c) => c.id === basis.consentId);
      return consent ? v.t.term('basis.consent', v.d.term(`scope.${consent.scope}`), consent.date) : v.t.term('basis.missingConsent');
    }
  }
};

const personalFileText = (v: SummaryView, statement: Statement): string => {
  if (!statement.toPersonalFile) return v.t.term('personalFile.no');
  return mayEnterPersonalFile(statement) ? v.t.term('personalFile.yes') : v.t.term('personalFile.pending');
};

const renderStatement = (v: SummaryView, statement: Statement): TemplateResult => {
  const { record } = v.context;
  const marked = isMarkedAfterWithdrawal(record, statement);
  const basis = statement.basis;
  const consent = basis.kind === 'consent' ? record.consents.find((c) => c.id === basis.consentId) : undefined;
  return html`
    <li class=${marked ? 'item marked' : 'item'}>
      <p class="item-title">
        <strong>${v.t.term(`kind.${statement.kind}`)}</strong>
        ${marked ? html` <span class="tag marked-tag">${v.t.term('markedTag')}</span>` : nothing}
      </p>
      <p class="user-text">${statement.text}</p>
      ${marked ? html`<p class="notice mark">${v.t.term('marked', consent?.withdrawnAt ?? '')}</p>` : nothing}
      ${summaryList(v, [
        { label: v.t.term('source'), value: sourceText(v, statement) },
        { label: v.t.term('basis'), value: basisText(v, statement) },
        { label: v.t.term('personalFile'), value: personalFileText(v, statement) },
        { label: v.t.term('checkedWithPerson'), value: yesNo(v, statement.checkedWithPerson) },
        { label: v.t.term('documented'), value: v.t.term('dateBy', statement.recordedAt, statement.recordedBy.name) },
      ])}
    </li>
  `;
};

const renderPromptAnswers = (v: SummaryView): TemplateResult | typeof nothing => {
  const { record, catalogue } = v.context;
  if (record.promptAnswers.length === 0) return nothing;
  return html`
    <div class="group">
      <h4>${v.t.term('promptAnswers')}</h4>
      ${summaryList(
        v,
        record.promptAnswers.map((a) => ({
          label: catalogue.questionPrompts.find((p) => p.id === a.promptId)?.text ?? a.promptId,
          value: a.relativeId ? html`<span class="user-text">${a.answer}</span> <span class="hint">(${v.t.term('answerBy', relativeName(v, a.relativeId))})</span>` : a.answer,
        })),
      )}
    </div>
  `;
};

export const statementsSection = (v: SummaryView): TemplateResult => {
  const { record, catalogue } = v.context;
  // Life areas in the catalogue's order; any area the catalogue no longer has comes last.
  const areaIds = [
    ...catalogue.lifeAreas.map((a) => a.id).filter((id) => record.statements.some((s) => s.lifeAreaId === id)),
    ...new Set(record.statements.map((s) => s.lifeAreaId).filter((id) => !catalogue.lifeAreas.some((a) => a.id === id))),
  ];
  const empty = record.statements.length === 0 && record.promptAnswers.length === 0;
  return summarySection(
    v,
    { id: 'summary-statements', title: v.t.term('sectionStatements'), step: 'gather', part: 'statements' },
    empty
      ? nothingRecorded(v)
      : html`
          ${areaIds.map(
            (id) => html`
              <div class="group">
                <h4>${lifeAreaName(v, id)}</h4>
                <ul class="plain items">
                  ${record.statements.filter((s) => s.lifeAreaId === id).map((s) => renderStatement(v, s))}
                </ul>
              </div>
            `,
          )}
          ${renderPromptAnswers(v)}
        `,
  );
};
