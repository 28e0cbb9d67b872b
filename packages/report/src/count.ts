/**
 * Counting, one document at a time, so a server or the CLI can stream any number of records through
 * it with flat memory. `createReportBuilder` returns an accumulator: add investigation records and
 * relatives' own records in any order, then `counts()` (the raw counts, never to be published) or
 * `report()` (suppressed, ready to publish).
 *
 * A relative's own record carries nothing about the person (L1): its link is `Relative.ownRecordId`
 * on the person's side. The builder keeps each side that has not met its other half yet (a relative's
 * categories, or the relative record's few facts) in a small map and counts the pair when both have
 * come; in the order the element emits them (a record with its relatives' records) the map stays empty.
 */
import { relativeBranch, isRelativeSupportAvailable, defaultCatalogue, type Catalogue, type InvestigationRecord, type Relative, type RelativeRecord } from '@anhorig/core';
import { buildLayout, NOT_ASKED, OTHER, reliefFigureId, type DimensionId } from './model.js';
import { indexCells, type CellIndex } from './cells.js';
import { checkPeriod, inPeriod, type Period } from './period.js';

export interface ReportOptions {
  /** First day of the first month, `YYYY-MM-01` (or `YYYY-MM`). */
  from: string;
  /** Last day of the last month (or `YYYY-MM`). */
  to: string;
  /** The municipality's catalogue: support types, overall goals and follow-up scale. Default: the core's. */
  catalogue?: Catalogue;
}

/** The raw counts: one number per cell of the layout. Not for publication (`report()` suppresses). */
export interface Counts {
  index: CellIndex;
  period: Period;
  catalogue: Catalogue;
  values: Float64Array;
  /** Relatives' own records whose investigation never came: they cannot be broken down, so not counted. */
  unlinkedRelativeRecords: number;
}

type Context = Partial<Record<DimensionId, number>>;

/** A relative's categories packed in one small number, for the join with their own record. */
const REL_SIZES = [5, 5, 9, 2] as const;
const pack = (ctx: Context, cohort: boolean): number =>
  (((ctx.personAgeGroup! * 9 + ctx.relation!) * 5 + ctx.ageBand!) * 5 + ctx.gender!) * 2 + (cohort ? 1 : 0);
const unpack = (packed: number): { ctx: Context; cohort: boolean } => {
  let n = packed;
  const cohort = n % 2 === 1;
  n = Math.floor(n / 2);
  const gender = n % REL_SIZES[0];
  n = Math.floor(n / REL_SIZES[0]);
  const ageBand = n % REL_SIZES[1];
  n = Math.floor(n / REL_SIZES[1]);
  const relation = n % REL_SIZES[2];
  const personAgeGroup = Math.floor(n / REL_SIZES[2]);
  return { ctx: { gender, ageBand, relation, personAgeGroup }, cohort };
};

/** What the report needs from a relative's own record, reduced for the period. */
interface OwnFacts {
  informationGiven: boolean;
  referred: boolean;
  helpWithContact: boolean;
  conversationOffered: boolean;
  conversationAccepted: boolean;
  applications: number;
}

export interface ReportBuilder {
  addInvestigation(record: InvestigationRecord): void;
  addRelativeRecord(record: RelativeRecord): void;
  /** Relatives and relatives' records still waiting for their other half (memory use, for the bench). */
  pending(): number;
  counts(): Counts;
}

