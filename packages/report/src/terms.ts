/**
 * The report's words, Swedish (source) and English, for the element, the HTML file and the CSV. Same
 * style as the elements' `*.terms.ts`: one typed table per language; TypeScript checks that every
 * Swedish term has an English one. Plain, respectful Swedish for a unit manager.
 */
import type { DimensionId, SectionId } from './model.js';

export const REPORT_LANGS = ['sv', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

const sv = {
  title: 'Uppföljning av stödet till anhöriga',
  subtitle: 'Med jämställdhetsperspektiv: kön, ålder och relation',
  period: (from: string, to: string) => (from === to ? `Period: ${from}` : `Period: ${from} – ${to}`),
  catalogue: (name: string) => `Katalog: ${name}`,
  privacy:
    'Rapporten innehåller bara antal. Antal under 5 visas som ”< 5”. Några andra antal är dolda (”dolt”) så att ett litet antal inte kan räknas fram ur summorna.',
  small: '< 5',
  hidden: 'dolt',
  smallLong: 'färre än 5',
  hiddenLong: 'dolt för att skydda ett litet antal',
  total: 'Totalt',
  figure: 'Uppgift',
  breakdownBy: 'Fördela efter',
  chartOf: (table: string) => `Diagram: ${table}`,
  chartNote: 'Diagrammet visar samma antal som tabellen. Dolda antal visas inte i diagrammet.',
  tableCaption: (section: string, dimension: string) => `${section}, efter ${dimension}`,
  meanRelatives: 'Anhöriga per utredning med anhöriga (medel)',
  meanHidden: 'kan inte visas',
  noData: 'Det finns inga utredningar att visa för perioden.',
  print: 'Skriv ut',
  language: 'Språk',
  generatedBy: 'Framtagen med anhorig-components (@anhorig/report).',
  anchorStartedAt: 'räknas i utredningar som startade under perioden',
  anchorEvent: 'räknas när händelsen skedde under perioden',
  csvSection: 'Avsnitt',
  csvFigure: 'Uppgift',
  csvDimension: 'Fördelning',
  csvCategory: 'Kategori',
  csvCount: 'Antal',
  loading: 'Rapporten beräknas …',
  error: 'Rapporten kunde inte tas fram.',
};

export type ReportTerms = typeof sv;

const en: ReportTerms = {
  title: 'Follow-up of support to relatives',
  subtitle: 'With the gender-equality view: gender, age and relation',
  period: (from, to) => (from === to ? `Period: ${from}` : `Period: ${from} – ${to}`),
  catalogue: (name) => `Catalogue: ${name}`,
  privacy:
    'The report holds counts only. Counts below 5 are shown as “< 5”. Some other counts are hidden (“hidden”) so that a small count cannot be worked out from the totals.',
  small: '< 5',
  hidden: 'hidden',
  smallLong: 'fewer than 5',
  hiddenLong: 'hidden to protect a small count',
  total: 'Total',
  figure: 'Figure',
  breakdownBy: 'Break down by',
  chartOf: (table) => `Chart: ${table}`,
  chartNote: 'The chart shows the same counts as the table. Hidden counts are not drawn.',
  tableCaption: (section, dimension) => `${section}, by ${dimension}`,
  meanRelatives: 'Relatives per investigation with relatives (mean)',
  meanHidden: 'cannot be shown',
  noData: 'There are no investigations to show for the period.',
  print: 'Print',
  language: 'Language',
  generatedBy: 'Made with anhorig-components (@anhorig/report).',
  anchorStartedAt: 'counted in investigations started in the period',
  anchorEvent: 'counted when the event took place in the period',
  csvSection: 'Section',
  csvFigure: 'Figure',
  csvDimension: 'Breakdown',
  csvCategory: 'Category',
  csvCount: 'Count',
  loading: 'Computing the report …',
  error: 'The report could not be made.',
};

export const TERMS: Record<ReportLang, ReportTerms> = { sv, en };

type Labels = Record<string, string>;

const sections: Record<ReportLang, Record<SectionId, string>> = {
  sv: {
    investigations: 'Utredningar',
    relatives: 'Anhöriga och den enskildes beslut',
    equip: 'Steg 2: information och stöd till anhöriga',
    involve: 'Steg 3 och 4: samtal, tolk och anhörigas inställning',
    indirect: 'Indirekt stöd',
    ownSupport: 'Egen ansökan, återkallade samtycken och oro för våld',
    followUp: 'Uppföljning: blev det lättare för den anhöriga?',
  },
  en: {
    investigations: 'Investigations',
    relatives: "Relatives and the person's decision",
    equip: 'Step 2: information and support to relatives',
    involve: "Steps 3 and 4: conversations, interpreters and relatives' stance",
    indirect: 'Indirect support',
    ownSupport: 'Own applications, consents withdrawn and violence concerns',
    followUp: 'Follow-up: was the relative relieved?',
  },
};

const figures: Record<ReportLang, Labels> = {
  sv: {
    investigations: 'Utredningar som startade under perioden',
    investigationsWithRelatives: 'Utredningar där anhöriga finns med',
    applicationConcernsRelative: 'Ansökan gäller också stöd eller avlastning för en anhörig',
    personInterpreter: 'Den enskilde behöver tolk',
    personCommunicationSupport: 'Den enskilde behöver kommunikationsstöd (teckenspråk, AKK m.m.)',
    personMinorityLanguage: 'Den enskilde vill använda ett nationellt minoritetsspråk',
    relatives: 'Anhöriga',
    childRelatives: 'Anhöriga som är barn (under 18 år)',
    relativesInvolved: 'Den enskilde vill att den anhöriga deltar',
    relativesNotInvolved: 'Den enskilde vill inte att den anhöriga deltar',
    relativesUndecided: 'Den enskilde har inte tagit ställning',
    informationGiven: 'Fick information om stöd',
    referredToAnhorigkonsulent: 'Hänvisades till anhörigkonsulent',
    helpWithContactOffered: 'Erbjöds hjälp att ta kontakt',
    ownConversationOffered: 'Erbjöds eget samtal',
    ownConversationAccepted: 'Tackade ja till eget samtal',
    meetingJoint: 'Gemensamma samtal med den enskilde',
    meetingSeparate: 'Separata samtal',
    relativeInterpreter: 'Den anhöriga behöver tolk',
    relativeCommunicationSupport: 'Den anhöriga behöver kommunikationsstöd',
    relativeMinorityLanguage: 'Den anhöriga vill använda ett nationellt minoritetsspråk',
    wantsToGiveSupport: 'Vill ge stöd',
    canGiveSupport: 'Kan ge stöd',
    wantsAndCan: 'Vill och kan ge stöd',
    supportAvailable: 'Vill och kan, och den enskilde vill ta emot stödet',
    indirectProposals: 'Förslag om indirekt stöd',
    indirectDecisions: 'Beviljade insatser markerade som indirekt stöd',
    reliefGoals: 'Mål märkta ”Underlätta för personer som vårdar eller stödjer en närstående”',
    ownApplicationRequests: 'Anhöriga som ansökte om eget stöd',
    consentsWithdrawn: 'Återkallade samtycken',
    violenceConcerns: 'Oro för våld, hot eller tvång i relationen',
    'relief.other': 'Annat svar',
  },
  en: {
    investigations: 'Investigations started in the period',
    investigationsWithRelatives: 'Investigations with relatives',
    applicationConcernsRelative: 'The application also concerns support or relief for a relative',
    personInterpreter: 'The person needs an interpreter',
    personCommunicationSupport: 'The person needs communication support (sign language, AAC …)',
    personMinorityLanguage: 'The person wants to use a national minority language',
    relatives: 'Relatives',
    childRelatives: 'Relatives who are children (under 18)',
    relativesInvolved: 'The person wants the relative to take part',
    relativesNotInvolved: 'The person does not want the relative to take part',
    relativesUndecided: 'The person has not decided',
    informationGiven: 'Were given information about support',
    referredToAnhorigkonsulent: 'Were referred to the carer support advisor (anhörigkonsulent)',
    helpWithContactOffered: 'Were offered help to make contact',
    ownConversationOffered: 'Were offered an own conversation',
    ownConversationAccepted: 'Accepted an own conversation',
    meetingJoint: 'Joint conversations with the person',
    meetingSeparate: 'Separate conversations',
    relativeInterpreter: 'The relative needs an interpreter',
    relativeCommunicationSupport: 'The relative needs communication support',
    relativeMinorityLanguage: 'The relative wants to use a national minority language',
    wantsToGiveSupport: 'Wants to give support',
    canGiveSupport: 'Can give support',
    wantsAndCan: 'Wants and can give support',
    supportAvailable: 'Wants and can, and the person wants the support',
    indirectProposals: 'Proposals of indirect support',
    indirectDecisions: 'Granted support marked as indirect support',
    reliefGoals: 'Goals tagged “Underlätta för personer som vårdar eller stödjer en närstående”',
    ownApplicationRequests: 'Relatives who applied for own support',
    consentsWithdrawn: 'Consents withdrawn',
    violenceConcerns: 'Concerns of violence, threats or coercion in the relationship',
    'relief.other': 'Other answer',
  },
};

const dimensions: Record<ReportLang, Record<DimensionId, string>> = {
  sv: {
    gender: 'den anhörigas kön',
    ageBand: 'den anhörigas ålder',
    relation: 'relation',
    personAgeGroup: 'den enskildes ålder',
    supportType: 'insats',
    minorityLanguage: 'minoritetsspråk',
  },
  en: {
    gender: "the relative's gender",
    ageBand: "the relative's age",
    relation: 'relation',
    personAgeGroup: "the person's age",
    supportType: 'type of support',
    minorityLanguage: 'minority language',
  },
};

const categories: Record<ReportLang, Record<DimensionId, Labels>> = {
  sv: {
    gender: { woman: 'Kvinna', man: 'Man', other: 'Annat', notStated: 'Vill inte uppge', notAsked: 'Inte frågat' },
    ageBand: { under18: 'Under 18', '18to64': '18–64', '65to79': '65–79', '80plus': '80 och äldre', notAsked: 'Inte frågat' },
    relation: {
      partner: 'Make, maka, sambo, partner',
      child: 'Barn',
      parent: 'Förälder',
      sibling: 'Syskon',
      grandchild: 'Barnbarn',
      otherFamily: 'Annan släkting',
      friend: 'Vän',
      neighbour: 'Granne',
      other: 'Annan',
    },
    personAgeGroup: { adult: 'Vuxen', minor: 'Under 18' },
    supportType: { other: 'Annan insats' },
    minorityLanguage: { finnish: 'Finska', meankieli: 'Meänkieli', sami: 'Samiska', romani: 'Romani chib', yiddish: 'Jiddisch' },
  },
  en: {
    gender: { woman: 'Woman', man: 'Man', other: 'Other', notStated: 'Prefers not to say', notAsked: 'Not asked' },
    ageBand: { under18: 'Under 18', '18to64': '18–64', '65to79': '65–79', '80plus': '80 and over', notAsked: 'Not asked' },
    relation: {
      partner: 'Spouse, partner',
      child: 'Child',
      parent: 'Parent',
      sibling: 'Sibling',
      grandchild: 'Grandchild',
      otherFamily: 'Other family',
      friend: 'Friend',
      neighbour: 'Neighbour',
      other: 'Other',
    },
    personAgeGroup: { adult: 'Adult', minor: 'Under 18' },
    supportType: { other: 'Other support' },
    minorityLanguage: { finnish: 'Finnish', meankieli: 'Meänkieli', sami: 'Sami', romani: 'Romani', yiddish: 'Yiddish' },
  },
};

export const langOf = (value: string | null | undefined): ReportLang => ((value ?? 'sv').toLowerCase().startsWith('en') ? 'en' : 'sv');

/** Labels for a report: sections, figures, dimensions and categories, with the catalogue's own names. */
export const labelsFor = (lang: ReportLang, report: { catalogue: { supportTypes: { id: string; name: string }[] }; figures: { id: string; label?: string }[] }) => ({
  section: (id: SectionId) => sections[lang][id],
  figure: (id: string) => figures[lang][id] ?? report.figures.find((f) => f.id === id)?.label ?? id,
  dimension: (id: DimensionId) => dimensions[lang][id],
  category: (dimension: DimensionId, id: string) =>
    categories[lang][dimension][id] ?? (dimension === 'supportType' ? report.catalogue.supportTypes.find((t) => t.id === id)?.name : undefined) ?? id,
});
export type ReportLabels = ReturnType<typeof labelsFor>;
