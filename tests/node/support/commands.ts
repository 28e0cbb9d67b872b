/**
 * Command generators and a runner for the property tests over random event sequences
 * (tests/node/properties.test.ts, tests/node/leaving.properties.test.ts).
 *
 * Events are generated as abstract commands ("record a consent for the 2nd relative …") and turned
 * into concrete events against the machine's current context (`materialize`), so they name things
 * that exist (and sometimes things that do not). `play` runs a list of them through a fresh machine
 * and shows every transition to a callback.
 */
import fc from 'fast-check';
import { createActor, type SnapshotFrom } from 'xstate';
import {
  CONSENT_SCOPES,
  INFORMATION_ITEMS,
  STATEMENT_KINDS,
  RELATIVE_OWN_SCOPES,
  STEP_IDS,
  createRecord,
  defaultCatalogue,
  investigationMachine,
  trySend,
  type InvestigationContext,
  type Rejection,
  type Consent,
  type InvestigationEmitted,
  type InvestigationEvent,
  type InvestigationRecord,
  type Person,
} from '@anhorig/core';
import { sv } from './messages.js';
import type { ValidationIssue } from '@anhorig/core';

export const TODAY = '2026-03-15';
export const STARTED = '2026-03-01';
export const caseworker = { id: 'hl-7', name: 'Handläggare Hedda' };
export const catalogue = defaultCatalogue;
/** A snapshot of the machine in state `ready` (these runs always start from a valid record). */
export type Snapshot = Omit<SnapshotFrom<typeof investigationMachine>, 'context'> & { context: InvestigationContext };
export type Context = InvestigationContext;
/** The step state of a snapshot (`ready.step`), which is also the record's `progress.step`. */
export const stepOf = (snapshot: { value: unknown }): string | undefined => (snapshot.value as { ready?: { step?: string } }).ready?.step;

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Names and free text as people (and attackers) type them: unicode, HTML, blanks, padding. */
export const TRICKY_TEXT = [
  'Eva',
  'Åsa Öberg-Ängström',
  'Nguyễn Thị Ánh',
  'Zoë 👩‍👩‍👧 Ødegård',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt;b&gt; &#x27;',
  '"; DROP TABLE anhoriga; --',
  '\u202Eavsiktligt omvänd',
  'null',
  '__proto__',
  '  Eva med mellanslag  ',
  '\tTabb\n',
  ' ',
  '',
];
export const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** An optional field as a form sends it: the key is there, the value may be undefined. */
export const optionalText = fc.option(text, { nil: undefined });
export const DATES = ['2025-12-31', STARTED, '2026-03-10', TODAY, '2026-03-20'] as const;
export const date = fc.constantFrom(...DATES);
export const pastDate = fc.constantFrom(STARTED, '2026-03-10', TODAY);
export const index = fc.nat({ max: 7 });
export const LIFE_AREAS = [...catalogue.lifeAreas.map((a) => a.id), 'borttaget-omrade'];
export const SUPPORT_TYPES = [...catalogue.supportTypes.map((s) => s.id), 'okand-insats'];
export const lifeArea = fc.constantFrom(...LIFE_AREAS);
export const supportType = fc.constantFrom(...SUPPORT_TYPES);
export const yesNoUnknown = fc.constantFrom('yes', 'no', 'unknown');
export const channel = fc.constantFrom('meeting', 'phone', 'letter', 'digital', 'other');

export const person = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Person>({ id: 'p-1', displayName: 'Sven Svensson', ageGroup: 'adult', canTakePosition: 'yes' }) },
  { weight: 1, arbitrary: fc.constant<Person>({ id: 'p-2', displayName: 'Lo Lind', ageGroup: 'minor', canTakePosition: 'yes', guardians: ['Kim Lind'] }) },
  { weight: 1, arbitrary: fc.constant<Person>({ id: 'p-3', displayName: 'Gun Berg', ageGroup: 'adult', canTakePosition: 'no' }) },
);

