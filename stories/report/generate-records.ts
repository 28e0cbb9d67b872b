/**
 * Generated investigations of realistic shape for the report's stories, tests and bench. Each is made
 * by driving the real statechart with the events a handläggare would send (so each is a record the
 * element itself could have produced), from a seeded random choice of: the person's age group, 0–4
 * relatives with relation, gender and age band (sometimes not asked), children, a god man outside the
 * family, the person's decision, step 2 (information, referral, help with contact, own conversations,
 * an application for own support), step 3 (joint or separate meetings, interpreters, minority
 * languages), stances, indirect support with decisions and an issued assignment, withdrawals,
 * violence concerns, and a follow-up with the relatives' view of the relief. Names are invented.
 *
 * Women are drawn more often than men as relatives who give care, as research cited in seed 003 finds.
 */
import { createActor } from 'xstate';
import {
  createRecord,
  defaultCatalogue,
  investigationMachine,
  trySend,
  type InvestigationEvent,
  type InvestigationRecord,
  type RelativeRecord,
} from '@anhorig/core';

export interface GeneratedCase {
  record: InvestigationRecord;
  relativeRecords: RelativeRecord[];
}

const caseworker = { id: 'hl-0099', name: 'Generad Handläggare' };

/** A small deterministic PRNG (mulberry32). */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items.at(-1)![0];
    },
  };
};
type Rng = ReturnType<typeof rng>;

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const RELATIONS = [
  ['maka', 'partner', 4],
  ['sambo', 'partner', 2],
  ['dotter', 'child', 5],
  ['son', 'child', 3],
  ['mamma', 'parent', 2],
  ['syster', 'sibling', 1],
  ['barnbarn', 'grandchild', 1],
  ['kusin', 'otherFamily', 1],
  ['vän', 'friend', 1],
  ['granne', 'neighbour', 1],
  ['kontaktperson i kyrkan', 'other', 0.3],
] as const;

const FIRST = { woman: ['Eva', 'Anna', 'Maria', 'Fatima', 'Aino', 'Sara'], man: ['Olle', 'Karl', 'Ali', 'Juha', 'Erik'], other: ['Kim', 'Alex'] };

export interface GenerateOptions {
  /** Start dates are drawn in this year (and a few in the year before, outside a yearly period). */
  year?: number;
}

