/**
 * What differs from the previous assignment version, in Swedish, for the handläggare and the
 * provider (SPEC §5, C3). Relatives are named as the assignment itself names them (the person's
 * words where shared, else the relationship category, L3), never by name, so the change list adds no
 * personal data the provider did not have. Fields are named in words, not by their rule codes.
 */
import type { Assignment, AssignmentItem, Consent, ConsentScope, InvestigationRecord, RField } from '../schema/index.js';
import { RELATION_CATEGORY_NAMES, relationshipText } from '../rules/names.js';
import { latestPersonSideDecision, latestRelativeDecision } from '../rules/consent.js';
import { rFieldsByRelative } from './perspective.js';

const FIELD_NAMES: Record<RField, string> = {
  R1: 'att den anhöriga bor med den enskilde',
  R2: 'vilket stöd den anhöriga ger',
  R3: 'samordningen med den anhöriga',
  R4: 'den anhörigas medverkan i planering och uppföljning',
  R5: 'den anhörigas syn på hur stödet ska ges',
};
const fieldList = (fields: readonly RField[]): string => fields.map((f) => FIELD_NAMES[f]).join(', ');

type Ending = { date: string; kind: 'withdrawn' | 'expired' | 'turned18' };

/** How a consent has ended by `today`, if it has: each way it ended (one consent can end in two ways). */
const endingsOf = (c: Consent, adultFrom: string | undefined, today: string): Ending[] => [
  ...(c.withdrawnAt !== undefined && c.withdrawnAt <= today ? [{ date: c.withdrawnAt, kind: 'withdrawn' as const }] : []),
  ...(c.validUntil !== undefined && c.validUntil < today ? [{ date: c.validUntil, kind: 'expired' as const }] : []),
  ...(c.givenBy === 'guardian' && adultFrom !== undefined && adultFrom <= today ? [{ date: adultFrom, kind: 'turned18' as const }] : []),
];

/**
 * When an ending takes effect, comparable as a string: the 18th birthday from the start of its day, a
 * withdrawal when it is recorded during the day (T2; '!' sorts after the day itself), a consent valid
 * until a day after that whole day ('~' sorts after '!' and before the next day).
 */
const endsAt = (e: Ending): string => (e.kind === 'turned18' ? e.date : e.kind === 'withdrawn' ? `${e.date}!` : `${e.date}~`);

/**
 * Why a relative's fields or marker left since the previous version: the first ending, since then, of a
 * decision that still governs (a consent superseded by a later decision is no reason; of two governing
 * consents that both ended, the field left with the first).
 */