export const createReportBuilder = (options: ReportOptions): ReportBuilder => {
  const period = checkPeriod(options.from, options.to);
  const catalogue = options.catalogue ?? defaultCatalogue;
  const index = indexCells(buildLayout(catalogue));
  const values = new Float64Array(index.size);
  const cat = index.categoryIndex;
  const reliefGoalIds = new Set(catalogue.overallGoals.filter((g) => g.forIndirectSupport).map((g) => g.id));
  const scaleIds = new Set(catalogue.followUpScale.map((s) => s.id));

  // Per figure: its total's offset and [dimension, first category offset] pairs, looked up once.
  const plans = new Map(
    [...index.figures].map(([id, cells]) => [id, { total: cells.total, dims: Object.entries(cells.dimensions) as [DimensionId, number][] }]),
  );
  const add = (figureId: string, ctx: Context): void => {
    const plan = plans.get(figureId)!;
    values[plan.total]! += 1;
    for (let i = 0; i < plan.dims.length; i += 1) {
      const [dimension, start] = plan.dims[i]!;
      values[start + ctx[dimension]!]! += 1;
    }
  };
  const categoryOf = (dimension: DimensionId, value: string | undefined): number =>
    cat[dimension].get(value ?? NOT_ASKED) ?? cat[dimension].get(OTHER) ?? 0;

  const pendingRelatives = new Map<string, number>();
  const pendingOwn = new Map<string, OwnFacts>();

  const ownFacts = (own: RelativeRecord): OwnFacts => {
    const conversations = own.ownConversations.filter((c) => inPeriod(period, c.offeredAt));
    return {
      informationGiven: own.informationGiven.some((i) => inPeriod(period, i.date)),
      referred: own.referredToAnhorigkonsulent !== undefined && inPeriod(period, own.referredToAnhorigkonsulent),
      helpWithContact: own.helpWithContactOffered,
      conversationOffered: conversations.length > 0,
      conversationAccepted: conversations.some((c) => c.answer === 'accepted'),
      applications: own.ownSupportNeeds.filter((n) => n.appliesForSupport && n.applicationRequestedAt !== undefined && inPeriod(period, n.applicationRequestedAt)).length,
    };
  };
  const countOwn = (facts: OwnFacts, packed: number): void => {
    const { ctx, cohort } = unpack(packed);
    if (facts.informationGiven) add('informationGiven', ctx);
    if (facts.referred) add('referredToAnhorigkonsulent', ctx);
    if (facts.helpWithContact && cohort) add('helpWithContactOffered', ctx);
    if (facts.conversationOffered) add('ownConversationOffered', ctx);
    if (facts.conversationAccepted) add('ownConversationAccepted', ctx);
    for (let i = 0; i < facts.applications; i += 1) add('ownApplicationRequests', ctx);
  };

  const addInvestigation = (record: InvestigationRecord): void => {
    const cohort = inPeriod(period, record.startedAt);
    const personAgeGroup = categoryOf('personAgeGroup', record.person.ageGroup);
    const personCtx: Context = { personAgeGroup };
    const relatives = record.relatives.filter((r) => r.isRelative);
    const contexts = new Map<string, Context>();
    for (const r of relatives)
      contexts.set(r.id, {
        gender: categoryOf('gender', r.gender),
        ageBand: categoryOf('ageBand', r.ageBand),
        relation: categoryOf('relation', r.relationCategory),
        personAgeGroup,
      });
    const contextOf = (relativeId: string): Context | undefined => contexts.get(relativeId);

    if (cohort) countCohort(record, relatives, personCtx, contextOf);
    countEvents(record, relatives, contextOf);

    // The join with the relatives' own records.
    for (const r of relatives) {
      if (r.ownRecordId === undefined) continue;
      const packed = pack(contextOf(r.id)!, cohort);
      const own = pendingOwn.get(r.ownRecordId);
      if (own) {
        pendingOwn.delete(r.ownRecordId);
        countOwn(own, packed);
      } else pendingRelatives.set(r.ownRecordId, packed);
    }
  };

  const countCohort = (record: InvestigationRecord, relatives: Relative[], personCtx: Context, contextOf: (id: string) => Context | undefined): void => {
    add('investigations', personCtx);
    if (relatives.length > 0) add('investigationsWithRelatives', personCtx);
    if (record.applicationConcernsRelative) add('applicationConcernsRelative', personCtx);
    const personComm = record.person.communication;
    if (personComm?.interpreterLanguage !== undefined || record.meetingPlans.some((p) => (p.interpreterForPerson ?? '').trim() !== ''))
      add('personInterpreter', personCtx);
    if ((personComm?.supports.length ?? 0) > 0 || record.meetingPlans.some((p) => (p.communicationSupportForPerson ?? '').trim() !== ''))
      add('personCommunicationSupport', personCtx);
    if (personComm?.minorityLanguage !== undefined)
      add('personMinorityLanguage', { ...personCtx, minorityLanguage: categoryOf('minorityLanguage', personComm.minorityLanguage) });

    for (const r of relatives) {
      const ctx = contextOf(r.id)!;
      add('relatives', ctx);
      if (r.isChild) add('childRelatives', ctx);
      // The person's decision as it stood at the end of the period (steps 2/3: the core's rule).
      const branch = relativeBranch(record, r.id, periodEnd);
      add(branch === 'involve' ? 'relativesInvolved' : branch === 'equip' ? 'relativesNotInvolved' : 'relativesUndecided', ctx);
      const plan = record.meetingPlans.find((p) => p.relativeId === r.id);
      if (plan?.format === 'joint') add('meetingJoint', ctx);
      if (plan?.format === 'separate') add('meetingSeparate', ctx);
      if (r.communication?.interpreterLanguage !== undefined || (plan?.interpreterForRelative ?? '').trim() !== '') add('relativeInterpreter', ctx);
      if ((r.communication?.supports.length ?? 0) > 0 || (plan?.communicationSupportForRelative ?? '').trim() !== '') add('relativeCommunicationSupport', ctx);
      if (r.communication?.minorityLanguage !== undefined)
        add('relativeMinorityLanguage', { ...ctx, minorityLanguage: categoryOf('minorityLanguage', r.communication.minorityLanguage) });
      const stance = record.stances.find((s) => s.relativeId === r.id);
      if (stance?.wantsToGiveSupport === 'yes') add('wantsToGiveSupport', ctx);
      if (stance?.canGiveSupport === 'yes') add('canGiveSupport', ctx);
      if (stance?.wantsToGiveSupport === 'yes' && stance.canGiveSupport === 'yes') add('wantsAndCan', ctx);
      if (isRelativeSupportAvailable(record, r.id)) add('supportAvailable', ctx);
    }
    for (const proposal of record.indirectSupport) {
      const ctx = contextOf(proposal.relativeId);
      if (ctx) add('indirectProposals', { ...ctx, supportType: categoryOf('supportType', proposal.supportTypeId) });
    }
  };

  const countEvents = (record: InvestigationRecord, relatives: Relative[], contextOf: (id: string) => Context | undefined): void => {
    const proposals = new Map(record.indirectSupport.map((p) => [p.id, p]));
    const decisions = record.assessment?.decisions ?? [];
    // Decisions marked as indirect support, on the day they were decided.
    if (record.assessment?.decidedAt !== undefined && inPeriod(period, record.assessment.decidedAt))
      for (const d of decisions) {
        if (d.outcome !== 'granted' || d.indirectSupportId === undefined) continue;
        const ctx = contextOf(proposals.get(d.indirectSupportId)?.relativeId ?? '');
        if (ctx) add('indirectDecisions', { ...ctx, supportType: categoryOf('supportType', d.supportTypeId) });
      }
    // Goals tagged for relatives who care: counted once per decision, in the month of the first
    // assignment version that carried the tag.
    const firstTagged = new Map<string, string>();
    for (const a of record.assignments)
      for (const g of a.goals)
        if (g.overallGoalId !== undefined && reliefGoalIds.has(g.overallGoalId)) {
          const seen = firstTagged.get(g.decisionId);
          if (seen === undefined || a.issuedAt < seen) firstTagged.set(g.decisionId, a.issuedAt);
        }
    for (const [decisionId, issuedAt] of firstTagged) {
      if (!inPeriod(period, issuedAt)) continue;
      const decision = decisions.find((d) => d.id === decisionId);
      const ctx = contextOf(proposals.get(decision?.indirectSupportId ?? '')?.relativeId ?? '');
      if (ctx && decision) add('reliefGoals', { ...ctx, supportType: categoryOf('supportType', decision.supportTypeId) });
    }
    // Consents withdrawn, on the day the withdrawal acts from.
    for (const c of record.consents)
      if (c.status === 'withdrawn' && c.withdrawnAt !== undefined && inPeriod(period, c.withdrawnAt)) {
        const ctx = contextOf(c.relativeId);
        if (ctx) add('consentsWithdrawn', ctx);
      }
    // Violence concerns raised (also those later replaced by a new one).
    for (const r of relatives)
      for (const concern of [...(r.earlierViolenceConcerns ?? []), ...(r.violenceConcern ? [r.violenceConcern] : [])])
        if (inPeriod(period, concern.raisedAt)) add('violenceConcerns', contextOf(r.id)!);
    // Relief for relatives at follow-up, on the catalogue's scale.
    const followUp = record.followUp;
    if (followUp && inPeriod(period, followUp.startedAt))
      for (const view of followUp.relativeViews) {
        const ctx = contextOf(view.relativeId);
        if (!ctx) continue;
        for (const result of view.goalResults) add(reliefFigureId(scaleIds.has(result.resultId) ? result.resultId : OTHER), ctx);
      }
  };

  const addRelativeRecord = (own: RelativeRecord): void => {
    const facts = ownFacts(own);
    const packed = pendingRelatives.get(own.id);
    if (packed !== undefined) {
      pendingRelatives.delete(own.id);
      countOwn(facts, packed);
    } else pendingOwn.set(own.id, facts);
  };

  const periodEnd = period.toDate;
  return {
    addInvestigation,
    addRelativeRecord,
    pending: () => pendingRelatives.size + pendingOwn.size,
    counts: () => ({ index, period, catalogue, values: Float64Array.from(values), unlinkedRelativeRecords: pendingOwn.size }),
  };
};