/** One case from a seed. Throws if the machine refuses an event (a generator bug). */
export const generateCase = (seed: number, options: GenerateOptions = {}): GeneratedCase => {
  const r = rng(seed);
  const year = options.year ?? 2026;
  const startYear = r.chance(0.08) ? year - 1 : year;
  const startedAt = `${startYear}-${String(r.int(1, startYear === year ? 9 : 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const minor = r.chance(0.12);
  const person = {
    id: `person-${seed}`,
    displayName: `Person ${seed}`,
    ageGroup: minor ? ('minor' as const) : ('adult' as const),
    canTakePosition: 'yes' as const,
    ...(r.chance(0.1) ? { communication: { interpreterLanguage: r.pick(['arabiska', 'somaliska', 'finska', 'persiska']), supports: [] } } : {}),
    ...(r.chance(0.04) ? { communication: { supports: [], minorityLanguage: r.pick(['finnish', 'meankieli', 'sami'] as const) } } : {}),
    ...(r.chance(0.04) ? { communication: { supports: [r.pick(['signLanguage', 'aac'] as const)] } } : {}),
    ...(minor ? { guardians: ['Vårdnadshavare'] } : {}),
  };
  const record = createRecord(person, startedAt, `utredning-${seed}`);
  let today = addDays(startedAt, 5);
  const actor = createActor(investigationMachine, { input: { record, catalogue: defaultCatalogue, caseworker, today } }).start();
  const send = (event: InvestigationEvent) => {
    const rejection = trySend(actor, event);
    if (rejection) {
      actor.stop();
      throw new Error(`generateCase(${seed}): ${event.type} refused: ${JSON.stringify(rejection.reason)} ${rejection.issues.map((i) => `${i.path}: ${i.code} ${JSON.stringify(i.params)}`).join('; ')}`);
    }
  };
  const giver = minor ? { givenBy: 'guardian', givenByName: 'Vårdnadshavare' } : { givenBy: 'person' };
  let consents = 0;
  const consent = (relativeId: string, scope: string, status: 'given' | 'declined', extra: Record<string, unknown> = {}): string => {
    send({ type: 'consent.record', consent: { relativeId, scope, ...giver, form: 'oral', date: today, status, ...extra } } as InvestigationEvent);
    consents += 1;
    return `samtycke-${consents}`;
  };

  if (r.chance(0.2)) send({ type: 'application.setConcernsRelative', value: true });

  // Relatives: 0–4, most often 1–2.
  const n = r.weighted([[0, 1.2], [1, 4], [2, 3], [3, 1.2], [4, 0.5]] as const);
  interface Rel { id: string; involved: boolean; child: boolean; violence: boolean }
  const relatives: Rel[] = [];
  let ids = 0;
  if (r.chance(0.05)) {
    ids += 1;
    send({
      type: 'relative.add',
      relative: {
        name: 'God man Exempel',
        relation: 'god man',
        relationCategory: 'other',
        isRelative: false,
        givesSupport: false,
        supportLifeAreas: [],
        worriesAboutPerson: false,
        livesWithPerson: false,
        isChild: false,
        informedOfPossibility: false,
        legalRepresentative: { kind: 'godMan', mandate: 'Bevaka rätt och förvalta egendom', coversPersonalMatters: false },
      },
    });
  }
  for (let i = 0; i < n; i += 1) {
    const [relation, category] = r.weighted(RELATIONS.map(([w, c, weight]) => [[w, c] as const, weight] as const));
    const child = category === 'grandchild' ? r.chance(0.6) : category === 'child' && minor ? false : category === 'child' ? r.chance(0.1) : false;
    const gender = r.chance(0.15) ? undefined : r.weighted([['woman', 6], ['man', 3.4], ['other', 0.2], ['notStated', 0.4]] as const);
    const ageBand = r.chance(0.15) ? undefined : child ? 'under18' : r.weighted([['18to64', 5], ['65to79', 3], ['80plus', 1.5]] as const);
    const name = `${r.pick(FIRST[gender === 'man' ? 'man' : gender === 'other' ? 'other' : 'woman'])} Exempel`;
    const interpreter = r.chance(0.08);
    const minority = r.chance(0.03);
    const sign = r.chance(0.02);
    ids += 1;
    const id = `anhorig-${ids}`;
    send({
      type: 'relative.add',
      relative: {
        name,
        relation,
        relationCategory: category,
        givesSupport: r.chance(0.6),
        supportLifeAreas: [],
        worriesAboutPerson: r.chance(0.5),
        livesWithPerson: category === 'partner',
        isChild: child,
        informedOfPossibility: true,
        ...(gender ? { gender } : {}),
        ...(ageBand ? { ageBand } : {}),
        ...(interpreter || minority || sign
          ? { communication: { supports: sign ? ['signLanguage' as const] : [], ...(interpreter ? { interpreterLanguage: r.pick(['arabiska', 'tigrinja', 'polska']) } : {}), ...(minority ? { minorityLanguage: r.pick(['finnish', 'meankieli', 'sami', 'romani', 'yiddish'] as const) } : {}) } }
          : {}),
      },
    });
    relatives.push({ id, involved: false, child, violence: false });
  }

  today = addDays(today, r.int(1, 10));
  send({ type: 'host.setToday', today });
  for (const rel of relatives) {
    if (r.chance(0.04)) {
      send({ type: 'relative.raiseViolenceConcern', relativeId: rel.id, concern: { direction: r.pick(['personAtRisk', 'relativeAtRisk', 'unclear'] as const), description: '', routineFollowed: true, raisedAt: today } });
      rel.violence = true;
    }
    if (r.chance(0.12)) continue; // not asked yet
    send({ type: 'relative.markAsked', relativeId: rel.id });
    if (r.chance(0.65) && !rel.violence) {
      rel.involved = true;
      consent(rel.id, 'participate', 'given');
      consent(rel.id, 'provideInformation', 'given');
    } else consent(rel.id, 'participate', 'declined');
  }

  // Step 2 and own conversations, in the relatives' own records.
  today = addDays(today, r.int(1, 14));
  send({ type: 'host.setToday', today });
  for (const rel of relatives) {
    const equip = !rel.involved;
    if (r.chance(equip ? 0.8 : 0.3))
      send({ type: 'relativeRecord.addInformationGiven', relativeId: rel.id, entry: { what: 'Kommunens anhörigstöd', date: today, channel: r.pick(['meeting', 'phone', 'letter'] as const) } });
    const referred = r.chance(equip ? 0.4 : 0.15);
    const help = r.chance(equip ? 0.3 : 0.1);
    if (referred || help) send({ type: 'relativeRecord.update', relativeId: rel.id, patch: { ...(referred ? { referredToAnhorigkonsulent: today } : {}), helpWithContactOffered: help } });
    if (r.chance(equip ? 0.5 : 0.25))
      send({ type: 'relativeRecord.addConversation', relativeId: rel.id, conversation: { offeredAt: today, answer: r.weighted([['accepted', 5], ['declined', 3], ['undecided', 1]] as const), duringFollowUp: false } });
    if (r.chance(0.08)) {
      send({ type: 'relativeRecord.addOwnSupportNeed', relativeId: rel.id, need: { description: 'Behöver egen avlösning.', offered: ['generalSupport'], offerIds: [], appliesForSupport: false } });
      if (r.chance(0.6)) send({ type: 'relativeRecord.requestOwnApplication', relativeId: rel.id, needId: 'behov-1', homeMunicipality: 'Exempelkommun' });
    }
  }

  // Step 3 and 4 for those involved.
  const involved = relatives.filter((x) => x.involved);
  for (const rel of involved) {
    const joint = r.chance(0.6);
    send({
      type: 'meetingPlan.set',
      plan: { relativeId: rel.id, format: joint ? 'joint' : 'separate', personWantsCompany: false, ...(r.chance(0.07) ? { interpreterForRelative: 'arabiska' } : {}), invitationSentAt: today },
    });
    if (r.chance(0.85)) {
      const wants = r.weighted([['yes', 7], ['no', 2], ['unknown', 1]] as const);
      const can = r.weighted([['yes', 6], ['no', 3], ['unknown', 1]] as const);
      send({ type: 'stance.set', stance: { relativeId: rel.id, wantsToGiveSupport: wants, canGiveSupport: can, personWantsSupportFromRelative: r.chance(0.85) ? 'yes' : 'no', lifeAreaIds: ['d6'] } });
    }
  }

  // Indirect support, decision, assignment.
  const decide = r.chance(0.75);
  const indirect = involved.filter(() => r.chance(0.45));
  const proposals: { id: string; supportTypeId: string }[] = [];
  for (const rel of indirect) {
    consent(rel.id, 'indirectSupport', 'given');
    if (!rel.child) consent(rel.id, 'indirectSupport', r.chance(0.9) ? 'given' : 'declined', { givenBy: 'relative' });
    const supportTypeId = r.weighted([['avlosning', 5], ['dagverksamhet', 3], ['korttidsboende', 1.5], ['ledsagning', 1], ['vaxelvard', 0.5]] as const);
    send({
      type: 'indirectSupport.propose',
      proposal: { supportTypeId, lifeAreaId: 'd6', relativeId: rel.id, personView: 'Vill att anhörig får vila.', relativeView: 'Behöver lediga eftermiddagar.', goal: 'Anhörig har egen tid varje vecka.', ...(rel.child ? { childViews: 'Vill ha tid med kompisar.' } : {}) },
    });
    proposals.push({ id: `indirekt-${proposals.length + 1}`, supportTypeId });
  }
  if (!decide) {
    actor.stop();
    return done(actor);
  }
  today = addDays(today, r.int(10, 40));
  send({ type: 'host.setToday', today });
  const decisions: { id: string; lifeAreaId: string; supportTypeId: string; outcome: 'granted' | 'refused'; extent: string; goal: string; indirectSupportId?: string }[] = [
    { id: 'beslut-1', lifeAreaId: 'd6', supportTypeId: 'hemtjanst', outcome: 'granted' as const, extent: '4 timmar per vecka', goal: 'Har ett rent hem.' },
    ...proposals.map((p, k) => ({
      id: `beslut-${k + 2}`,
      lifeAreaId: 'd6',
      supportTypeId: p.supportTypeId,
      outcome: r.chance(0.9) ? ('granted' as const) : ('refused' as const),
      extent: '2 eftermiddagar per vecka',
      goal: 'Den enskilde känner sig trygg när anhörig är ledig.',
      indirectSupportId: p.id,
    })),
  ];
  send({ type: 'assessment.set', assessment: { needsAssessment: 'Behöver stöd i hemmet.', source: 'element', decidedAt: today, decisions } });
  send({ type: 'assignmentPlan.set', plan: { followUpHow: 'Uppföljningssamtal.', followUpWhen: addDays(today, 90), collaboration: [], participation: [], relativeViews: [] } });
  send({ type: 'nav.goTo', step: 'assignment' });
  send({ type: 'assignment.issue' });

  // A consent withdrawn later.
  const withdrawable = involved.filter((x) => !x.violence);
  if (withdrawable.length > 0 && r.chance(0.1)) {
    today = addDays(today, r.int(5, 30));
    send({ type: 'host.setToday', today });
    const target = r.pick(withdrawable);
    const c = actor.getSnapshot().context.record!.consents.find((x) => x.relativeId === target.id && x.scope === 'provideInformation' && x.status === 'given');
    if (c) send({ type: 'consent.withdraw', consentId: c.id });
  }

  // Follow-up, a few months later.
  if (r.chance(0.6)) {
    today = addDays(today, r.int(60, 120));
    send({ type: 'host.setToday', today });
    send({ type: 'followUp.start' });
    decisions.forEach((d) => {
      if (!d.indirectSupportId || d.outcome !== 'granted') return;
      const relativeId = indirect[Number(d.indirectSupportId.split('-')[1]) - 1]!.id;
      consent(relativeId, 'participateInFollowUp', 'given');
      send({
        type: 'followUp.recordRelativeView',
        view: { relativeId, goalResults: [{ decisionId: d.id, resultId: r.weighted([['uppnatt', 4], ['delvis-uppnatt', 4], ['inte-uppnatt', 2], ['kan-ej-bedomas', 1]] as const), view: '' }], qualityView: '', effectView: '' },
      });
    });
  }
  actor.stop();
  return done(actor);
};

const done = (actor: { getSnapshot(): { context: { record?: InvestigationRecord; relativeRecords: RelativeRecord[] } } }): GeneratedCase => {
  const { record, relativeRecords } = actor.getSnapshot().context;
  // Every event was accepted, so the machine is ready and holds the record.
  return { record: record!, relativeRecords };
};

/** `count` cases from seeds `first`, `first + 1` … */
export const generateCases = (count: number, first = 1, options: GenerateOptions = {}): GeneratedCase[] =>
  Array.from({ length: count }, (_, i) => generateCase(first + i, options));