const reason = (record: InvestigationRecord, relativeId: string, scopes: readonly ConsentScope[], since: string, today: string): string => {
  const governing = scopes.flatMap((scope) => [latestPersonSideDecision(record, relativeId, scope, today), latestRelativeDecision(record, relativeId, scope, today)]);
  const ended = governing
    .flatMap((c) => (c ? endingsOf(c, record.person.adultFrom, today) : []))
    .filter((e) => e.date >= since)
    .sort((a, b) => (endsAt(a) < endsAt(b) ? -1 : 1))
    .at(0);
  if (!ended) return '';
  if (ended.kind === 'turned18') return ` eftersom den enskilde fyllde 18 år ${ended.date} och vårdnadshavarens samtycke inte gäller för något nytt`;
  return ended.kind === 'withdrawn' ? ` eftersom samtycket återkallades ${ended.date}` : ` eftersom samtycket gällde till och med ${ended.date}`;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const refOf = (a: Assignment, relativeId: string) => {
  const p = a.relativePerspective;
  return [...p.livesWithPerson, ...p.supportGiven, ...p.coordination, ...p.participation, ...p.views].find((r) => r.relativeId === relativeId);
};

/**
 * How the new version names a relative: in the person's words where it still shares them, else by
 * category only. Words the previous version carried are not repeated once their consent is gone (L3, C3).
 */
const relationIn = (next: Assignment, previous: Assignment, relativeId: string): string => {
  const shared = refOf(next, relativeId);
  if (shared) return relationshipText(shared);
  return RELATION_CATEGORY_NAMES[refOf(previous, relativeId)?.relationCategory ?? 'other'];
};

const fieldContent = (a: Assignment, relativeId: string): unknown => {
  const p = a.relativePerspective;
  const pick = <T extends { relativeId: string }>(xs: T[]) => xs.filter((x) => x.relativeId === relativeId);
  return [pick(p.livesWithPerson), pick(p.supportGiven), pick(p.coordination), pick(p.participation), pick(p.views)];
};

const itemLabel = (item: AssignmentItem): string => `${item.supportTypeName} (${item.lifeAreaName})`;

export const describeChanges = (
  previous: Assignment | undefined,
  next: Assignment,
  record: InvestigationRecord,
  today: string,
): string[] => {
  if (!previous) return [];
  const since = previous.issuedAt;
  const changes: string[] = [];
  if (previous.needsAssessment !== next.needsAssessment) changes.push('Bedömningen av den enskildes behov har ändrats.');

  const before = new Map(previous.includes.map((i) => [i.decisionId, i]));
  const after = new Map(next.includes.map((i) => [i.decisionId, i]));
  for (const [id, item] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push(`Insatsen ${itemLabel(item)} har lagts till.`);
      continue;
    }
    if (old.extent !== item.extent) changes.push(`Omfattningen av insatsen ${itemLabel(item)} har ändrats.`);
    if (old.indirectSupport && !item.indirectSupport) {
      const proposal = record.indirectSupport.find((p) => p.id === record.assessment?.decisions.find((d) => d.id === id)?.indirectSupportId);
      const why = proposal ? reason(record, proposal.relativeId, ['indirectSupport'], since, today) : '';
      changes.push(`Markeringen att ${itemLabel(item)} också är ett indirekt stöd till en anhörig (${RELATION_CATEGORY_NAMES[old.indirectSupport.relationCategory]}) har tagits bort${why}.`);
    }
    if (!old.indirectSupport && item.indirectSupport)
      changes.push(`${itemLabel(item)} är nu också markerad som indirekt stöd till en anhörig (${relationshipText(item.indirectSupport)}).`);
  }
  for (const [id, item] of before) if (!after.has(id)) changes.push(`Insatsen ${itemLabel(item)} ingår inte längre i uppdraget.`);

  for (const item of next.includes) {
    const goals = (a: Assignment) => a.goals.filter((g) => g.decisionId === item.decisionId);
    if (before.has(item.decisionId) && !sameJson(goals(previous), goals(next))) changes.push(`Målen för insatsen ${itemLabel(item)} har ändrats.`);
  }
  if (!sameJson(previous.followUp, next.followUp)) changes.push('Hur och när uppföljningen görs har ändrats.');

  const oldFields = rFieldsByRelative(previous.relativePerspective);
  const newFields = rFieldsByRelative(next.relativePerspective);
  for (const relativeId of new Set([...oldFields.keys(), ...newFields.keys()])) {
    const was = oldFields.get(relativeId) ?? [];
    const now = newFields.get(relativeId) ?? [];
    const removed = was.filter((f) => !now.includes(f));
    const added = now.filter((f) => !was.includes(f));
    const relation = relationIn(next, previous, relativeId);
    if (removed.length)
      changes.push(`Uppgifter om den anhöriga (${relation}) har tagits bort${reason(record, relativeId, ['shareWithProvider'], since, today)}: ${fieldList(removed)}.`);
    if (added.length) changes.push(`Uppgifter om den anhöriga (${relation}) har lagts till: ${fieldList(added)}.`);
    if (!removed.length && !added.length && !sameJson(fieldContent(previous, relativeId), fieldContent(next, relativeId)))
      changes.push(`Uppgifterna om den anhöriga (${relation}) har ändrats${reason(record, relativeId, ['provideInformation'], since, today)}.`);
  }
  return changes;
};
