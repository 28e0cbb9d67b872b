/**
 * Statements per life area (SPEC §3 step 4): each with its kind, text, source and basis (C1, C10),
 * whether it goes into the personal file and whether it was checked with the person. A statement
 * gathered under a consent later withdrawn stays and is marked (C3). Toggles send statement.update;
 * the machine refuses the personal file without the quality confirmation (C10).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isMarkedAfterWithdrawal, type InvestigationContext, type Statement } from '@anhorig/core';
import { checkbox } from '../shared/fields.js';
import { needAreas, relativeLabel, type GatherView, type Renderable } from './gather-view.js';

/** Who gave the statement; `inSentence` for the middle of a sentence ("den enskilde"). */
export const sourceText = (view: GatherView, statement: Statement, inSentence = false): string => {
  const { source } = statement;
  if (source.kind === 'person') return view.t.term(inSentence ? 'sourcePersonInSentence' : 'sourcePerson');
  if (source.kind === 'professional') return view.t.term('sourceProfessional', source.name, source.role);
  const relative = view.context.record.relatives.find((r) => r.id === source.relativeId);
  return relative ? relativeLabel(relative) : source.relativeId;
};

export const basisText = (view: GatherView, statement: Statement): string => {
  const { basis } = statement;
  if (basis.kind === 'own') return view.t.term('basisOwn');
  if (basis.kind === 'volunteered') return view.t.term('basisVolunteered');
  if (basis.kind === 'notRecorded') return view.t.term('basisNotRecorded');
  if (basis.kind === 'caseSystemConsent')
    return basis.reference?.trim() ? view.t.term('basisCaseSystemReference', basis.reference.trim()) : view.t.term('basisCaseSystem');
  const consent = view.context.record.consents.find((c) => c.id === basis.consentId);
  return consent ? view.t.term('basisConsent', view.d.term(`scope.${consent.scope}`), consent.date) : view.t.term('basisConsentMissing');
};

const yesNo = (view: GatherView, value: boolean) => view.t.term(value ? 'yes' : 'no');

/** The personal-file and quality choices for one statement; `legend` names it among the others on the page. */
export const toggles = (view: GatherView, statement: Statement, index: number, legend: string): TemplateResult => {
  const id = (name: string) => `statement-${index}-${name}`;
  const form = `statement:${statement.id}`;
  // A refused change leaves the box showing the record again (the field binds its value `live`).
  const update = (patch: Partial<Pick<Statement, 'toPersonalFile' | 'qualityConfirmed' | 'checkedWithPerson'>>) =>
    view.send(form, { type: 'statement.update', statementId: statement.id, patch });
  return html`
    <fieldset class="toggles">
      <legend class="visually-hidden">${legend}</legend>
      ${view.rejection(form, { toPersonalFile: id('file'), qualityConfirmed: id('quality'), checkedWithPerson: id('checked') })}
      ${statement.source.kind === 'person'
        ? nothing
        : checkbox({
            id: id('quality'),
            label: view.t.term('quality'),
            hint: view.t.term('qualityHint'),
            checked: statement.qualityConfirmed,
            onChange: (checked) => update({ qualityConfirmed: checked }),
          })}
      ${checkbox({
        id: id('file'),
        label: view.t.term('toFile'),
        checked: statement.toPersonalFile,
        onChange: (checked) => update({ toPersonalFile: checked }),
      })}
      ${checkbox({
        id: id('checked'),
        label: view.t.term('checkedWithPerson'),
        checked: statement.checkedWithPerson,
        onChange: (checked) => update({ checkedWithPerson: checked }),
      })}
    </fieldset>
  `;
};

const statementItem = (view: GatherView, statement: Statement, index: number, legend: string): TemplateResult => {
  const marked = isMarkedAfterWithdrawal(view.context.record, statement);
  const fromPerson = statement.source.kind === 'person';
  return html`
    <li class="statement card ${marked ? 'marked' : ''}" part="statement">
      ${marked ? html`<p><span class="tag withdrawn">${view.t.term('withdrawnTag')}</span></p>` : nothing}
      <p class="statement-text">${statement.text}</p>
      <dl class="summary">
        <dt>${view.t.term('colKind')}</dt>
        <dd>${view.t.term(`kind.${statement.kind}`)}</dd>
        <dt>${view.t.term('colSource')}</dt>
        <dd>${sourceText(view, statement)}</dd>
        <dt>${view.t.term('colBasis')}</dt>
        <dd>${basisText(view, statement)}</dd>
        <dt>${view.t.term('colFile')}</dt>
        <dd>
          ${view.t.term(statement.toPersonalFile ? 'inFile' : 'notInFile')}${fromPerson
            ? nothing
            : html`<br /><span class="hint">${view.t.term(statement.qualityConfirmed ? 'qualityDone' : 'qualityNotDone')}</span>`}
        </dd>
        <dt>${view.t.term('colChecked')}</dt>
        <dd>${yesNo(view, statement.checkedWithPerson)}</dd>
        <dt>${view.t.term('colRecorded')}</dt>
        <dd>${statement.recordedAt && statement.recordedBy ? view.t.term('recordedOn', statement.recordedAt, statement.recordedBy.name) : view.t.term('recordedBeforeV2')}</dd>
      </dl>
      ${view.readonly ? nothing : toggles(view, statement, index, legend)}
    </li>
  `;
};

/**
 * One section per need area that holds statements, in the order they were recorded. An area without
 * any is not repeated here: the step's list of things to consider names them once.
 */
export const statementList = (view: GatherView, context: InvestigationContext): Renderable => {
  const sections = needAreas(context).flatMap((area, areaIndex) => {
    const items = context.record.statements
      .map((statement, index) => ({ statement, index }))
      .filter(({ statement }) => statement.lifeAreaId === area.id);
    if (items.length === 0) return [];
    return [
      html`
        <section class="area" aria-labelledby="area-${areaIndex}-heading" part="life-area">
          <h4 id="area-${areaIndex}-heading">${area.name}</h4>
          <ul class="plain">
            ${items.map(({ statement, index }, n) =>
              statementItem(view, statement, index, view.t.term('handling', n + 1, area.name, sourceText(view, statement, true))),
            )}
          </ul>
        </section>
      `,
    ];
  });
  return sections.length ? html`${sections}` : html`<p class="hint">${view.t.term('noStatements')}</p>`;
};
