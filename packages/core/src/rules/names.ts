/** Lookups and Swedish phrases shared by the rules. Messages name relatives as the person chose. */
import type { Consent, ConsentScope, InvestigationRecord, Relative, RelationCategory } from '../schema/index.js';

export const findRelative = (record: InvestigationRecord, relativeId: string): Relative | undefined =>
  record.relatives.find((r) => r.id === relativeId);

/** The name the relative goes by (chosen name first). */
export const relativeName = (relative: Relative | undefined): string =>
  relative ? (relative.chosenName ?? relative.name) : 'den anhöriga';

/** A free-text field with something in it (not only spaces). */
export const isFilled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

/** "Den enskilde" from "den enskilde": sentence case for Swedish messages. */
export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** Swedish genitive: "Evas", but "Hans", "Max", "Inez" (names ending in s, x or z take no extra s). */
export const genitive = (name: string): string => (/[sxz]$/i.test(name.trim()) ? name : `${name}s`);

/** "att Eva lämnar uppgifter" — what a consent of this scope allows, for gate messages. */
export const scopePhrase = (scope: ConsentScope, name: string): string => {
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

/** Who gave a consent record, as a Swedish subject ("vårdnadshavaren" for a guardian's "no" kept after the person turned 18). */
export const giverSubject = (consent: Pick<Consent, 'givenBy'>): string =>
  ({ person: 'den enskilde', guardian: 'vårdnadshavaren', legalRepresentative: 'ställföreträdaren', relative: 'den anhöriga' })[consent.givenBy];

/** Who consents about the person's information, as a Swedish subject ("den enskilde", "vårdnadshavaren"). */
export const consentSubject = (record: InvestigationRecord): string => {
  if (record.person.ageGroup === 'minor') return 'vårdnadshavaren';
  if (record.person.canTakePosition === 'no') return 'ställföreträdaren';
  return 'den enskilde';
};

/** L3: how M2 and the change list name a relationship when the person's own words may not leave. */
export const RELATION_CATEGORY_NAMES: Record<RelationCategory, string> = {
  partner: 'make, maka, sambo eller partner',
  child: 'barn',
  parent: 'förälder',
  sibling: 'syskon',
  grandchild: 'barnbarn',
  otherFamily: 'annan släkting',
  friend: 'vän',
  neighbour: 'granne',
  other: 'annan anhörig',
};

/** A relationship as an assignment shows it: the person's words where shared, else the category. */
export const relationshipText = (ref: { relation?: string; relationCategory: RelationCategory }): string =>
  ref.relation ?? RELATION_CATEGORY_NAMES[ref.relationCategory];
