/**
 * The core's messages in Swedish (`@anhorig/core/messages/sv`): plain, respectful Swedish for a
 * handläggare, names with their proper genitive. Nothing else in the core imports this module: a
 * vendor validating on its server imports it to get Swedish text, and the elements render with it.
 */
import type { ConsentGiver, ConsentScope, RField } from '../schema/index.js';
import { genitive } from './genitive.js';
import { formatMessage, type ConsentSubject, type Message, type MessageTable, type ReviewBy, type ValueKind } from './codes.js';

export { formatMessage };
export type { Message, MessageCode, MessageParams, MessageTable } from './codes.js';

/** The name the relative goes by, or "den anhöriga" when the relative is not known. */
const nameOf = (name: string | undefined): string => name ?? 'den anhöriga';


/** "Den enskilde" from "den enskilde": sentence case. */
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** "att Eva lämnar uppgifter": what a consent of this scope allows. */
const scopePhrase = (scope: ConsentScope, name: string): string => {
  switch (scope) {
    case 'participate':
      return `att ${name} deltar i utredningen`;
    case 'provideInformation':
      return `att ${name} lämnar uppgifter`;
    case 'receiveInformation':
      return `att ${name} får information om den enskildes ärende`;
    case 'supportInInvestigation':
      return `att ${name} stödjer den enskilde i utredningen`;
    case 'indirectSupport':
      return `att insatsen också är ett indirekt stöd till ${name}`;
    case 'shareWithProvider':
      return `att uppgifter om ${name} lämnas till utföraren`;
    case 'participateInFollowUp':
      return `att ${name} deltar i uppföljningen`;
    case 'laterContact':
      return `att handläggaren kontaktar ${name} senare`;
    case 'sip':
      return `att ${name} deltar i en samordnad individuell plan (SIP)`;
  }
};

const what = (p: { scope: ConsentScope; name?: string }): string => scopePhrase(p.scope, nameOf(p.name));

const SUBJECT: Record<ConsentSubject, string> = {
  person: 'den enskilde',
  guardian: 'vårdnadshavaren',
  legalRepresentative: 'ställföreträdaren',
};

const GIVER: Record<ConsentGiver, string> = { ...SUBJECT, relative: 'den anhöriga' };

const WHO_NOW: Record<ReviewBy, string> = {
  person: 'Fråga den enskilde.',
  guardian: 'Fråga vårdnadshavaren.',
  legalRepresentative: 'Se över det med ställföreträdaren.',
  relative: '',
  capacityJudgement: 'Ingen kan samtycka i den enskildes ställe: dokumentera en bedömning av vad den enskilde troligen vill.',
};
const review = (situation: string, reviewBy: ReviewBy): string => `${situation} ${WHO_NOW[reviewBy]}`.trim();

const JUDGEMENT = ' Den dokumenterade bedömningen av vad den enskilde troligen vill ersätter inte ett samtycke.';

const FIELD: Record<RField, (name: string) => string> = {
  R1: (name) => `att ${name} bor med den enskilde`,
  R2: (name) => `vilket stöd ${name} ger`,
  R3: (name) => `samordningen med ${name}`,
  R4: (name) => `${genitive(name)} medverkan i planering och uppföljning`,
  R5: (name) => `${genitive(name)} synpunkter på hur stödet ska ges`,
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej',
  object: 'ett objekt',
  array: 'en lista',
  date: 'ett datum',
};

const VALUE_KIND: Record<ValueKind, string> = {
  nothing: 'inget värde',
  list: 'en lista',
  text: 'text',
  number: 'ett tal',
  boolean: 'ja eller nej',
  other: 'fel sorts värde',
};

const DOCUMENT = { record: 'Utredningen', relativeRecord: 'Den anhörigas egen journal', assignment: 'Uppdraget' } as const;

const DECLINED = { investigation: 'utredningen', sip: 'SIP', followUp: 'uppföljningen' } as const;

const SAVE_AGAIN = 'Skicka ett uppdaterat uppdrag till utföraren.';

