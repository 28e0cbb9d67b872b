/** Step 4: statements per life area, each with its source and basis (C1, C10), marked after a withdrawal (C3). */
import { html, nothing, type TemplateResult } from 'lit';
import { isMarkedAfterWithdrawal, mayEnterPersonalFile, type Statement } from '@anhorig/core';
import { lifeAreaName, nothingRecorded, relativeLabel, summaryList, summarySection, yesNo, type SummaryView } from './parts.js';

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
    case 'notRecorded':
      return v.t.term('basis.notRecorded');
  }
};

const personalFileText = (v: SummaryView, statement: Statement): string => {
  if (!statement.toPersonalFile) return v.t.term('personalFile.no');
  return mayEnterPersonalFile(statement) ? v.t.term('personalFile.yes') : v.t.term('personalFile.pending');
};

const renderStatement = (v: SummaryView, statement: Statement, title?: string): TemplateResult => {
  const { record } = v.context;
  const marked = isMarkedAfterWithdrawal(record, statement);
  const basis = statement.basis;
  const consent = basis.kind === 'consent' ? record.consents.find((c) => c.id === basis.consentId) : undefined;
  return html`
    <li class=${marked ? 'item marked' : 'item'}>
      <p class="item-title">
        <strong>${title ?? v.t.term(`kind.${statement.kind}`)}</strong>
        ${marked ? html` <span class="tag marked-tag">${v.t.term('markedTag')}</span>` : nothing}
      </p>
      <p class="user-text">${statement.text}</p>
      ${marked ? html`<p class="notice mark">${v.t.term('marked', consent?.withdrawnAt ?? '')}</p>` : nothing}
      ${summaryList(v, [
        { label: v.t.term('source'), value: sourceText(v, statement) },
        { label: v.t.term('basis'), value: basisText(v, statement) },
        { label: v.t.term('personalFile'), value: personalFileText(v, statement) },
        { label: v.t.term('checkedWithPerson'), value: yesNo(v, statement.checkedWithPerson) },
        {
          label: v.t.term('documented'),
          value: statement.recordedAt && statement.recordedBy ? v.t.term('dateBy', statement.recordedAt, statement.recordedBy.name) : v.t.term('beforeV2'),
        },
      ])}
    </li>
  `;
};

/** L4: answers to the question prompts are statements; shown under their question. */
const renderPromptAnswers = (v: SummaryView, answers: readonly Statement[]): TemplateResult | typeof nothing => {
  if (answers.length === 0) return nothing;
  const question = (s: Statement) => v.context.catalogue.questionPrompts.find((p) => p.id === s.promptId)?.text ?? s.promptId ?? '';
  return html`
    <div class="group">
      <h4>${v.t.term('promptAnswers')}</h4>
      <ul class="plain items">
        ${answers.map((s) => renderStatement(v, s, question(s)))}
      </ul>
    </div>
  `;
};

export const statementsSection = (v: SummaryView): TemplateResult => {
  const { record, catalogue } = v.context;
  const answers = record.statements.filter((s) => s.kind === 'promptAnswer');
  const byArea = record.statements.filter((s) => s.kind !== 'promptAnswer');
  // Life areas in the catalogue's order; any area the catalogue no longer has comes last.
  const areaIds = [
    ...catalogue.lifeAreas.map((a) => a.id).filter((id) => byArea.some((s) => s.lifeAreaId === id)),
    ...new Set(byArea.flatMap((s) => (s.lifeAreaId !== undefined && !catalogue.lifeAreas.some((a) => a.id === s.lifeAreaId) ? [s.lifeAreaId] : []))),
  ];
  const empty = record.statements.length === 0;
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
                  ${byArea.filter((s) => s.lifeAreaId === id).map((s) => renderStatement(v, s))}
                </ul>
              </div>
            `,
          )}
          ${renderPromptAnswers(v, answers)}
        `,
  );
};
