/**
 * The default catalogue (SPEC §6). Data only. A municipality replaces or extends it through the
 * `catalogue` property. Where each part comes from:
 *
 * - `lifeAreas`: the IBIC life areas with their ICF chapters. Seed 003 (Socialstyrelsen 2023) lists
 *   ten: nine need areas plus the marker area *Personligt stöd från person som vårdar eller stödjer
 *   en närstående*. It leaves out d9 *Samhällsgemenskap, socialt och medborgerligt liv*, which IBIC
 *   has, so we add it (eleven areas in all).
 * - `supportTypes`: the forms of indirect support named in seed 003 ("Indirekt stöd"), seed 001
 *   (Ulricehamn 4.3.2) and seed 002 (Södertälje 2.4). The living-together rule for avlösning,
 *   växelvård and korttid comes from seed 001. Trygghetslarm and välfärdsteknik are common
 *   additions (välfärdsteknik is named in seed 003 Bilaga 1).
 * - `ownSupportOffers`: general support without a needs assessment (seed 003 "Stöd för egen del"
 *   and Bilaga 1; seeds 000–002), and the forms an application can take (seed 003 Bilaga 1).
 * - `anhorigkonsulent`: a neutral placeholder. The municipality fills in its own contact details.
 * - `questionPrompts`: the example questions in seed 003 ("Frågor till den enskilde", "Frågor till
 *   anhöriga"), reworded in our own plain Swedish.
 * - `overallGoals`: *Underlätta för personer som vårdar eller stödjer en närstående* (seed 003: the IBIC
 *   overall goal for indirect support). The general goals come from the aims the statutes set
 *   for SoL and LSS support. Seed 003 says overall goals follow the legislator's intentions.
 * - `followUpScale`: SPEC §3 step 6.
 * - `legalReferences`: the provisions the seeds cite (SoL (2001:453), SOSFS 2014:5, OSL, HSL, LSS,
 *   HSLF-FS 2022:39), their successors in SoL (2025:400) from 2025-07-01, and the proposal in
 *   prop. 2025/26:60. Each has a valid-from date, and a `note` gives any caveat.
 */
import type { Catalogue } from '../schema/index.js';

const NEW_SOL_CHECK = 'Kontrollera paragrafhänvisningen mot SoL (2025:400).';