export const sv: MessageTable = {
  'relative.unknown': () => 'Den anhöriga finns inte i utredningen.',
  'consent.entitlementEnded': (p) =>
    `Samtycke saknas: vårdnadshavarens samtycke till ${what(p)} gäller inte för något nytt sedan den enskilde fyllde 18 år (${p.date}). ${capitalise(SUBJECT[p.subject])} behöver samtycka.`,
  'consent.declined': (p) => `Samtycke saknas: ${GIVER[p.giver]} har sagt nej till ${what(p)}.`,
  'consent.withdrawn': (p) => `Samtycke saknas: samtycket till ${what(p)} återkallades${p.date ? ` ${p.date}` : ''}.`,
  'consent.expired': (p) => `Samtycke saknas: samtycket till ${what(p)} gällde till och med ${p.validUntil}.`,
  'consent.unentitledGiver': (p) =>
    `Samtycke saknas: det samtycke som finns är inte lämnat av någon som får samtycka. ${capitalise(SUBJECT[p.subject])} behöver samtycka till ${what(p)}.`,
  'consent.noRepresentative': (p) =>
    `Samtycke saknas: den enskilde kan inte ta ställning, och det finns ingen ställföreträdare vars uppdrag omfattar att samtycka till ${what(p)}.${p.judgementRecorded ? JUDGEMENT : ''}`,
  'consent.missing': (p) => `Samtycke saknas: ${SUBJECT[p.subject]} har inte samtyckt till ${what(p)}.${p.judgementRecorded ? JUDGEMENT : ''}`,
  'consent.relativeDecidesOwnOnly': (p) =>
    `${nameOf(p.name)} bestämmer om sin egen medverkan, men inte om den enskildes uppgifter. Samtycke till ${what(p)} lämnas av ${SUBJECT[p.subject]}.`,
  'consent.guardianForAdult': () => 'Den enskilde är vuxen; samtycket lämnas inte av en vårdnadshavare.',
  'consent.personIsMinor': () => 'Den enskilde är under 18 år; samtycket lämnas av vårdnadshavaren, och barnets synpunkter dokumenteras.',
  'consent.personCannotTakePosition': () =>
    'Den enskilde kan inte ta ställning till samtycke. Samtycke kan bara lämnas av en ställföreträdare vars uppdrag omfattar personliga angelägenheter; annars dokumenteras en bedömning av vad den enskilde troligen vill.',
  'consent.representativeNotRegistered': (p) =>
    `${p.givenByName} är inte registrerad som ställföreträdare bland den enskildes anhöriga. Lägg till ställföreträdaren som anhörig med uppdraget angivet.`,
  'consent.representativeNotNamed': () => 'Ange vilken ställföreträdare som lämnar beskedet.',
  'representative.notRegistered': (p) => `${nameOf(p.name)} är inte registrerad som ställföreträdare för den enskilde.`,
  'representative.personIsMinor': () => 'Den enskilde är under 18 år; samtycket lämnas av vårdnadshavaren.',
  'representative.personCanTakePosition': (p) =>
    `Den enskilde kan själv ta ställning. Samtycke om den enskildes uppgifter lämnas av den enskilde, inte av ${nameOf(p.name)} som ställföreträdare.`,
  'representative.mandateNotPersonal': (p) =>
    `${genitive(nameOf(p.name))} uppdrag som ställföreträdare omfattar inte den enskildes personliga angelägenheter, så ${nameOf(p.name)} kan inte samtycka för den enskilde.`,
  'relative.declined': (p) => `${nameOf(p.name)} vill inte delta i ${DECLINED[p.activity]}. Anhörigas medverkan är frivillig.`,
  'violence.concern': (p) => {
    const name = nameOf(p.name);
    return `Det finns en oro för våld, hot eller tvång i relationen med ${name}. ${name} kan inte delta i utredningen förrän en bedömning är dokumenterad; följ kommunens rutin. Information, hänvisning och eget samtal för ${name} är fortfarande möjligt.`;
  },
  'violence.judgementExcludes': (p) =>
    `Enligt den dokumenterade bedömningen ${p.date} deltar ${nameOf(p.name)} inte i utredningen. Information, hänvisning och eget samtal för ${nameOf(p.name)} är fortfarande möjligt.`,
  'violence.separateOnly': (p) =>
    `Enligt bedömningen ${p.date} kan ${nameOf(p.name)} delta, men bara i samtal var för sig. Ett gemensamt samtal erbjuds inte.`,
  'sip.objection': (p) =>
    `${capitalise(SUBJECT[p.subject])} motsätter sig att ${nameOf(p.name)} deltar i en samordnad individuell plan (SIP).`,
  'statement.personBasisOwn': () => 'Den enskildes egna uppgifter ska ha grunden "egen uppgift".',
  'statement.unknownRelative': () => 'Uppgiften anger en anhörig som inte finns i utredningen.',
  'statement.basisMissing': (p) =>
    `Uppgiften från ${nameOf(p.name)} behöver ange samtycket den hämtades in med, eller att den lämnades självmant.`,
  'statement.basisNotRecorded': (p) =>
    `Svaret från ${nameOf(p.name)} sparades i en tidigare version utan uppgift om samtycke. Ange samtycket det lämnades med, eller att det lämnades självmant.`,
  'statement.caseSystemConsent': (p) =>
    `Samtycket till att ${nameOf(p.name)} lämnar uppgifter registreras här i utredningen, inte bara i verksamhetssystemet.`,
  'statement.consentNotFound': () => 'Samtycket som uppgiften hänvisar till finns inte.',
  'statement.noValidConsent': (p) =>
    `Uppgiften från ${nameOf(p.name)} har inget giltigt samtycke till att lämna uppgifter när den dokumenterades (${p.recordedAt ?? 'datum saknas'}).`,

  'statement.qualityFirst': () =>
    'Bekräfta att uppgiften är saklig, väsentlig och inte nedsättande innan den förs in i personakten (den enskilde kan läsa sin akt).',
  'statement.notFound': () => 'Uppgiften finns inte i utredningen.',
  'assignment.minimumMissing': () => 'Uppdraget kan inte skapas ännu: minimiinnehållet saknas.',
  'assignment.unchanged': (p) => `Inget i uppdraget har ändrats sedan version ${p.version}, så det finns inget nytt att skicka.`,
  'relatives.closed': () =>
    'Anhöriga kan läggas till fram till beslutet. Efter beslutet läggs de till när uppföljningen har påbörjats, eller i en ny utredning.',
  'relative.hasReferences': () =>
    'Den anhöriga kan inte tas bort eftersom det finns uppgifter, samtycken eller anteckningar som hör till den anhöriga. Inget tas bort i tysthet.',
  'followUp.notOpen': () =>
    'Uppföljningen kan påbörjas när utredningen är klar, det vill säga när uppdraget är skickat eller ansökan avslagen.',
  'followUp.notStarted': () => 'Uppföljningen är inte påbörjad. Den kan påbörjas när utredningen är klar.',
  'followUp.noActionWithOthers': () => '"Ingen åtgärd" kan inte väljas tillsammans med andra åtgärder.',
  'followUp.consentMissing': () => 'Samtycke till att delta i uppföljningen saknas.',
  'application.grantedExists': () => 'Det finns beviljade insatser. Gör ett uppdrag till utföraren i stället för att registrera avslag.',
  'investigation.complete': () => 'Utredningen är redan avslutad.',
  'action.notAllowed': () => 'Åtgärden är inte tillåten just nu.',
  'edit.invalid': () => 'Uppgifterna kunde inte sparas. Rätta det som anges.',
  'record.notLoaded': () => 'Utredningen är inte inläst ännu, så inget kan ändras.',
  'nav.noSuchStep': () => 'Steget finns inte.',
  'nav.noNext': () => 'Det finns inget steg efter det här.',
  'nav.noPrevious': () => 'Det finns inget steg före det här.',
  'caseworker.missing': () =>
    'Värdsystemet har inte angett vilken handläggare som är inloggad, så uppgiften kan inte registreras. Kontakta systemförvaltaren.',
  'violence.noConcern': () => 'Det finns ingen registrerad oro för våld att göra en bedömning av.',
  'consent.recordWithdrawn': () => 'Ett samtycke återkallas från det samtycke som gäller; det registreras inte som ett nytt samtycke.',
  'consent.dateInFuture': (p) => `Datumet för samtycket (${p.date}) ligger efter dagens datum.`,
  'consent.validUntilBeforeDate': () => 'Samtycket kan inte gälla till ett datum före det datum det lämnades.',
  'consent.notFound': () => 'Samtycket finns inte i utredningen.',
  'consent.decisionEmpty': () => 'Beskedet innehåller inget svar. Välj Ja eller Nej på minst en fråga.',
  'consent.decisionOtherRelative': () => 'Ett besked gäller en anhörig åt gången.',
  'consent.alreadyExpired': (p) =>
    `Samtycket gällde till och med ${p.validUntil ?? ''} och gäller redan inte, så det finns inget att återkalla.`,
  'consent.nothingToWithdraw': () => 'Samtycket är redan återkallat eller var ett nej, så det finns inget att återkalla.',
  'consent.withdrawalInFuture': (p) => `Datumet för återkallelsen (${p.date}) ligger efter dagens datum.`,
  'consent.withdrawalBeforeDate': () => 'Ett samtycke kan inte återkallas före det datum det lämnades.',
  'ownApplication.homeMunicipalityMissing': () => 'Ange den anhörigas hemkommun, där ansökan görs.',
  'ownApplication.needNotFound': () => 'Behovet finns inte i den anhörigas egen journal.',
  'indirectSupport.notFound': () => 'Förslaget om indirekt stöd finns inte i utredningen.',
  'laterContact.consentMissing': () => 'Samtycke till senare kontakt saknas.',
  'laterContact.dateInPast': (p) => `En planerad kontakt kan inte ligga före dagens datum (${p.today}).`,
  'laterContact.notFound': () => 'Den planerade kontakten finns inte.',
  'host.restore': () => 'Utredningen från värdsystemet kunde inte läsas in. Det som visas är oförändrat.',
  'host.setCatalogue': () => 'Kommunens katalog kunde inte läsas in. Den tidigare katalogen används fortfarande.',
  'host.setAssessment': () => 'Beslutet från värdsystemet kunde inte läsas in. Det som visas är oförändrat.',
  'host.setCaseworker': () => 'Uppgiften om handläggaren från värdsystemet är ogiltig.',
  'host.setToday': () => 'Dagens datum från värdsystemet är ogiltigt.',

  'review.turned18': (p) =>
    review(`Den enskilde fyllde 18 år ${p.adultFrom ?? ''}. Vårdnadshavarens samtycke till ${what(p)} (${p.given}) gäller inte för något nytt från den dagen.`, p.reviewBy),
  'review.cannotTakePosition': (p) =>
    review(`Den enskilde kan inte längre ta ställning till samtycke. Samtycket till ${what(p)}, som den enskilde gav ${p.given}, gäller tills det återkallas.`, p.reviewBy),
  'review.canTakePositionAgain': (p) =>
    review(`Den enskilde kan nu själv ta ställning. Samtycket till ${what(p)}, som ställföreträdaren gav ${p.given}, gäller tills det återkallas.`, p.reviewBy),
  'review.mandateEnded': (p) =>
    review(`${nameOf(p.representative)} kan inte längre samtycka som ställföreträdare. Samtycket till ${what(p)}, som gavs ${p.given}, gäller tills det återkallas.`, p.reviewBy),

  'withdrawal.effective': (p) =>
    `Från och med ${p.date} gäller inte samtycket till ${what(p)}. Inget nytt hämtas in eller lämnas ut med stöd av det.`,
  'withdrawal.fieldLeaves': (p) => `Nästa uppdrag tar inte med ${FIELD[p.field](nameOf(p.name))}.`,
  'withdrawal.supportTextLeaves': (p) => `Nästa uppdrag tar inte med de uppgifter ${nameOf(p.name)} lämnat om sitt stöd.`,
  'withdrawal.markerLeaves': (p) =>
    `Markeringen att ${p.supportType} också är ett indirekt stöd till ${nameOf(p.name)} tas bort i nästa uppdrag. Insatsen finns kvar.`,
  'withdrawal.statementsMarked': (p) =>
    `${p.count === 1 ? 'En uppgift' : `${p.count} uppgifter`} som hämtades in med samtycket finns kvar i utredningen och markeras. Inget tas bort.`,
  'withdrawal.sendUpdate': () => SAVE_AGAIN,

  'indirect.personConsent': () => 'den enskildes samtycke till att insatsen också är ett indirekt stöd',
  'indirect.relativeConsent': (p) => `${genitive(nameOf(p.name))} eget samtycke till det indirekta stödet`,
  'indirect.childDeclined': (p) => `${nameOf(p.name)} vill inte att insatsen ska vara ett indirekt stöd`,
  'indirect.personViews': () => 'den enskildes synpunkter',
  'indirect.relativeViews': (p) => (p.child ? `barnets (${genitive(nameOf(p.name))}) synpunkter` : `${genitive(nameOf(p.name))} synpunkter`),

  'child.perspective': (p) =>
    `${nameOf(p.name)} är under 18 år. Överväg att vägleda barnet till stöd för egen del, och låt barnets synpunkter komma fram på ett sätt som passar ålder och mognad.`,

  childViewsMissing: () =>
    'Barnets egna synpunkter är inte dokumenterade. Vårdnadshavaren samtycker, men barnets åsikter ska väga in efter ålder och mognad.',
  capacityUnknown: () => 'Det är inte bedömt om den enskilde kan ta ställning till samtycke.',
  capacityJudgementMissing: () =>
    'Den enskilde kan inte ta ställning och ingen kan samtycka i den enskildes ställe. Dokumentera en bedömning av vad den enskilde troligen vill och vem som tillfrågats.',
  consentReview: (p) => formatMessage(sv, p.review),
  violenceJudgementMissing: (p) =>
    `Det finns en oro för våld, hot eller tvång i relationen med ${nameOf(p.name)}. Dokumentera en bedömning innan ${nameOf(p.name)} deltar i utredningen.`,
  violenceRoutine: (p) =>
    `Följ kommunens rutin vid oro för våld i nära relation (till exempel relationsvåldsteamet) för relationen med ${nameOf(p.name)}.`,
  relativeNotAsked: (p) => `Den enskilde har inte tillfrågats om ${nameOf(p.name)} ska delta i utredningen.`,
  relativeNotInformed: (p) =>
    `${nameOf(p.name)} har inte fått veta att det finns möjlighet att delta i utredningen om den enskilde samtycker.`,
  equipInformation: (p) => `${nameOf(p.name)} har inte fått information om kommunens och andras stöd till anhöriga.`,
  equipOwnConversation: (p) => `${nameOf(p.name)} har inte erbjudits ett eget samtal om sin situation.`,
  equipReferral: (p) => `${nameOf(p.name)} har inte hänvisats till anhörigkonsulenten.`,
  childOwnSupport: (p) => `${nameOf(p.name)} är under 18 år. Överväg att vägleda barnet till stöd för egen del.`,
  meetingPlanMissing: (p) => `Det finns ingen plan för hur ${nameOf(p.name)} deltar i samtalen.`,
  invitationNotSent: (p) => `Inbjudan till ${nameOf(p.name)} är inte skickad.`,
  jointMeetingViolence: (p) => `Planera inte ett gemensamt samtal med ${nameOf(p.name)}. ${formatMessage(sv, p.reason)}`,
  jointInvitationRuledOut: (p) =>
    `Inbjudan till ${nameOf(p.name)} gällde ett gemensamt samtal, som inte längre erbjuds (${p.date}). Skicka en ny inbjudan till ett samtal var för sig.`,
  expressionReflection: () =>
    'Den enskilde behöver stöd att uttrycka sin vilja. Reflektera över om du kan ge det stödet eller om en annan lösning behövs.',
  supporterConsent: () => 'Det saknas samtycke till att den valda personen ger den enskilde stöd i utredningen.',
  supporterSuitability: () =>
    'Dokumentera din bedömning av att den som ger stöd i utredningen är lämplig. Den som stödjer bestämmer inte.',
  lifeAreaEmpty: (p) => `Inga uppgifter är dokumenterade för: ${p.lifeAreas.join(', ')}.`,
  statementBasis: (p) => formatMessage(sv, p.reason),
  statementQuality: () =>
    'Bekräfta att uppgiften är saklig, väsentlig och inte nedsättande innan den förs in i personakten. Den enskilde kan läsa sin akt.',
  hearCohabitant: (p) => {
    const name = nameOf(p.name);
    return `${name} bor med den enskilde. Om insatsen ges i det gemensamma hemmet eller bygger på att ${name} samarbetar, behöver ${name} få komma till tals.`;
  },
  stanceMissing: (p) =>
    `${genitive(nameOf(p.name))} egen inställning är inte dokumenterad: vill och kan ${nameOf(p.name)} ge stöd, och vill den enskilde ta emot det?`,
  sipConsider: (p) =>
    `${nameOf(p.name)} samordnar vård och omsorg mellan socialtjänsten och hälso- och sjukvården. Överväg en samordnad individuell plan (SIP) tillsammans med den enskilde.`,
  indirectSupportIncomplete: (p) =>
    `Indirekt stöd till ${nameOf(p.name)}: ${p.missing.map((m) => formatMessage(sv, m)).join(', ')} saknas eller är inte uppfyllt. Utan det markeras insatsen inte som indirekt stöd.`,
  indirectSupportDisagreement: (p) =>
    `Den enskilde och ${nameOf(p.name)} är inte överens. Dokumentera båda synpunkterna och hur ni fortsätter att söka en lösning.`,
  indirectSupportChildViews: (p) =>
    `${nameOf(p.name)} är ett barn. Låt barnet komma till tals på ett sätt som passar ålder och mognad, och dokumentera barnets synpunkter.`,
  indirectSupportLivingTogether: (p) =>
    `${p.supportType} ges enligt kommunens riktlinje bara när den anhöriga bor med den enskilde, och ${nameOf(p.name)} gör inte det.`,
  needsAssessmentMissing: () => 'Bedömningen av den enskildes behov saknas.',
  decisionsMissing: () => 'Inga beslut är registrerade.',
  goalMissing: () => 'Ett beviljat beslut saknar mål.',
  followUpHowMissing: () => 'Ange hur insatsen ska följas upp.',
  followUpWhenMissing: () => 'Ange när insatsen ska följas upp.',
  assignmentOutdated: (p) =>
    p.cause === 'withdrawn'
      ? `Ett samtycke har återkallats sedan uppdraget skickades ${p.issuedAt}. ${SAVE_AGAIN}`
      : p.cause === 'turned18'
        ? `Den enskilde har fyllt 18 år, och vårdnadshavarens samtycke som uppdraget bygger på gäller inte längre för något nytt. ${SAVE_AGAIN}`
        : `Ett samtycke som uppdraget bygger på gäller inte längre (giltighetstiden har gått ut). ${SAVE_AGAIN}`,
  assignmentUpdateRequested: () => 'Uppföljningen ledde till ett uppdaterat uppdrag. Skicka det till utföraren.',
  followUpSupportGiven: () => 'Fråga den enskilde om insatsen har getts och med god kvalitet.',
  followUpInvitationConsent: (p) => formatMessage(sv, p.reason),
  followUpViewConsent: (p) => formatMessage(sv, p.reason),
  followUpStillWants: (p) => `Fråga den enskilde om stödet från ${nameOf(p.name)} fortfarande är önskat.`,
  followUpRelief: (p) => `Följ upp om insatsen gett ${nameOf(p.name)} avsedd avlastning (kräver den enskildes samtycke).`,
  followUpOutcome: () => 'Ange vad uppföljningen leder till.',

  invalid_type: (p) =>
    'list' in p
      ? 'De anhörigas egna journaler ska vara en lista.'
      : p.missing
        ? 'Uppgiften saknas.'
        : `Fel typ av värde: här ska det vara ${TYPE_NAMES[p.expected] ?? p.expected}.`,
  too_small: (p) =>
    p.origin === 'string'
      ? 'Fältet får inte vara tomt.'
      : p.origin === 'array'
        ? `Minst ${p.minimum} behövs.`
        : `Värdet är för litet (minst ${p.minimum}).`,
  too_big: (p) =>
    p.origin === 'string'
      ? `Texten är för lång (högst ${p.maximum} tecken).`
      : p.origin === 'array'
        ? `För många poster (högst ${p.maximum}).`
        : `Värdet är för stort (högst ${p.maximum}).`,
  invalid_format: (p) =>
    p.format === 'blank'
      ? 'Fältet får inte vara tomt.'
      : p.format === 'date'
        ? 'Datumet ska skrivas ÅÅÅÅ-MM-DD.'
        : p.format === 'datetime'
          ? 'Tidpunkten ska skrivas enligt ISO 8601.'
          : 'Värdet har fel format.',
  invalid_value: (p) =>
    p.empty
      ? 'Välj ett av alternativen.'
      : p.values.length === 1
        ? `Värdet ska vara ${p.values[0]}.`
        : `Ogiltigt val. Tillåtna värden: ${p.values.join(', ')}.`,
  unrecognized_keys: (p) => `Okänd uppgift: ${p.keys.join(', ')}.`,
  invalid_union: () => 'Värdet stämmer inte med någon av de tillåtna formerna.',
  invalid_key: () => 'Ogiltigt värde.',
  invalid_element: () => 'Ogiltigt värde.',
  not_multiple_of: () => 'Ogiltigt värde.',
  custom: () => 'Ogiltigt värde.',
  reference: (p) => {
    switch (p.rule) {
      case 'duplicateId':
        return `Id:t "${p.id}" används mer än en gång.`;
      case 'retiredId':
        return `Id:t "${p.id}" har använts för en borttagen post och används inte igen.`;
      case 'unknownRelative':
        return `Det finns ingen anhörig med id "${p.id}".`;
      case 'unknownConsent':
        return `Det finns inget samtycke med id "${p.id}".`;
      case 'unknownProposal':
        return `Det finns inget förslag om indirekt stöd med id "${p.id}".`;
      case 'unknownDecision':
        return `Det finns inget beslut med id "${p.id}".`;
      case 'relativeConsentWithSituation':
        return 'Den anhörigas eget samtycke har ingen uppgift om den enskildes situation.';
      case 'consentSituationMissing':
        return 'Samtycket saknar uppgift om den enskildes situation när det lämnades.';
      case 'consentSeq':
        return 'Samtyckets ordningsnummer är större än utredningens.';
      case 'withdrawnSeqWithoutDate':
        return 'Ett ordningsnummer för återkallelsen kräver ett datum för återkallelsen.';
      case 'representativeWithoutMandate':
        return 'Den som inte är anhörig finns med som ställföreträdare och behöver ett uppdrag angivet.';
      case 'ageBand':
        return 'Åldersgruppen stämmer inte med om den anhöriga är under 18 år.';
      case 'promptId':
        return 'Ett svar på en fråga anger frågan, och bara svar på frågor gör det.';
      case 'statementUnrecorded':
        return 'Uppgiften saknar datum eller vem som dokumenterade den.';
      case 'notRecordedBasis':
        return 'Grunden "inte registrerad" finns bara för anhörigas svar från formatversion 1.';
      case 'statementSeq':
        return 'Uppgiftens ordningsnummer är större än utredningens.';
      case 'personBasis':
        return 'Den enskildes egna uppgifter ska ha grunden "egen uppgift".';
      case 'otherBasis':
        return 'En uppgift från någon annan än den enskilde ska ange samtycke eller att den lämnades självmant.';
      case 'catalogueLifeArea':
        return `Livsområdet "${p.id}" finns inte i kommunens katalog.`;
      case 'catalogueSupportType':
        return `Insatsen "${p.id}" finns inte i kommunens katalog.`;
      case 'ownRecordUnknownRelative':
        return `Det finns ingen anhörig med id "${p.id}" i utredningen.`;
      case 'ownRecordOtherInvestigation':
        return 'Den anhörigas journal hör till en annan utredning.';
      case 'ownRecordDuplicate':
        return `Det finns mer än en journal för den anhöriga "${p.id}".`;
    }
  },
  schema_version: (p) => {
    const doc = DOCUMENT[p.document];
    switch (p.problem) {
      case 'notObject':
        return `${doc} ska vara ett JSON-objekt, men är ${VALUE_KIND[p.actual]}.`;
      case 'missing':
        return `${doc} saknar schemaVersion, så formatet går inte att avgöra.`;
      case 'invalid':
        return `${doc} har en ogiltig schemaVersion (${p.value}).`;
      case 'newer':
        return `${doc} är sparad med en nyare version av formatet (${p.version}) än komponenten känner till (${p.current}). Uppdatera komponenten; uppgifterna har inte ändrats.`;
      case 'noMigration':
        return `${doc} har version ${p.version}, som komponenten inte kan uppgradera.`;
    }
  },
  M1: () => 'Bedömningen av den enskildes behov saknas.',
  M2: () => 'Det finns ingen beviljad insats att ge i uppdrag. Vid avslag görs inget uppdrag.',
  M3: (p) =>
    p.indirect
      ? `Mål för det indirekta stödet (${p.supportType}), med den anhörigas perspektiv, saknas.`
      : `Mål för insatsen ${p.supportType} saknas.`,
  M4: () => 'Hur insatsen ska följas upp saknas.',
  catalogue: (p) => {
    switch (p.missing) {
      case 'lifeArea':
        return `Livsområdet "${p.id}" finns inte i kommunens katalog.`;
      case 'supportType':
        return `Insatsen "${p.id}" finns inte i kommunens katalog.`;
      case 'markerArea':
        return 'Kommunens katalog saknar livsområdet för indirekt stöd, så markeringen kan inte göras.';
      case 'indirectGoal':
        return 'Kommunens katalog saknar det övergripande målet för indirekt stöd.';
    }
  },
};
