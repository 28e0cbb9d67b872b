/**
 * A read-only rendering of an Assignment document (SPEC §5), as the provider receives it: M1–M4
 * always, R1–R5 per relative where the assignment carries them, R6 the consents behind them (with
 * the dates the document carries), the legal references in force. Parts are named in words, as a
 * provider reads them; the rule codes stay in the code. It renders only what the document says (life
 * areas by the names it carries, relatives by their relationship, never by name), needs nothing from
 * the record or the catalogue, and decides nothing.
 *
 * Usage: `assignmentView(assignment, assignmentViewTermsFor(this), { idPrefix: 'preview', level: 4 })`,
 * with `assignmentViewStyles` (assignment-view.styles.ts) in the element's styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assignment, ConsentScope, RField } from '@anhorig/core';
import type { ReactiveControllerHost } from 'lit';
import { domainTerms, type DomainTerms } from '../shared/domain-terms.js';
import { assignmentViewTerms } from './assignment-view.terms.js';

export interface AssignmentViewTerms {
  view: ReturnType<typeof assignmentViewTerms>;
  domain: DomainTerms;
}

/** The terms the view needs, created for (and updating with the language of) `host`. */
export const assignmentViewTermsFor = (host: ReactiveControllerHost & HTMLElement): AssignmentViewTerms => ({
  view: assignmentViewTerms(host),
  domain: domainTerms(host),
});

export interface AssignmentViewOptions {
  /** Prefix for the ids in the document, unique within the shadow root. */
  idPrefix: string;
  /** Heading level (2–5) of the parts (M1, M2 …); the title, when shown, is one level above. */
  level?: 2 | 3 | 4 | 5;
  /** Show the document's title ("Uppdrag till utförare, version 2") as a heading. Default true. */
  showTitle?: boolean;
  /** Extra words after the title, e.g. "(förhandsvisning)"; not printed. */
  titleNote?: string;
  /** List what changed since the previous version (default true). */
  showChanges?: boolean;
}

type Level = 2 | 3 | 4 | 5 | 6;

const heading = (level: number, content: unknown, id?: string): TemplateResult => {
  switch (Math.min(Math.max(level, 2), 6) as Level) {
    case 2:
      return html`<h2 id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id ?? nothing}>${content}</h6>`;
  }
};

const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

interface RelativeEntry {
  relativeId: string;
  relation: string;
}

/** The relatives the R-fields are about, in the order they first appear. */
const relativesIn = (a: Assignment): RelativeEntry[] => {
  const p = a.relativePerspective;
  const all = [...p.livesWithPerson, ...p.supportGiven, ...p.coordination, ...p.participation, ...p.views];
  const seen = new Map<string, RelativeEntry>();
  for (const r of all) if (!seen.has(r.relativeId)) seen.set(r.relativeId, { relativeId: r.relativeId, relation: r.relation });
  return [...seen.values()];
};

export const assignmentView = (assignment: Assignment, terms: AssignmentViewTerms, options: AssignmentViewOptions): TemplateResult => {
  const t = terms.view;
  const level = options.level ?? 4;
  const showTitle = options.showTitle ?? true;
  const prefix = options.idPrefix;
  const titleId = `${prefix}-title`;
  const a = assignment;
  const itemName = (decisionId: string) => {
    const item = a.includes.find((i) => i.decisionId === decisionId);
    return item ? t.term('item', item.supportTypeName, item.lifeAreaName) : decisionId;
  };
  const goalsByDecision = a.includes.map((item) => ({ item, goals: a.goals.filter((g) => g.decisionId === item.decisionId) }));
  const relatives = relativesIn(a);
  const showChanges = (options.showChanges ?? true) && a.previousVersionId !== undefined && a.changes.length > 0;

  return html`
    <article
      class="assignment-document"
      part="assignment-document"
      aria-labelledby=${showTitle ? titleId : nothing}
      aria-label=${showTitle ? nothing : t.term('label', a.version)}
    >
      ${showTitle
        ? heading(
            level - 1,
            html`${t.term('title', a.version)}${options.titleNote ? html` <span class="no-print title-note">${options.titleNote}</span>` : nothing}`,
            titleId,
          )
        : nothing}
      <dl class="summary meta">
        <dt>${t.term('person')}</dt>
        <dd>${a.person.displayName}</dd>
        <dt>${t.term('issuedAt')}</dt>
        <dd>${a.issuedAt}</dd>
        <dt>${t.term('issuedBy')}</dt>
        <dd>${a.issuedBy.name}</dd>
        ${a.previousVersionId !== undefined
          ? html`<dt>${t.term('replaces')}</dt>
              <dd>${t.term('replacesVersion', a.version - 1)}</dd>`
          : nothing}
      </dl>
      ${showChanges
        ? html`<div class="part changes">
            ${heading(level, t.term('changesHeading', a.version - 1))}
            <ul lang="sv">
              ${a.changes.map((c) => html`<li>${c}</li>`)}
            </ul>
          </div>`
        : nothing}

      <div class="part" data-field="M1">
        ${heading(level, t.term('m1'))}
        <p class="prose">${a.needsAssessment}</p>
      </div>

      <div class="part" data-field="M2">
        ${heading(level, t.term('m2'))}
        <ul class="items">
          ${a.includes.map(
            (item) => html`
              <li>
                <strong>${t.term('item', item.supportTypeName, item.lifeAreaName)}</strong>
                <br />${filled(item.extent) ? html`${t.term('extent')}: ${item.extent}` : t.term('extentMissing')}
                ${item.indirectSupport
                  ? html`<div class="indirect">
                      <span class="tag">${t.term('indirectTag')}</span>
                      <dl class="summary">
                        <dt>${t.term('markerArea')}</dt>
                        <dd>${item.indirectSupport.markerLifeAreaName}</dd>
                        <dt>${t.term('relation')}</dt>
                        <dd>${item.indirectSupport.relation ?? terms.domain.term(`relationCategory.${item.indirectSupport.relationCategory}`)}</dd>
                      </dl>
                    </div>`
                  : nothing}
              </li>
            `,
          )}
        </ul>
      </div>

      <div class="part" data-field="M3">
        ${heading(level, t.term('m3'))}
        <ul class="items">
          ${goalsByDecision.map(
            ({ item, goals }) => html`
              <li>
                <strong>${itemName(item.decisionId)}</strong>
                <ul>
                  ${goals.map(
                    (g) => html`<li>
                      ${g.overallGoalText !== undefined ? html`<span class="hint">${t.term('relativeGoal')}:</span> ` : nothing}${g.text}
                      ${g.overallGoalText !== undefined
                        ? html`<br /><span class="tag">${t.term('overallGoal')}: ${g.overallGoalText}</span>`
                        : nothing}
                    </li>`,
                  )}
                </ul>
              </li>
            `,
          )}
        </ul>
      </div>

      <div class="part" data-field="M4">
        ${heading(level, t.term('m4'))}
        <dl class="summary">
          <dt>${t.term('followUpHow')}</dt>
          <dd class="prose">${a.followUp.how}</dd>
          <dt>${t.term('followUpWhen')}</dt>
          <dd>${a.followUp.when ?? t.term('notGiven')}</dd>
        </dl>
      </div>

      <div class="part relatives">
        ${heading(level, t.term('rHeading'))}
        <p class="hint">${t.term('rIntro')}</p>
        ${relatives.length === 0
          ? html`<p>${t.term('rNone')}</p>`
          : relatives.map((r) => renderRelative(a, r, terms, level + 1))}
      </div>

      ${a.legalReferences.length
        ? html`<div class="part legal">
            ${heading(level, t.term('legal'))}
            <ul>
              ${a.legalReferences.map((ref) => html`<li>${ref.citation}</li>`)}
            </ul>
          </div>`
        : nothing}
    </article>
  `;
};