export const defaultCatalogue: Catalogue = {
  schemaVersion: 1,
  id: 'standardkatalog',
  lifeAreas: [
    { id: 'd1', name: 'Lärande och att tillämpa kunskap', icf: 'd1', isIndirectSupportMarker: false },
    { id: 'd2', name: 'Allmänna uppgifter och krav', icf: 'd2', isIndirectSupportMarker: false },
    { id: 'd3', name: 'Kommunikation', icf: 'd3', isIndirectSupportMarker: false },
    { id: 'd4', name: 'Förflyttning', icf: 'd4', isIndirectSupportMarker: false },
    { id: 'd5', name: 'Personlig vård', icf: 'd5', isIndirectSupportMarker: false },
    { id: 'd6', name: 'Hemliv', icf: 'd6', isIndirectSupportMarker: false },
    { id: 'd7', name: 'Mellanmänskliga interaktioner och relationer', icf: 'd7', isIndirectSupportMarker: false },
    { id: 'd8', name: 'Utbildning, arbete, sysselsättning och ekonomiskt liv', icf: 'd8', isIndirectSupportMarker: false },
    { id: 'd9', name: 'Samhällsgemenskap, socialt och medborgerligt liv', icf: 'd9', isIndirectSupportMarker: false },
    { id: 'trygghet', name: 'Känsla av trygghet', isIndirectSupportMarker: false },
    {
      id: 'anhorigmarkering',
      name: 'Personligt stöd från person som vårdar eller stödjer en närstående',
      isIndirectSupportMarker: true,
    },
  ],

  supportTypes: [
    {
      id: 'hemtjanst',
      name: 'Hemtjänst',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote:
        'Kommuner som använder förenklat beslutsfattande kan ge äldre personer hemtjänst utan föregående behovsprövning.',
    },
    {
      id: 'avlosning',
      name: 'Avlösning i hemmet',
      canRelieveRelative: true,
      requiresLivingTogether: true,
      eligibilityNote:
        'Vissa kommuner beviljar avlösning bara när den anhöriga bor tillsammans med den enskilde (så i Ulricehamns riktlinje). Ändra efter kommunens egen riktlinje. Många kommuner har dessutom avlösning utan behovsprövning upp till ett visst antal timmar.',
    },
    { id: 'ledsagning', name: 'Ledsagning', canRelieveRelative: true, requiresLivingTogether: false },
    { id: 'dagverksamhet', name: 'Dagverksamhet', canRelieveRelative: true, requiresLivingTogether: false },
    { id: 'boendestod', name: 'Boendestöd', canRelieveRelative: true, requiresLivingTogether: false },
    {
      id: 'korttidsboende',
      name: 'Korttidsboende (SoL)',
      canRelieveRelative: true,
      requiresLivingTogether: true,
      eligibilityNote:
        'Vissa kommuner beviljar korttid som avlastning bara när den anhöriga bor tillsammans med den enskilde (så i Ulricehamns riktlinje). Ändra efter kommunens egen riktlinje. Kallas ibland avlastningsboende.',
    },
    {
      id: 'korttidsvistelse',
      name: 'Korttidsvistelse utanför det egna hemmet (LSS)',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote: 'Insats enligt LSS för den som tillhör lagens personkrets.',
    },
    {
      id: 'vaxelvard',
      name: 'Växelvård',
      canRelieveRelative: true,
      requiresLivingTogether: true,
      eligibilityNote:
        'Vissa kommuner beviljar växelvård bara när den anhöriga bor tillsammans med den enskilde (så i Ulricehamns riktlinje). Ändra efter kommunens egen riktlinje.',
    },
    { id: 'kontaktperson', name: 'Kontaktperson', canRelieveRelative: true, requiresLivingTogether: false },
    {
      id: 'kontaktfamilj',
      name: 'Kontaktfamilj',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote: 'Insats enligt SoL. (Stödfamilj är oftast en korttidsvistelse enligt LSS.)',
    },
    {
      id: 'avlosarservice',
      name: 'Avlösarservice i hemmet (LSS)',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote: 'Insats enligt LSS för den som tillhör lagens personkrets: någon avlöser de anhöriga i hemmet, både regelbundet och vid behov.',
    },
    {
      id: 'ledsagarservice',
      name: 'Ledsagarservice (LSS)',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote: 'Insats enligt LSS för den som tillhör lagens personkrets.',
    },
    {
      id: 'korttidstillsyn',
      name: 'Korttidstillsyn för skolungdom över 12 år (LSS)',
      canRelieveRelative: true,
      requiresLivingTogether: false,
      eligibilityNote: 'Insats enligt LSS före och efter skoldagen och under lov, för skolungdom över 12 år i lagens personkrets.',
    },
    { id: 'familjebehandling', name: 'Familjebehandling', canRelieveRelative: true, requiresLivingTogether: false },
    { id: 'trygghetslarm', name: 'Trygghetslarm', canRelieveRelative: false, requiresLivingTogether: false },
    { id: 'valfardsteknik', name: 'Välfärdsteknik', canRelieveRelative: false, requiresLivingTogether: false },
  ],

  ownSupportOffers: [
    {
      id: 'stodsamtal',
      name: 'Stödsamtal',
      kind: 'general',
      description: 'Enskilda samtal med anhörigkonsulent eller motsvarande. Kräver ingen ansökan. Den anhöriga kan vara anonym.',
    },
    {
      id: 'anhoriggrupper',
      name: 'Anhöriggrupper och träffpunkter',
      kind: 'general',
      description: 'Samtalsgrupper och träffar där anhöriga möter andra i liknande situation, utbyter erfarenheter och får tid för återhämtning.',
    },
    {
      id: 'radgivning',
      name: 'Rådgivning och vägledande samtal',
      kind: 'general',
      description:
        'Råd, enskilt eller i grupp, om den anhörigas och den enskildes rättigheter och om vart den anhöriga kan vända sig.',
    },
    {
      id: 'information-utbildning',
      name: 'Information och utbildning',
      kind: 'general',
      description:
        'Information och utbildning om sjukdomar, funktionsnedsättningar och hjälpmedel, till exempel föreläsningar och anhörigdagar.',
    },
    {
      id: 'halsoframjande-aktiviteter',
      name: 'Hälsofrämjande aktiviteter',
      kind: 'general',
      description: 'Aktiviteter för anhörigas egen hälsa och återhämtning.',
    },
    {
      id: 'avlosning-utan-bistandsbeslut',
      name: 'Avlösning utan biståndsbeslut',
      kind: 'general',
      description:
        'I många kommuner kan anhöriga få avlösning upp till ett visst antal timmar utan behovsprövning. Kommunen anger om den har det, och hur många timmar.',
    },
    {
      id: 'anhorigkonsulent',
      name: 'Kontakt med anhörigkonsulent',
      kind: 'general',
      description:
        'Anhörigkonsulenten stödjer, informerar och vägleder anhöriga, även barn som är anhöriga. Handläggaren kan hänvisa till anhörigkonsulenten eller hjälpa till med kontakten utan att lämna ut uppgifter om den enskilde.',
    },
    {
      id: 'andra-aktorer',
      name: 'Stöd från andra aktörer',
      kind: 'general',
      description: 'Information om stöd från andra, till exempel idéburna organisationer, patientföreningar och nationella stödlinjer.',
    },
    {
      id: 'bistand',
      name: 'Ansökan om bistånd för egen del',
      kind: 'application',
      description:
        'Den anhöriga kan ansöka om alla slags stöd, till exempel hemtjänst, välfärdsteknik, aktiviteter, stödsamtal eller utbildning. Ansökan görs i den kommun där den anhöriga bor. Den utreds och dokumenteras som andra ärenden om bistånd.',
    },
    {
      id: 'lss',
      name: 'Insatser enligt LSS',
      kind: 'application',
      description: 'Om den anhöriga själv tillhör personkretsen i LSS kan insatser enligt LSS sökas.',
    },
    {
      id: 'ekonomiskt-bistand',
      name: 'Ekonomiskt stöd för egen del',
      kind: 'application',
      description:
        'Bistånd i form av ekonomiskt stöd som den anhöriga ansöker om för egen del. Även annat ekonomiskt stöd är möjligt där kommunfullmäktige har riktlinjer för det.',
    },
    {
      id: 'anhoriganstallning',
      name: 'Anhöriganställning',
      kind: 'application',
      description: 'Finns bara i vissa kommuner. Kommunen anger om den har det.',
    },
    {
      id: 'anhorigbidrag',
      name: 'Anhörigbidrag',
      kind: 'application',
      description: 'Finns bara i vissa kommuner. Kommunen anger om den har det.',
    },
    {
      id: 'forenklat-beslutsfattande',
      name: 'Förenklat beslutsfattande för äldre',
      kind: 'application',
      description:
        'Kommuner som använder förenklat beslutsfattande kan ge äldre personer hemtjänst utan föregående behovsprövning. Kontrollera motsvarande bestämmelse i SoL (2025:400).',
    },
    {
      id: 'servicetjanster-over-69',
      name: 'Servicetjänster utan behovsprövning för personer som fyllt 69 år',
      kind: 'application',
      description:
        'Kommunen får, men måste inte, erbjuda servicetjänster utan individuell behovsprövning enligt lagen (2009:47) om vissa kommunala befogenheter. Det gäller tjänster som förebygger skador, olycksfall eller ohälsa och som inte är personlig omvårdnad, till exempel fixartjänster.',
    },
  ],

  anhorigkonsulent: {
    name: 'Kommunens anhörigkonsulent',
    contact: 'Kontaktuppgifter lämnas av kommunen',
  },

  questionPrompts: [
    { id: 'fraga-enskild-1', audience: 'person', text: 'Finns det någon som står dig nära som hjälper dig, stöttar dig eller tar hand om dig?' },
    { id: 'fraga-enskild-2', audience: 'person', text: 'Vad hjälper de dig med, och inom vilka delar av vardagen?' },
    { id: 'fraga-enskild-3', audience: 'person', text: 'Vad tycker du om att dina anhöriga tar ansvar för och gör det här för dig?' },
    {
      id: 'fraga-enskild-4',
      audience: 'person',
      text: 'Om du vill att dina anhöriga ska fortsätta hjälpa dig: ska deras hjälp planeras tillsammans med stöd från socialtjänsten eller andra verksamheter? Hur vill du i så fall att det går till?',
    },
    { id: 'fraga-enskild-5', audience: 'person', text: 'Finns det något som dina anhöriga hjälper dig med i dag som socialtjänsten skulle kunna ta över?' },
    { id: 'fraga-enskild-6', audience: 'person', text: 'Vad är viktigast för dig själv att få hjälp med?' },
    { id: 'fraga-enskild-7', audience: 'person', text: 'Vad tror du är viktigast för din anhöriga att få hjälp eller stöd med?' },
    { id: 'fraga-enskild-8', audience: 'person', text: 'Tror du att din anhöriga oroar sig för dig?' },
    { id: 'fraga-enskild-9', audience: 'person', text: 'Oroar du dig för din anhöriga?' },

    { id: 'fraga-anhorig-1', audience: 'relative', text: 'Hjälper, stöttar eller tar du hand om den du står nära? Hur ser det ut?' },
    { id: 'fraga-anhorig-2', audience: 'relative', text: 'Vad hjälper du till med, och inom vilka delar av vardagen?' },
    { id: 'fraga-anhorig-3', audience: 'relative', text: 'Oroar du dig för den du står nära och för hur hen har det?' },
    { id: 'fraga-anhorig-4', audience: 'relative', text: 'Vill du ta ansvar för och ge hjälp, stöd eller omsorg?' },
    { id: 'fraga-anhorig-5', audience: 'relative', text: 'Har du möjlighet och ork att ta ansvar för och ge hjälp, stöd eller omsorg?' },
    {
      id: 'fraga-anhorig-6',
      audience: 'relative',
      text: 'Om du vill och kan hjälpa till: behöver din hjälp planeras tillsammans med stöd från socialtjänsten eller andra verksamheter?',
    },
    {
      id: 'fraga-anhorig-7',
      audience: 'relative',
      text: 'Är något särskilt viktigt för dig när hjälpen planeras, till exempel tid för dig själv eller att känna dig trygg?',
    },
    { id: 'fraga-anhorig-8', audience: 'relative', text: 'Finns det något du hjälper till med i dag som socialtjänsten skulle kunna ta över?' },
    { id: 'fraga-anhorig-9', audience: 'relative', text: 'Hur skulle stödet till den du står nära också kunna göra det lättare för dig?' },
    { id: 'fraga-anhorig-10', audience: 'relative', text: 'Vad tycker du är viktigast att den du står nära får hjälp med?' },
    { id: 'fraga-anhorig-11', audience: 'relative', text: 'Vad är viktigast för dig själv att få hjälp med?' },
    { id: 'fraga-anhorig-12', audience: 'relative', text: 'Behöver du stöd för din egen del? Vad skulle i så fall hjälpa dig?' },
  ],

  overallGoals: [
    { id: 'underlatta', text: 'Underlätta för personer som vårdar eller stödjer en närstående', forIndirectSupport: true },
    { id: 'skalig-levnadsniva', text: 'Skälig levnadsnivå', forIndirectSupport: false },
    { id: 'vardigt-liv', text: 'Ett värdigt liv och känna välbefinnande', forIndirectSupport: false },
    { id: 'goda-levnadsvillkor', text: 'Goda levnadsvillkor', forIndirectSupport: false },
    { id: 'leva-som-andra', text: 'Möjlighet att leva som andra', forIndirectSupport: false },
  ],

  followUpScale: [
    { id: 'uppnatt', label: 'Uppnått' },
    { id: 'delvis-uppnatt', label: 'Delvis uppnått' },
    { id: 'inte-uppnatt', label: 'Inte uppnått' },
    { id: 'kan-ej-bedomas', label: 'Kan ej bedömas' },
  ],

  legalReferences: [
    {
      id: 'sosfs-2014-5',
      topic: 'assignmentDocumentation',
      citation: 'SOSFS 2014:5 5 kap. 22 §',
      validFrom: '2015-01-01',
      note:
        'Dokumentationen av uppdraget ska bland annat visa nämndens bedömning av den enskildes behov, vad uppdraget omfattar, målen och hur uppföljningen görs. Föreskrifterna hänvisar till SoL (2001:453). Kontrollera om de har ändrats efter 2025-07-01.',
    },
    {
      id: 'sol-2001-4-1',
      topic: 'personalNeedsSupport',
      citation: '4 kap. 1 § SoL (2001:453)',
      validFrom: '2002-01-01',
      validTo: '2025-07-01',
      note: 'Rätt till bistånd. Ersatt av 11 kap. 1 § SoL (2025:400) den 1 juli 2025.',
    },
    {
      id: 'sol-2025-11-1',
      topic: 'personalNeedsSupport',
      citation: '11 kap. 1 § SoL (2025:400)',
      validFrom: '2025-07-01',
      note: `Stöd för personliga behov. Motsvarar tidigare 4 kap. 1 § SoL (2001:453). Hänvisningen följer kommunala riktlinjer. ${NEW_SOL_CHECK}`,
    },
    {
      id: 'sol-2001-5-10',
      topic: 'supportToRelatives',
      citation: '5 kap. 10 § SoL (2001:453)',
      validFrom: '2009-07-01',
      validTo: '2025-07-01',
      note: 'Socialnämndens skyldighet att erbjuda stöd till personer som vårdar eller stödjer en närstående. Infördes genom lag (2009:549).',
    },
    {
      id: 'sol-2025-13-9',
      topic: 'supportToRelatives',
      citation: '13 kap. 9 § SoL (2025:400)',
      validFrom: '2025-07-01',
      note: `Stöd till anhöriga. Motsvarar tidigare 5 kap. 10 § SoL (2001:453). ${NEW_SOL_CHECK}`,
    },
    {
      id: 'sol-2001-11-5',
      topic: 'documentationDuty',
      citation: '11 kap. 5 § SoL (2001:453)',
      validFrom: '2002-01-01',
      validTo: '2025-07-01',
      note: 'Motsvarande bestämmelse i SoL (2025:400) finns inte i standardkatalogen. Kommunen lägger till aktuell paragraf.',
    },
    {
      id: 'lss-21a',
      topic: 'documentationDuty',
      citation: '21 a § LSS (1993:387)',
      validFrom: '2005-07-01',
      note: 'Infördes genom prop. 2004/05:39. Kontrollera datumet mot författningen.',
    },
    {
      id: 'osl-12-2',
      topic: 'consentAndSecrecy',
      citation: '12 kap. 2 § OSL (2009:400)',
      validFrom: '2009-06-30',
      note: 'Den enskilde kan helt eller delvis häva sekretess som skyddar hen. Det är grunden för samtycke till att lämna ut uppgifter.',
    },
    {
      id: 'osl-26-1',
      topic: 'socialServicesSecrecy',
      citation: '26 kap. 1 § OSL (2009:400)',
      validFrom: '2009-06-30',
      note: 'Sekretess inom socialtjänsten för uppgifter om enskildas personliga förhållanden, även uppgiften att någon har kontakt med socialtjänsten. Därför bär anhörigas egna journaler och ansökningar ingen uppgift om den enskilde.',
    },
    {
      id: 'lag-2009-724',
      topic: 'nationalMinorities',
      citation: 'Lag (2009:724) om nationella minoriteter och minoritetsspråk',
      validFrom: '2010-01-01',
      note: 'Nationella minoriteter (judar, romer, samer, sverigefinnar, tornedalingar) och minoritetsspråken finska, jiddisch, meänkieli, romani chib och samiska. Myndigheter ska informera om rättigheterna enligt lagen; i förvaltningsområdena finns rätt att använda finska, meänkieli och samiska och att få äldreomsorg på språket. Kontrollera paragraferna mot författningen.',
    },
    {
      id: 'hsl-16-4',
      topic: 'sip',
      citation: '16 kap. 4 § HSL (2017:30)',
      validFrom: '2017-04-01',
      note: 'Samordnad individuell plan (SIP). Anhöriga ska få möjlighet att delta om det är lämpligt och den enskilde inte motsätter sig det.',
    },
    {
      id: 'sol-2001-2-7',
      topic: 'sip',
      citation: '2 kap. 7 § SoL (2001:453)',
      validFrom: '2010-01-01',
      validTo: '2025-07-01',
      note: 'Samordnad individuell plan (SIP) i socialtjänstlagen. Kontrollera datumet mot författningen. Motsvarande bestämmelse i SoL (2025:400) finns inte i standardkatalogen. Kommunen lägger till aktuell paragraf.',
    },
    {
      id: 'hslf-fs-2022-39',
      topic: 'violenceInCloseRelationships',
      citation: '2 kap. 4 § HSLF-FS 2022:39',
      validFrom: '2022-11-01',
      note: 'Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer, som ersatte SOSFS 2014:4. Verksamheten ska ha rutiner för att upptäcka och hantera relationer som kan vara skadliga. Ikraftträdandet anges som 1 november 2022 i offentliga källor. Kontrollera mot författningen.',
    },
    {
      id: 'prop-2025-26-60',
      topic: 'relativesInformationDuty',
      citation: 'Prop. 2025/26:60 (föreslagen lydelse)',
      validFrom: '2026-07-01',
      note: 'Förslag, inte beslutad lag när katalogen skrevs: skyldighet att erbjuda anhöriga information, vägledning och en stödkontakt från den 1 juli 2026. Kommunen ersätter posten med den beslutade paragrafen och dess datum.',
    },
  ],
};
