import type { InformationItem } from '@anhorig/core';
import { defineTerms } from '../localization/localize.js';

type ItemKey = `item.${InformationItem}`;
type ItemTerms = Record<ItemKey, string>;

const svItems: ItemTerms = {
  'item.supportOffers': 'Vilket stöd kommunen och andra aktörer kan erbjuda anhöriga',
  'item.ownSupportRight': 'Rätten att ansöka om stöd för egen del, och hur man ansöker',
  'item.possibilityToTakePart': 'Möjligheten att delta i utredningen, om den enskilde samtycker till det',
  'item.voluntariness': 'Att anhörigas insatser är frivilliga',
  'item.howAuthorityWorks': 'Hur myndighetsutövningen fungerar: sekretess, samtycke och informationsöverföring',
  'item.howCareWorks': 'Hur vården och omsorgen fungerar',
  'item.sip': 'Samordnad individuell plan (SIP), och att anhöriga tillsammans med den enskilde kan initiera en SIP',
  'item.personRights': 'Den enskildes särskilda rättigheter (till exempel som nationell minoritet eller i LSS personkrets)',
  'item.whereToTurn': 'Vart den anhöriga kan vända sig i andra delar av socialtjänsten, med erbjudande om hjälp att ta kontakten',
  'item.minorityLanguageRights': 'Den anhörigas egna rättigheter som nationell minoritet, till exempel att använda sitt minoritetsspråk (lagen om nationella minoriteter och minoritetsspråk)',
};

export const informationLogTerms = defineTerms({
    heading: 'Information till anhöriga',
    intro:
      'Att ge information är ett sätt att uppmärksamma anhöriga. Anhöriga är inte alltid mottagliga för information, och situationen kan förändras, så informationen kan behöva ges vid upprepade tillfällen och på flera sätt.',
    consentNote:
      'Information till en anhörig som är på plats eller har hört av sig kräver inget samtycke, så länge den inte handlar om den enskilde. Att berätta om den enskildes särskilda rättigheter är att lämna uppgifter om den enskilde och kräver den enskildes samtycke.',
    noRelatives: 'Lägg först till anhöriga i steg 1.',
    formHeading: 'Registrera given information',
    relative: 'Till vem gavs informationen?',
    choose: 'Välj',
    items: 'Vilken information gavs?',
    itemsHint: 'Välj allt som togs upp. Den enskildes särskilda rättigheter kräver den enskildes samtycke till att den anhöriga får information.',
    recordReceiveConsent: 'Registrera samtycke till att den anhöriga får information',
    date: 'Datum',
    channel: 'Hur gavs informationen?',
    understood: 'Jag försäkrade mig om att den anhöriga förstod informationen',
    note: 'Anteckning (frivilligt)',
    noteHint: 'Skriv om informationen och den anhörigas frågor, inte om den enskilde.',
    submit: 'Registrera informationen',
    logged: 'Informationen är registrerad.',
    refused: 'Informationen kunde inte registreras.',
    errorRelative: 'Till vem',
    errorItems: 'Information som gavs',
    errorDate: 'Datum',
    errorChannel: 'Hur informationen gavs',
    errorContactRelative: 'Vem du ska kontakta',
    filter: 'Visa för',
    filterAll: 'Alla anhöriga',
    listHeading: 'Given information',
    listHint: 'Senaste först.',
    none: 'Ingen information är registrerad ännu.',
    noneFor: (name: string) => `Ingen information till ${name} är registrerad ännu.`,
    entryHeading: (date: string, name: string) => `${date}, ${name}`,
    entryWhat: 'Information',
    entryHow: 'Hur',
    entryUnderstood: 'Försäkrat sig om att den förstods',
    entryRecordedBy: 'Registrerad av',
    entryNote: 'Anteckning',
    yes: 'Ja',
    no: 'Nej',
    contactsHeading: 'Planerade kontakter',
    contactsIntro:
      'Att själv höra av sig till en anhörig efter en tid kräver den enskildes samtycke till senare kontakt. Den anhörigas behov kan uppstå senare, så en planerad kontakt kan vara ett sätt att uppmärksamma hen igen.',
    noContacts: 'Inga kontakter är planerade.',
    contactFormHeading: 'Planera en senare kontakt',
    contactRelative: 'Vem ska du kontakta?',
    contactDate: 'När?',
    contactPurpose: 'Syfte med kontakten',
    contactPurposeHint: 'Till exempel att höra hur den anhöriga har det och ge information om stöd.',
    contactSubmit: 'Planera kontakten',
    contactPlanned: 'Kontakten är planerad.',
    contactRefused: 'Kontakten kunde inte planeras.',
    recordConsent: 'Registrera samtycke till senare kontakt',
    contactLine: (date: string, name: string) => `${date}: ${name}`,
    planned: 'Planerad',
    done: 'Genomförd',
    markDone: 'Markera som genomförd',
    /** The button's name: its visible text first, then whose contact (one label, no hidden span that would add a space). */
    markDoneName: (name: string, date: string) => `Markera som genomförd: kontakten med ${name} ${date}`,
    markedDone: 'Kontakten är markerad som genomförd.',
    ...svItems,
  },
  () => import('./information-log.terms.en.js'),
);

export type InformationLogTerms = ReturnType<typeof informationLogTerms>;