const FIELD_TERMS = { R1: 'r1', R2: 'r2', R3: 'r3', R4: 'r4', R5: 'r5' } as const satisfies Record<RField, string>;

/** R6 for one relative: each consent cited once, with its scope, its date and the fields it covers. */
const consentsBehind = (a: Assignment, relativeId: string): Map<string, { scope: ConsentScope; date: string; fields: RField[] }> => {
  const byConsent = new Map<string, { scope: ConsentScope; date: string; fields: RField[] }>();
  for (const b of a.consentBasis) {
    if (b.relativeId !== relativeId) continue;
    const entry = byConsent.get(b.consentId) ?? { scope: b.scope, date: b.date, fields: [] };
    if (!entry.fields.includes(b.field)) entry.fields.push(b.field);
    byConsent.set(b.consentId, entry);
  }
  return byConsent;
};

const renderRelative = (a: Assignment, relative: RelativeEntry, terms: AssignmentViewTerms, level: number): TemplateResult => {
  const t = terms.view;
  const p = a.relativePerspective;
  const of = <T extends { relativeId: string }>(xs: readonly T[]) => xs.find((x) => x.relativeId === relative.relativeId);
  const lives = of(p.livesWithPerson);
  const support = of(p.supportGiven);
  const coordination = of(p.coordination);
  const participation = of(p.participation);
  const view = of(p.views);
  const yesNo = (b: boolean) => (b ? t.term('yes') : t.term('no'));
  const byConsent = consentsBehind(a, relative.relativeId);
  return html`
    <div class="relative">
      ${heading(level, t.term('relativeHeading', relative.relation))}
      <dl class="summary">
        ${lives
          ? html`<dt data-field="R1">${t.term('r1')}</dt>
              <dd>${t.term('yes')}</dd>`
          : nothing}
        ${support
          ? html`<dt data-field="R2">${t.term('r2')}</dt>
              <dd>
                ${support.lifeAreaNames.length ? html`${t.term('r2Areas')}: ${support.lifeAreaNames.join(', ')}` : nothing}
                ${filled(support.description) ? html`<span class="prose block">${support.description}</span>` : nothing}
              </dd>`
          : nothing}
        ${coordination
          ? html`<dt data-field="R3">${t.term('r3')}</dt>
              <dd>
                ${filled(coordination.relativeWish) ? html`<span class="block prose">${t.term('r3Relative')}: ${coordination.relativeWish}</span>` : nothing}
                ${filled(coordination.personWish) ? html`<span class="block prose">${t.term('r3Person')}: ${coordination.personWish}</span>` : nothing}
              </dd>`
          : nothing}
        ${participation
          ? html`<dt data-field="R4">${t.term('r4')}</dt>
              <dd>
                <span class="block">${t.term('r4Planning')}: ${yesNo(participation.inPlanning)}</span>
                <span class="block">${t.term('r4FollowUp')}: ${yesNo(participation.inFollowUp)}</span>
              </dd>`
          : nothing}
        ${view
          ? html`<dt data-field="R5">${t.term('r5')}</dt>
              <dd class="prose">${view.view}</dd>`
          : nothing}
        ${byConsent.size
          ? html`<dt data-field="R6">${t.term('r6')}</dt>
              <dd>
                ${[...byConsent.values()].map(({ scope, date, fields }) => {
                  const what = t.term('consentGiven', terms.domain.term(`scope.${scope}`), date);
                  const covers = fields.map((f) => t.term(FIELD_TERMS[f]).toLocaleLowerCase(t.lang())).join(', ');
                  return html`<span class="block">${what} (${t.term('consentFields', covers)})</span>`;
                })}
              </dd>`
          : nothing}
      </dl>
    </div>
  `;
};