export const command = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('relative.add' as const),
      name: text,
      relation: text,
      isChild: fc.boolean(),
      livesWithPerson: fc.boolean(),
      givesSupport: fc.boolean(),
      worriesAboutPerson: fc.boolean(),
      informedOfPossibility: fc.boolean(),
      supportLifeAreas: fc.subarray(LIFE_AREAS, { maxLength: 3 }),
      representative: fc.option(fc.boolean(), { nil: undefined }),
      contact: optionalText,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('relative.update' as const), rel: index, name: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('relative.remove' as const), rel: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('relative.markAsked' as const), rel: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relative.raiseViolenceConcern' as const),
      rel: index,
      direction: fc.constantFrom('relativeAtRisk', 'personAtRisk', 'both', 'unclear'),
      description: optionalText,
      routineFollowed: fc.boolean(),
      raisedAt: date,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('relative.recordViolenceJudgement' as const), rel: index, text, allowsParticipation: fc.boolean() }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('consent.record' as const),
      rel: index,
      scope: fc.constantFrom(...CONSENT_SCOPES),
      /** `fitting`: whoever may consent to this scope for this person (so many consents are accepted). */
      givenBy: fc.constantFrom('fitting', 'fitting', 'fitting', 'person', 'relative', 'guardian', 'legalRepresentative'),
      givenByName: optionalText,
      status: fc.constantFrom('given', 'given', 'declined', 'withdrawn'),
      form: fc.constantFrom('oral', 'written'),
      date: fc.oneof({ weight: 4, arbitrary: pastDate }, { weight: 1, arbitrary: date }),
      validUntil: fc.option(date, { nil: undefined, freq: 4 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('consent.withdraw' as const), consent: index, date: fc.option(date, { nil: undefined }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('statement.add' as const),
      rel: index,
      consent: index,
      source: fc.constantFrom('person', 'relative', 'relative', 'professional'),
      basis: fc.constantFrom('own', 'volunteered', 'consent', 'consent'),
      lifeAreaId: lifeArea,
      statementKind: fc.constantFrom(...STATEMENT_KINDS),
      text,
      toPersonalFile: fc.boolean(),
      qualityConfirmed: fc.boolean(),
      checkedWithPerson: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('statement.update' as const),
      statement: index,
      text: fc.option(text, { nil: undefined }),
      qualityConfirmed: fc.option(fc.boolean(), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('stance.set' as const),
      rel: index,
      wantsToGiveSupport: yesNoUnknown,
      canGiveSupport: yesNoUnknown,
      personWantsSupportFromRelative: yesNoUnknown,
      lifeAreaIds: fc.subarray(LIFE_AREAS, { maxLength: 2 }),
      note: optionalText,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('meetingPlan.set' as const),
      rel: index,
      format: fc.constantFrom('joint', 'separate'),
      personWantsCompany: fc.boolean(),
      companyNote: optionalText,
      invitationSentAt: fc.option(date, { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('information.log' as const),
      rel: index,
      items: fc.subarray([...INFORMATION_ITEMS], { maxLength: 3 }),
      date,
      channel,
      understood: fc.boolean(),
      note: optionalText,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('promptAnswer' as const),
      promptId: fc.constantFrom(...catalogue.questionPrompts.map((p) => p.id)),
      rel: fc.option(index, { nil: undefined }),
      consent: index,
      basis: fc.constantFrom('volunteered', 'consent', 'consent'),
      answer: text,
      toPersonalFile: fc.boolean(),
      qualityConfirmed: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('indirectSupport.propose' as const),
      rel: index,
      supportTypeId: supportType,
      lifeAreaId: lifeArea,
      personView: optionalText,
      relativeView: optionalText,
      goal: optionalText,
      continuedSearch: optionalText,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indirectSupport.update' as const), proposal: index, goal: optionalText }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('assessment.set' as const),
      needsAssessment: optionalText,
      decidedAt: fc.option(pastDate, { nil: undefined }),
      decisions: fc.array(
        fc.record({
          lifeAreaId: lifeArea,
          supportTypeId: supportType,
          outcome: fc.constantFrom('granted', 'granted', 'refused'),
          extent: optionalText,
          goal: optionalText,
          proposal: fc.option(index, { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('assignmentPlan.set' as const),
      followUpHow: optionalText,
      followUpWhen: fc.option(date, { nil: undefined }),
      collaboration: fc.array(fc.record({ rel: index, relativeWish: optionalText, personWish: optionalText }), { maxLength: 2 }),
      participation: fc.array(fc.record({ rel: index, inPlanning: fc.boolean(), inFollowUp: fc.boolean() }), { maxLength: 2 }),
      views: fc.array(fc.record({ rel: index, view: text }), { maxLength: 2 }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'assignment.issue' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('application.refuse' as const), note: optionalText }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'followUp.start' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('followUp.invite' as const), rel: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('followUp.recordRelativeView' as const),
      rel: index,
      results: fc.array(fc.record({ decision: index, resultId: fc.constantFrom(...catalogue.followUpScale.map((s) => s.id)), view: optionalText }), {
        maxLength: 2,
      }),
      qualityView: optionalText,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('followUp.update' as const),
      supportGiven: yesNoUnknown,
      qualityView: optionalText,
      outcomeActions: fc.subarray(['newInvestigation', 'relativeOwnSupport', 'updatedAssignment', 'contactProvider', 'none'] as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contact.plan' as const), rel: index, date, purpose: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contact.markDone' as const), contact: index }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'nav.next' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'nav.back' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nav.goTo' as const), step: fc.constantFrom(...STEP_IDS) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('expressionSupport.set' as const),
      needs: fc.subarray(['communication', 'understandingInformation', 'formulatingNeeds', 'valuingOptions'] as const),
      supporter: fc.option(index, { nil: undefined }),
      caseworkerReflection: optionalText,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('relativeRecord.update' as const), rel: index, what: text, date, channel, anonymous: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relativeRecord.addConversation' as const),
      rel: index,
      offeredAt: date,
      answer: fc.constantFrom('accepted', 'declined', 'undecided'),
      notes: optionalText,
      duringFollowUp: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relativeRecord.addOwnSupportNeed' as const),
      rel: index,
      description: text,
      offered: fc.subarray(['generalSupport', 'referral', 'applicationInformation'] as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('relativeRecord.requestOwnApplication' as const), rel: index, need: index, homeMunicipality: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('person.update' as const), chosenName: optionalText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('application.setConcernsRelative' as const), value: fc.boolean() }) },
);
export type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** The final command of property (c): withdraw one of the consents given (by index among them). */
export const withdrawGiven = fc.record({ kind: fc.constant('withdrawGiven' as const), consent: index, date: fc.option(pastDate, { nil: undefined }) });
export type WithdrawGiven = typeof withdrawGiven extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Commands → events against the current context
// ---------------------------------------------------------------------------------------------

export const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);
export const relativeId = (context: Context, i: number) => pick(context.record.relatives, i)?.id ?? 'anhorig-finns-inte';

/** Who may give a consent of this scope: the relative for their own part (sometimes), else the person side. */
export const fittingGiver = (record: InvestigationRecord, scope: Consent['scope'], i: number): Consent['givenBy'] => {
  if (RELATIVE_OWN_SCOPES.includes(scope) && i % 2 === 1) return 'relative';
  if (record.person.ageGroup === 'minor') return 'guardian';
  return record.person.canTakePosition === 'no' ? 'legalRepresentative' : 'person';
};

export const materialize = (cmd: Command | WithdrawGiven, context: Context): InvestigationEvent => {
  const { record } = context;
  switch (cmd.kind) {
    case 'relative.add':
      return {
        type: 'relative.add',
        relative: {
          name: cmd.name,
          relation: cmd.relation,
          isChild: cmd.isChild,
          livesWithPerson: cmd.livesWithPerson,
          givesSupport: cmd.givesSupport,
          worriesAboutPerson: cmd.worriesAboutPerson,
          informedOfPossibility: cmd.informedOfPossibility,
          supportLifeAreas: cmd.supportLifeAreas,
          contact: cmd.contact,
          ...(cmd.representative === undefined
            ? {}
            : { legalRepresentative: { kind: 'godMan' as const, mandate: 'Sörja för person', coversPersonalMatters: cmd.representative } }),
        },
      };
    case 'relative.update':
      return { type: 'relative.update', relativeId: relativeId(context, cmd.rel), patch: { name: cmd.name } };
    case 'relative.remove':
      return { type: 'relative.remove', relativeId: relativeId(context, cmd.rel) };
    case 'relative.markAsked':
      return { type: 'relative.markAsked', relativeId: relativeId(context, cmd.rel) };
    case 'relative.raiseViolenceConcern':
      return {
        type: 'relative.raiseViolenceConcern',
        relativeId: relativeId(context, cmd.rel),
        concern: { direction: cmd.direction, description: cmd.description, routineFollowed: cmd.routineFollowed, raisedAt: cmd.raisedAt },
      };
    case 'relative.recordViolenceJudgement':
      return { type: 'relative.recordViolenceJudgement', relativeId: relativeId(context, cmd.rel), text: cmd.text, allowsParticipation: cmd.allowsParticipation };
    case 'consent.record': {
      const givenBy = cmd.givenBy === 'fitting' ? fittingGiver(record, cmd.scope, cmd.rel) : cmd.givenBy;
      const representative = record.relatives.find((r) => r.legalRepresentative?.coversPersonalMatters)?.name;
      const givenByName = givenBy === 'legalRepresentative' && cmd.givenBy === 'fitting' ? representative : cmd.givenByName;
      return {
        type: 'consent.record',
        consent: {
          relativeId: relativeId(context, cmd.rel),
          scope: cmd.scope,
          givenBy,
          ...(givenBy === 'guardian' || givenBy === 'legalRepresentative' ? { givenByName } : {}),
          status: cmd.status,
          form: cmd.form,
          date: cmd.date,
          ...(cmd.validUntil !== undefined ? { validUntil: cmd.validUntil } : {}),
        },
      };
    }
    case 'consent.withdraw':
      return { type: 'consent.withdraw', consentId: pick(record.consents, cmd.consent)?.id ?? 'samtycke-finns-inte', ...(cmd.date ? { date: cmd.date } : {}) };
    case 'withdrawGiven': {
      const given = record.consents.filter((c) => c.status === 'given');
      return { type: 'consent.withdraw', consentId: pick(given, cmd.consent)?.id ?? 'samtycke-finns-inte', ...(cmd.date ? { date: cmd.date } : {}) };
    }
    case 'statement.add': {
      const rel = relativeId(context, cmd.rel);
      const fitting = record.consents.filter((c) => c.relativeId === rel && c.scope === 'provideInformation');
      const consentId = pick(fitting.length ? fitting : record.consents, cmd.consent)?.id ?? 'samtycke-finns-inte';
      return {
        type: 'statement.add',
        statement: {
          lifeAreaId: cmd.lifeAreaId,
          kind: cmd.statementKind,
          text: cmd.text,
          source:
            cmd.source === 'person'
              ? { kind: 'person' }
              : cmd.source === 'relative'
                ? { kind: 'relative', relativeId: rel }
                : { kind: 'professional', name: 'Distriktssköterska Dana', role: 'sjuksköterska' },
          basis: cmd.basis === 'consent' ? { kind: 'consent', consentId } : { kind: cmd.basis },
          toPersonalFile: cmd.toPersonalFile,
          qualityConfirmed: cmd.qualityConfirmed,
          checkedWithPerson: cmd.checkedWithPerson,
        },
      };
    }
    case 'statement.update':
      return {
        type: 'statement.update',
        statementId: pick(record.statements, cmd.statement)?.id ?? 'uppgift-finns-inte',
        patch: { ...(cmd.text !== undefined ? { text: cmd.text } : {}), ...(cmd.qualityConfirmed !== undefined ? { qualityConfirmed: cmd.qualityConfirmed } : {}) },
      };
    case 'stance.set': {
      const { kind: _, rel, ...stance } = cmd;
      return { type: 'stance.set', stance: { relativeId: relativeId(context, rel), ...stance } };
    }
    case 'meetingPlan.set': {
      const { kind: _, rel, ...plan } = cmd;
      return { type: 'meetingPlan.set', plan: { relativeId: relativeId(context, rel), ...plan } };
    }
    case 'information.log': {
      const { kind: _, rel, ...entry } = cmd;
      return { type: 'information.log', entry: { relativeId: relativeId(context, rel), ...entry } };
    }
    case 'promptAnswer': {
      // L4: an answer to a question prompt is a statement (the person's own, or a relative's with a basis).
      const rel = cmd.rel === undefined ? undefined : relativeId(context, cmd.rel);
      const fitting = record.consents.filter((c) => c.relativeId === rel && c.scope === 'provideInformation');
      return {
        type: 'statement.add',
        statement: {
          kind: 'promptAnswer',
          promptId: cmd.promptId,
          text: cmd.answer,
          source: rel === undefined ? { kind: 'person' } : { kind: 'relative', relativeId: rel },
          basis:
            rel === undefined
              ? { kind: 'own' }
              : cmd.basis === 'consent'
                ? { kind: 'consent', consentId: pick(fitting.length ? fitting : record.consents, cmd.consent)?.id ?? 'samtycke-finns-inte' }
                : { kind: 'volunteered' },
          toPersonalFile: cmd.toPersonalFile,
          qualityConfirmed: cmd.qualityConfirmed,
          checkedWithPerson: false,
        },
      };
    }
    case 'indirectSupport.propose': {
      const { kind: _, rel, ...proposal } = cmd;
      return { type: 'indirectSupport.propose', proposal: { relativeId: relativeId(context, rel), ...proposal } };
    }
    case 'indirectSupport.update':
      return { type: 'indirectSupport.update', proposalId: pick(record.indirectSupport, cmd.proposal)?.id ?? 'indirekt-finns-inte', patch: { goal: cmd.goal } };
    case 'assessment.set':
      return {
        type: 'assessment.set',
        assessment: {
          needsAssessment: cmd.needsAssessment,
          source: 'element',
          decidedAt: cmd.decidedAt,
          decisions: cmd.decisions.map(({ proposal, ...d }, i) => ({
            id: `beslut-${i + 1}`,
            ...d,
            indirectSupportId: proposal === undefined ? undefined : (pick(record.indirectSupport, proposal)?.id ?? 'indirekt-finns-inte'),
          })),
        },
      };
    case 'assignmentPlan.set':
      return {
        type: 'assignmentPlan.set',
        plan: {
          followUpHow: cmd.followUpHow,
          followUpWhen: cmd.followUpWhen,
          collaboration: cmd.collaboration.map(({ rel, ...c }) => ({ relativeId: relativeId(context, rel), ...c })),
          participation: cmd.participation.map(({ rel, ...p }) => ({ relativeId: relativeId(context, rel), ...p })),
          relativeViews: cmd.views.map(({ rel, view }) => ({ relativeId: relativeId(context, rel), view })),
        },
      };
    case 'assignment.issue':
      return { type: 'assignment.issue' };
    case 'application.refuse':
      return { type: 'application.refuse', note: cmd.note };
    case 'followUp.start':
      return { type: 'followUp.start' };
    case 'followUp.invite':
      return { type: 'followUp.invite', relativeId: relativeId(context, cmd.rel) };
    case 'followUp.recordRelativeView':
      return {
        type: 'followUp.recordRelativeView',
        view: {
          relativeId: relativeId(context, cmd.rel),
          goalResults: cmd.results.map(({ decision, ...r }) => ({ decisionId: pick(record.assessment?.decisions ?? [], decision)?.id ?? 'beslut-finns-inte', ...r })),
          qualityView: cmd.qualityView,
        },
      };
    case 'followUp.update':
      return {
        type: 'followUp.update',
        patch: { person: { supportGiven: cmd.supportGiven, qualityView: cmd.qualityView, stillWantsRelativeSupport: [] }, outcomeActions: cmd.outcomeActions },
      };
    case 'contact.plan':
      return { type: 'contact.plan', contact: { relativeId: relativeId(context, cmd.rel), date: cmd.date, purpose: cmd.purpose } };
    case 'contact.markDone':
      return { type: 'contact.markDone', contactId: pick(record.plannedContacts, cmd.contact)?.id ?? 'kontakt-finns-inte' };
    case 'nav.next':
      return { type: 'nav.next' };
    case 'nav.back':
      return { type: 'nav.back' };
    case 'nav.goTo':
      return { type: 'nav.goTo', step: cmd.step };
    case 'expressionSupport.set':
      return {
        type: 'expressionSupport.set',
        value: {
          needs: cmd.needs,
          caseworkerReflection: cmd.caseworkerReflection,
          ...(cmd.supporter !== undefined ? { supporterRelativeId: relativeId(context, cmd.supporter) } : {}),
        },
      };
    case 'relativeRecord.update':
      return {
        type: 'relativeRecord.update',
        relativeId: relativeId(context, cmd.rel),
        patch: { anonymous: cmd.anonymous, informationGiven: [{ what: cmd.what, date: cmd.date, channel: cmd.channel }] },
      };
    case 'relativeRecord.addConversation':
      return {
        type: 'relativeRecord.addConversation',
        relativeId: relativeId(context, cmd.rel),
        conversation: { offeredAt: cmd.offeredAt, answer: cmd.answer, notes: cmd.notes, duringFollowUp: cmd.duringFollowUp },
      };
    case 'relativeRecord.addOwnSupportNeed':
      return {
        type: 'relativeRecord.addOwnSupportNeed',
        relativeId: relativeId(context, cmd.rel),
        need: { description: cmd.description, offered: cmd.offered, offerIds: [], appliesForSupport: false },
      };
    case 'relativeRecord.requestOwnApplication': {
      const rel = relativeId(context, cmd.rel);
      const needs = context.relativeRecords.find((r) => r.relativeId === rel)?.ownSupportNeeds ?? [];
      return { type: 'relativeRecord.requestOwnApplication', relativeId: rel, needId: pick(needs, cmd.need)?.id ?? 'behov-finns-inte', homeMunicipality: cmd.homeMunicipality };
    }
    case 'person.update':
      return { type: 'person.update', patch: { chosenName: cmd.chosenName } };
    case 'application.setConcernsRelative':
      return { type: 'application.setConcernsRelative', value: cmd.value };
  }
};

// ---------------------------------------------------------------------------------------------
// A rich start: two relatives, every consent an assignment can rest on, M1–M4 in place
// ---------------------------------------------------------------------------------------------

export const consentEvent = (relativeId: string, scope: Consent['scope'], extra: Partial<Consent> = {}): InvestigationEvent =>
  ({ type: 'consent.record', consent: { relativeId, scope, givenBy: 'person', form: 'oral', date: '2026-03-10', status: 'given', ...extra } }) as InvestigationEvent;

/**
 * Two relatives with every consent an assignment can rest on: Eva (sambo, gives support, avlösning as
 * indirect support) and Olle (son, ledsagning as indirect support); both share with the provider and
 * gave information under consent; an assessment with three granted decisions and a plan (M1–M4).
 */
export const SCAFFOLD: InvestigationEvent[] = [
  { type: 'relative.add', relative: { name: 'Eva Andersson', relation: 'sambo', givesSupport: true, supportLifeAreas: ['d6'], worriesAboutPerson: true, livesWithPerson: true, isChild: false, informedOfPossibility: true } },
  { type: 'relative.add', relative: { name: 'Olle Svensson', relation: 'son', givesSupport: true, supportLifeAreas: ['d5'], worriesAboutPerson: false, livesWithPerson: false, isChild: false, informedOfPossibility: true } },
  consentEvent('anhorig-1', 'participate'), // samtycke-1
  consentEvent('anhorig-1', 'provideInformation'), // samtycke-2
  consentEvent('anhorig-1', 'shareWithProvider'), // samtycke-3
  consentEvent('anhorig-1', 'indirectSupport'), // samtycke-4
  consentEvent('anhorig-1', 'indirectSupport', { givenBy: 'relative' }), // samtycke-5
  consentEvent('anhorig-2', 'provideInformation'), // samtycke-6
  consentEvent('anhorig-2', 'shareWithProvider'), // samtycke-7
  consentEvent('anhorig-2', 'indirectSupport'), // samtycke-8
  consentEvent('anhorig-2', 'indirectSupport', { givenBy: 'relative' }), // samtycke-9
  consentEvent('anhorig-1', 'laterContact'), // samtycke-10
  consentEvent('anhorig-1', 'participateInFollowUp'), // samtycke-11
  {
    type: 'statement.add',
    statement: { lifeAreaId: 'd6', kind: 'supportGiven', text: 'Eva lagar mat varje dag.', source: { kind: 'relative', relativeId: 'anhorig-1' }, basis: { kind: 'consent', consentId: 'samtycke-2' }, toPersonalFile: true, qualityConfirmed: true, checkedWithPerson: true },
  },
  {
    type: 'statement.add',
    statement: { lifeAreaId: 'd5', kind: 'supportGiven', text: 'Olle hjälper till med duschen.', source: { kind: 'relative', relativeId: 'anhorig-2' }, basis: { kind: 'consent', consentId: 'samtycke-6' }, toPersonalFile: false, qualityConfirmed: false, checkedWithPerson: false },
  },
  { type: 'indirectSupport.propose', proposal: { supportTypeId: 'avlosning', lifeAreaId: 'd6', relativeId: 'anhorig-1', personView: 'Vill att Eva får vila.', relativeView: 'Vill ha två lediga eftermiddagar.', goal: 'Eva har två lediga eftermiddagar i veckan.' } },
  { type: 'indirectSupport.propose', proposal: { supportTypeId: 'ledsagning', lifeAreaId: 'd5', relativeId: 'anhorig-2', personView: 'Vill gå på promenad utan Olle.', relativeView: 'Vill hinna jobba.', goal: 'Olle kan arbeta heltid.' } },
  {
    type: 'assessment.set',
    assessment: {
      needsAssessment: 'Sven behöver stöd i hemlivet och med personlig vård.',
      source: 'element',
      decisions: [
        { id: 'beslut-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted', extent: '4 timmar per vecka', goal: 'Sven har ett städat hem.' },
        { id: 'beslut-2', lifeAreaId: 'd6', supportTypeId: 'avlosning', outcome: 'granted', goal: 'Sven är trygg när Eva är ledig.', indirectSupportId: 'indirekt-1' },
        { id: 'beslut-3', lifeAreaId: 'd5', supportTypeId: 'ledsagning', outcome: 'granted', goal: 'Sven kommer ut varje vecka.', indirectSupportId: 'indirekt-2' },
      ],
    },
  },
  {
    type: 'assignmentPlan.set',
    plan: {
      followUpHow: 'Uppföljningssamtal med Sven.',
      followUpWhen: '2026-09-01',
      collaboration: [
        { relativeId: 'anhorig-1', relativeWish: 'Vill samarbeta kring måltider.', personWish: 'Per telefon.' },
        { relativeId: 'anhorig-2', relativeWish: 'Sms före besöken.', personWish: 'Ja.' },
      ],
      participation: [
        { relativeId: 'anhorig-1', inPlanning: true, inFollowUp: true },
        { relativeId: 'anhorig-2', inPlanning: false, inFollowUp: true },
      ],
      relativeViews: [
        { relativeId: 'anhorig-1', view: 'Avlösningen bör ske på eftermiddagar.' },
        { relativeId: 'anhorig-2', view: 'Samma ledsagare varje gång.' },
      ],
    },
  },
];
export const ADULT: Person = { id: 'p-1', displayName: 'Sven Svensson', ageGroup: 'adult', canTakePosition: 'yes' };

// ---------------------------------------------------------------------------------------------
// Running a sequence
// ---------------------------------------------------------------------------------------------

export interface Step {
  event: InvestigationEvent;
  before: Snapshot;
  after: Snapshot;
  emitted: InvestigationEmitted[];
  refused: boolean;
  /** The refusal the sender got (`refused`), emitted to it and never kept in the state. */
  rejection?: Rejection;
}

export const startMachine = (record: InvestigationRecord) => {
  const actor = createActor(investigationMachine, { input: { record, catalogue, caseworker, today: TODAY } });
  const emitted: InvestigationEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return { actor, emitted };
};

export const newRecord = (p: Person) => createRecord(p, STARTED, 'utredning-egenskap');

/**
 * Send each command, turned into an event against the current context by `toEvent`, to a fresh machine
 * holding `record`; `onStep` sees every transition (with what the machine emitted). Returns the final snapshot.
 */
export const playFrom = <C>(
  record: InvestigationRecord,
  commands: readonly C[],
  toEvent: (cmd: C, context: Context) => InvestigationEvent,
  onStep?: (step: Step) => void,
) => {
  const { actor, emitted } = startMachine(record);
  for (const cmd of commands) {
    const before = actor.getSnapshot() as Snapshot;
    const event = toEvent(cmd, before.context);
    emitted.length = 0;
    const rejection = trySend(actor, event);
    const after = actor.getSnapshot() as Snapshot;
    onStep?.({ event, before, after, emitted: [...emitted], refused: rejection !== undefined, ...(rejection ? { rejection } : {}) });
  }
  const final = actor.getSnapshot() as Snapshot;
  actor.stop();
  return final;
};

/** A generated command or a literal event, as an event against the current context. */
export const toEvent = (cmd: Command | WithdrawGiven | InvestigationEvent, context: Context): InvestigationEvent =>
  'type' in cmd ? cmd : materialize(cmd, context);

/** Send each command (as an event against the current context) to a fresh record for `p`; `onStep` sees every transition. */
export const play = (p: Person, commands: readonly (Command | WithdrawGiven | InvestigationEvent)[], onStep?: (step: Step) => void) =>
  playFrom(newRecord(p), commands, toEvent, onStep);

/** Half the runs start from an empty record (any kind of person), half from the scaffold (so assignments, follow-up and withdrawals are reached). */
export const start = fc.oneof(person.map((p) => ({ person: p, scaffold: false })), fc.constant({ person: ADULT, scaffold: true }));
export const sequence = fc.array(command, { minLength: 1, maxLength: 40, size: 'max' });

export const issuesText = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path}: ${sv(i)}`).join(' | ');
