/**
 * The core's messages in English (`@anhorig/core/messages/en`): plain, professional English, with
 * the Swedish legal term in parentheses where a reader may need it. Nothing else in the core imports
 * this module; the elements load it only when an element's language is English.
 */
import type { ConsentGiver, ConsentScope, RField } from '../schema/index.js';
import { formatMessage, type ConsentSubject, type Message, type MessageTable, type ReviewBy, type ValueKind } from './codes.js';

export { formatMessage };
export type { Message, MessageCode, MessageParams, MessageTable } from './codes.js';

const nameOf = (name: string | undefined): string => name ?? 'the relative';
/** "Eva's", "Hans'": an English possessive. */
const possessive = (name: string): string => (/s$/i.test(name.trim()) ? `${name}'` : `${name}'s`);
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

/** "Eva providing information": what a consent of this scope allows. */
const scopePhrase = (scope: ConsentScope, name: string): string => {
  switch (scope) {
    case 'participate':
      return `${name} taking part in the investigation`;
    case 'provideInformation':
      return `${name} providing information`;
    case 'receiveInformation':
      return `${name} receiving information about the person's case`;
    case 'supportInInvestigation':
      return `${name} supporting the person in the investigation`;
    case 'indirectSupport':
      return `the support also being indirect support to ${name}`;
    case 'shareWithProvider':
      return `information about ${name} being shared with the provider`;
    case 'participateInFollowUp':
      return `${name} taking part in the follow-up`;
    case 'laterContact':
      return `the caseworker contacting ${name} later`;
    case 'sip':
      return `${name} taking part in a coordinated individual plan (SIP)`;
  }
};
const what = (p: { scope: ConsentScope; name?: string }): string => scopePhrase(p.scope, nameOf(p.name));

const SUBJECT: Record<ConsentSubject, string> = {
  person: 'the person',
  guardian: 'the guardian (vårdnadshavare)',
  legalRepresentative: 'the legal representative (ställföreträdare)',
};
const GIVER: Record<ConsentGiver, string> = { ...SUBJECT, relative: 'the relative' };

const WHO_NOW: Record<ReviewBy, string> = {
  person: 'Ask the person.',
  guardian: 'Ask the guardian.',
  legalRepresentative: 'Review it with the legal representative.',
  relative: '',
  capacityJudgement: "No one can consent on the person's behalf: document an assessment of what the person would likely want.",
};
const review = (situation: string, reviewBy: ReviewBy): string => `${situation} ${WHO_NOW[reviewBy]}`.trim();

const JUDGEMENT = " The documented assessment of what the person would likely want does not replace consent.";

const FIELD: Record<RField, (name: string) => string> = {
  R1: (name) => `that ${name} lives with the person`,
  R2: (name) => `what support ${name} gives`,
  R3: (name) => `the coordination with ${name}`,
  R4: (name) => `${possessive(name)} part in planning and follow-up`,
  R5: (name) => `${possessive(name)} views on how the support should be given`,
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'an object',
  array: 'a list',
  date: 'a date',
};

const VALUE_KIND: Record<ValueKind, string> = {
  nothing: 'no value',
  list: 'a list',
  text: 'text',
  number: 'a number',
  boolean: 'yes or no',
  other: 'the wrong kind of value',
};

const DOCUMENT = { record: 'The investigation record', relativeRecord: "The relative's own record", assignment: 'The assignment' } as const;
const DECLINED = { investigation: 'the investigation', sip: 'the SIP', followUp: 'the follow-up' } as const;
const SEND_UPDATE = 'Send an updated assignment to the provider.';

export const en: MessageTable = {
  'relative.unknown': () => 'The relative is not in the investigation.',
  'consent.entitlementEnded': (p) =>
    `Consent missing: the guardian's consent to ${what(p)} covers nothing new since the person turned 18 (${p.date}). ${capitalise(SUBJECT[p.subject])} needs to consent.`,
  'consent.declined': (p) => `Consent missing: ${GIVER[p.giver]} said no to ${what(p)}.`,
  'consent.withdrawn': (p) => `Consent missing: the consent to ${what(p)} was withdrawn${p.date ? ` on ${p.date}` : ''}.`,
  'consent.expired': (p) => `Consent missing: the consent to ${what(p)} was valid until ${p.validUntil}.`,
  'consent.unentitledGiver': (p) =>
    `Consent missing: the consent recorded was not given by someone entitled to consent. ${capitalise(SUBJECT[p.subject])} needs to consent to ${what(p)}.`,
  'consent.noRepresentative': (p) =>
    `Consent missing: the person cannot take a position, and no legal representative has a mandate that covers consenting to ${what(p)}.${p.judgementRecorded ? JUDGEMENT : ''}`,
  'consent.missing': (p) => `Consent missing: ${SUBJECT[p.subject]} has not consented to ${what(p)}.${p.judgementRecorded ? JUDGEMENT : ''}`,
  'consent.relativeDecidesOwnOnly': (p) =>
    `${nameOf(p.name)} decides about their own part, but not about the person's information. Consent to ${what(p)} is given by ${SUBJECT[p.subject]}.`,
  'consent.guardianForAdult': () => 'The person is an adult; consent is not given by a guardian (vårdnadshavare).',
  'consent.personIsMinor': () => "The person is under 18; consent is given by the guardian (vårdnadshavare), and the child's views are documented.",
  'consent.personCannotTakePosition': () =>
    'The person cannot take a position on consent. Consent can only be given by a legal representative (god man or förvaltare) whose mandate covers personal matters; otherwise, document an assessment of what the person would likely want.',
  'consent.representativeNotRegistered': (p) =>
    `${p.givenByName} is not registered as a legal representative among the person's relatives. Add the representative as a relative, with the mandate stated.`,
  'consent.representativeNotNamed': () => 'State which legal representative gives the answer.',
  'representative.notRegistered': (p) => `${nameOf(p.name)} is not registered as the person's legal representative.`,
  'representative.personIsMinor': () => 'The person is under 18; consent is given by the guardian (vårdnadshavare).',
  'representative.personCanTakePosition': (p) =>
    `The person can take a position. Consent about the person's information is given by the person, not by ${nameOf(p.name)} as legal representative.`,
  'representative.mandateNotPersonal': (p) =>
    `${possessive(nameOf(p.name))} mandate as legal representative does not cover the person's personal matters, so ${nameOf(p.name)} cannot consent on the person's behalf.`,
  'relative.declined': (p) => `${nameOf(p.name)} does not want to take part in ${DECLINED[p.activity]}. A relative's participation is voluntary.`,
  'violence.concern': (p) => {
    const name = nameOf(p.name);
    return `There is a concern about violence, threats or coercion in the relationship with ${name}. ${name} cannot take part in the investigation until an assessment is documented; follow the municipality's routine. Information, referral and a conversation of their own for ${name} are still possible.`;
  },
  'violence.judgementExcludes': (p) =>
    `According to the documented assessment of ${p.date}, ${nameOf(p.name)} does not take part in the investigation. Information, referral and a conversation of their own for ${nameOf(p.name)} are still possible.`,
  'violence.separateOnly': (p) =>
    `According to the assessment of ${p.date}, ${nameOf(p.name)} may take part, but only in separate conversations. A joint conversation is not offered.`,
  'sip.objection': (p) =>
    `${capitalise(SUBJECT[p.subject])} objects to ${nameOf(p.name)} taking part in a coordinated individual plan (SIP).`,
  'statement.personBasisOwn': () => "The person's own statements must have the basis \"own statement\".",
  'statement.unknownRelative': () => 'The statement names a relative who is not in the investigation.',
  'statement.basisMissing': (p) =>
    `The statement from ${nameOf(p.name)} must state the consent it was gathered under, or that it was volunteered.`,
  'statement.basisNotRecorded': (p) =>
    `The answer from ${nameOf(p.name)} was saved in an earlier version without a consent. State the consent it was given under, or that it was volunteered.`,
  'statement.caseSystemConsent': (p) =>
    `Consent to ${nameOf(p.name)} providing information is recorded here in the investigation, not only in the case management system.`,
  'statement.consentNotFound': () => 'The consent the statement refers to does not exist.',
  'statement.noValidConsent': (p) =>
    `The statement from ${nameOf(p.name)} had no valid consent to provide information when it was documented (${p.recordedAt ?? 'date missing'}).`,

  'statement.qualityFirst': () =>
    "Confirm that the statement is factual, relevant and not demeaning before it enters the personal file (the person can read their file).",
  'statement.notFound': () => 'The statement is not in the investigation.',
  'assignment.minimumMissing': () => 'The assignment cannot be created yet: its minimum content is missing.',
  'assignment.unchanged': (p) => `Nothing in the assignment has changed since version ${p.version}, so there is nothing new to send.`,
  'relatives.closed': () =>
    'Relatives can be added until the decision. After the decision, they are added once the follow-up has started, or in a new investigation.',
  'relative.hasReferences': () =>
    'The relative cannot be removed because statements, consents or notes belong to them. Nothing is removed silently.',
  'followUp.notOpen': () =>
    'The follow-up can start when the investigation is complete, that is, when the assignment has been sent or the application refused.',
  'followUp.notStarted': () => 'The follow-up has not started. It can start when the investigation is complete.',
  'followUp.noActionWithOthers': () => '"No action" cannot be chosen together with other actions.',
  'followUp.consentMissing': () => 'Consent to taking part in the follow-up is missing.',
  'application.grantedExists': () => 'Support has been granted. Make an assignment to the provider instead of recording a refusal.',
  'investigation.complete': () => 'The investigation is already complete.',
  'action.notAllowed': () => 'The action is not allowed right now.',
  'edit.invalid': () => 'The information could not be saved. Correct what is listed.',
  'record.notLoaded': () => 'The investigation has not been loaded yet, so nothing can be changed.',
  'nav.noSuchStep': () => 'The step does not exist.',
  'nav.noNext': () => 'There is no step after this one.',
  'nav.noPrevious': () => 'There is no step before this one.',
  'caseworker.missing': () =>
    'The host system has not said which caseworker is logged in, so this cannot be recorded. Contact the system administrator.',
  'violence.noConcern': () => 'No concern about violence is recorded, so there is nothing to assess.',
  'consent.recordWithdrawn': () => 'A consent is withdrawn from the consent in force; it is not recorded as a new consent.',
  'consent.dateInFuture': (p) => `The date of the consent (${p.date}) is after today.`,
  'consent.validUntilBeforeDate': () => 'A consent cannot be valid until a date before the date it was given.',
  'consent.notFound': () => 'The consent is not in the investigation.',
  'consent.decisionEmpty': () => 'The decision holds no answer. Choose Yes or No for at least one question.',
  'consent.decisionOtherRelative': () => 'A decision is about one relative at a time.',
  'consent.alreadyExpired': (p) =>
    `The consent was valid until ${p.validUntil ?? ''} and is no longer in force, so there is nothing to withdraw.`,
  'consent.nothingToWithdraw': () => 'The consent is already withdrawn or was a no, so there is nothing to withdraw.',
  'consent.withdrawalInFuture': (p) => `The date of the withdrawal (${p.date}) is after today.`,
  'consent.withdrawalBeforeDate': () => 'A consent cannot be withdrawn before the date it was given.',
  'ownApplication.homeMunicipalityMissing': () => "State the relative's home municipality, where the application is made.",
  'ownApplication.needNotFound': () => "The need is not in the relative's own record.",
  'indirectSupport.notFound': () => 'The indirect-support proposal is not in the investigation.',
  'laterContact.consentMissing': () => 'Consent to later contact is missing.',
  'laterContact.dateInPast': (p) => `A planned contact cannot be before today (${p.today}).`,
  'laterContact.notFound': () => 'The planned contact does not exist.',
  'host.restore': () => 'The investigation from the host system could not be loaded. What is shown is unchanged.',
  'host.setCatalogue': () => "The municipality's catalogue could not be loaded. The previous catalogue is still in use.",
  'host.setAssessment': () => 'The decision from the host system could not be loaded. What is shown is unchanged.',
  'host.setCaseworker': () => 'The caseworker information from the host system is not valid.',
  'host.setToday': () => "Today's date from the host system is not valid.",

  'review.turned18': (p) =>
    review(`The person turned 18 on ${p.adultFrom ?? ''}. The guardian's consent to ${what(p)} (${p.given}) covers nothing new from that day.`, p.reviewBy),
  'review.cannotTakePosition': (p) =>
    review(`The person can no longer take a position on consent. The consent to ${what(p)}, which the person gave on ${p.given}, stays in force until it is withdrawn.`, p.reviewBy),
  'review.canTakePositionAgain': (p) =>
    review(`The person can now take a position again. The consent to ${what(p)}, which the legal representative gave on ${p.given}, stays in force until it is withdrawn.`, p.reviewBy),
  'review.mandateEnded': (p) =>
    review(`${nameOf(p.representative)} can no longer consent as legal representative. The consent to ${what(p)}, given on ${p.given}, stays in force until it is withdrawn.`, p.reviewBy),

  'withdrawal.effective': (p) =>
    `From ${p.date}, the consent to ${what(p)} is no longer in force. Nothing new is gathered or shared on its basis.`,
  'withdrawal.fieldLeaves': (p) => `The next assignment will not include ${FIELD[p.field](nameOf(p.name))}.`,
  'withdrawal.supportTextLeaves': (p) => `The next assignment will not include what ${nameOf(p.name)} said about their support.`,
  'withdrawal.markerLeaves': (p) =>
    `The note that ${p.supportType} is also indirect support to ${nameOf(p.name)} is removed from the next assignment. The support itself stays.`,
  'withdrawal.statementsMarked': (p) =>
    `${p.count === 1 ? 'One statement' : `${p.count} statements`} gathered under the consent stay in the investigation and are marked. Nothing is deleted.`,
  'withdrawal.sendUpdate': () => SEND_UPDATE,

  'indirect.personConsent': () => "the person's consent to the support also being indirect support",
  'indirect.relativeConsent': (p) => `${possessive(nameOf(p.name))} own consent to the indirect support`,
  'indirect.childDeclined': (p) => `${nameOf(p.name)} does not want the support to be indirect support`,
  'indirect.personViews': () => "the person's views",
  'indirect.relativeViews': (p) => (p.child ? `the child's (${possessive(nameOf(p.name))}) views` : `${possessive(nameOf(p.name))} views`),

  'child.perspective': (p) =>
    `${nameOf(p.name)} is under 18. Consider guiding the child to support of their own, and let the child's views come through in a way that suits their age and maturity.`,

  childViewsMissing: () =>
    "The child's own views are not documented. The guardian consents, but the child's views must count according to age and maturity.",
  capacityUnknown: () => 'It has not been assessed whether the person can take a position on consent.',
  capacityJudgementMissing: () =>
    "The person cannot take a position, and no one can consent on the person's behalf. Document an assessment of what the person would likely want and who was consulted.",
  consentReview: (p) => formatMessage(en, p.review),
  violenceJudgementMissing: (p) =>
    `There is a concern about violence, threats or coercion in the relationship with ${nameOf(p.name)}. Document an assessment before ${nameOf(p.name)} takes part in the investigation.`,
  violenceRoutine: (p) =>
    `Follow the municipality's routine for concerns about domestic violence (for example the domestic violence team) for the relationship with ${nameOf(p.name)}.`,
  relativeNotAsked: (p) => `The person has not been asked whether ${nameOf(p.name)} should take part in the investigation.`,
  relativeNotInformed: (p) =>
    `${nameOf(p.name)} has not been told that they may take part in the investigation if the person consents.`,
  equipInformation: (p) => `${nameOf(p.name)} has not been given information about the support for relatives from the municipality and others.`,
  equipOwnConversation: (p) => `${nameOf(p.name)} has not been offered a conversation about their own situation.`,
  equipReferral: (p) => `${nameOf(p.name)} has not been referred to the carer support advisor (anhörigkonsulent).`,
  childOwnSupport: (p) => `${nameOf(p.name)} is under 18. Consider guiding the child to support of their own.`,
  meetingPlanMissing: (p) => `There is no plan for how ${nameOf(p.name)} takes part in the conversations.`,
  invitationNotSent: (p) => `The invitation to ${nameOf(p.name)} has not been sent.`,
  jointMeetingViolence: (p) => `Do not plan a joint conversation with ${nameOf(p.name)}. ${formatMessage(en, p.reason)}`,
  jointInvitationRuledOut: (p) =>
    `The invitation to ${nameOf(p.name)} was for a joint conversation, which is no longer offered (${p.date}). Send a new invitation to separate conversations.`,
  expressionReflection: () =>
    'The person needs support to express their wishes. Reflect on whether you can give that support or whether another solution is needed.',
  supporterConsent: () => 'Consent is missing for the chosen person to support the person in the investigation.',
  supporterSuitability: () =>
    'Document your assessment that the person giving support in the investigation is suitable. The supporter does not decide.',
  lifeAreaEmpty: (p) => `Nothing is documented for: ${p.lifeAreas.join(', ')}.`,
  statementBasis: (p) => formatMessage(en, p.reason),
  statementQuality: () =>
    'Confirm that the statement is factual, relevant and not demeaning before it enters the personal file. The person can read their file.',
  hearCohabitant: (p) => {
    const name = nameOf(p.name);
    return `${name} lives with the person. If the support is given in the shared home or depends on ${name} cooperating, ${name} needs to be heard.`;
  },
  stanceMissing: (p) =>
    `${possessive(nameOf(p.name))} own stance is not documented: does ${nameOf(p.name)} want to and can they give support, and does the person want to receive it?`,
  sipConsider: (p) =>
    `${nameOf(p.name)} coordinates care between social services and health care. Consider a coordinated individual plan (SIP) together with the person.`,
  indirectSupportIncomplete: (p) =>
    `Indirect support to ${nameOf(p.name)}: ${p.missing.map((m) => formatMessage(en, m)).join(', ')} missing or not met. Without it, the support is not marked as indirect support.`,
  indirectSupportDisagreement: (p) =>
    `The person and ${nameOf(p.name)} do not agree. Document both views and how you continue to look for a solution.`,
  indirectSupportChildViews: (p) =>
    `${nameOf(p.name)} is a child. Let the child be heard in a way that suits their age and maturity, and document the child's views.`,
  indirectSupportLivingTogether: (p) =>
    `Under the municipality's guideline, ${p.supportType} is given only when the relative lives with the person, and ${nameOf(p.name)} does not.`,
  needsAssessmentMissing: () => "The assessment of the person's needs is missing.",
  decisionsMissing: () => 'No decisions are recorded.',
  goalMissing: () => 'A granted decision has no goal.',
  followUpHowMissing: () => 'State how the support will be followed up.',
  followUpWhenMissing: () => 'State when the support will be followed up.',
  assignmentOutdated: (p) =>
    p.cause === 'withdrawn'
      ? `A consent has been withdrawn since the assignment was sent on ${p.issuedAt}. ${SEND_UPDATE}`
      : p.cause === 'turned18'
        ? `The person has turned 18, and the guardian's consent the assignment relies on no longer covers anything new. ${SEND_UPDATE}`
        : `A consent the assignment relies on is no longer in force (its validity has ended). ${SEND_UPDATE}`,
  assignmentUpdateRequested: () => 'The follow-up led to an updated assignment. Send it to the provider.',
  followUpSupportGiven: () => 'Ask the person whether the support has been given, and with good quality.',
  followUpInvitationConsent: (p) => formatMessage(en, p.reason),
  followUpViewConsent: (p) => formatMessage(en, p.reason),
  followUpStillWants: (p) => `Ask the person whether the support from ${nameOf(p.name)} is still wanted.`,
  followUpRelief: (p) => `Follow up whether the support has given ${nameOf(p.name)} the intended relief (requires the person's consent).`,
  followUpOutcome: () => 'State what the follow-up leads to.',

  invalid_type: (p) =>
    'list' in p
      ? "The relatives' own records must be a list."
      : p.missing
        ? 'The information is missing.'
        : `Wrong type of value: this should be ${TYPE_NAMES[p.expected] ?? p.expected}.`,
  too_small: (p) =>
    p.origin === 'string' ? 'The field must not be empty.' : p.origin === 'array' ? `At least ${p.minimum} needed.` : `The value is too small (at least ${p.minimum}).`,
  too_big: (p) =>
    p.origin === 'string'
      ? `The text is too long (at most ${p.maximum} characters).`
      : p.origin === 'array'
        ? `Too many entries (at most ${p.maximum}).`
        : `The value is too large (at most ${p.maximum}).`,
  invalid_format: (p) =>
    p.format === 'blank'
      ? 'The field must not be empty.'
      : p.format === 'date'
        ? 'Write the date as YYYY-MM-DD.'
        : p.format === 'datetime'
          ? 'Write the time in ISO 8601 format.'
          : 'The value has the wrong format.',
  invalid_value: (p) =>
    p.empty ? 'Choose one of the options.' : p.values.length === 1 ? `The value must be ${p.values[0]}.` : `Invalid choice. Allowed values: ${p.values.join(', ')}.`,
  unrecognized_keys: (p) => `Unknown field: ${p.keys.join(', ')}.`,
  invalid_union: () => 'The value does not match any of the allowed forms.',
  invalid_key: () => 'Invalid value.',
  invalid_element: () => 'Invalid value.',
  not_multiple_of: () => 'Invalid value.',
  custom: () => 'Invalid value.',
  reference: (p) => {
    switch (p.rule) {
      case 'duplicateId':
        return `The id "${p.id}" is used more than once.`;
      case 'retiredId':
        return `The id "${p.id}" was used for a removed entry and is not used again.`;
      case 'unknownRelative':
        return `There is no relative with id "${p.id}".`;
      case 'unknownConsent':
        return `There is no consent with id "${p.id}".`;
      case 'unknownProposal':
        return `There is no indirect-support proposal with id "${p.id}".`;
      case 'unknownDecision':
        return `There is no decision with id "${p.id}".`;
      case 'relativeConsentWithSituation':
        return "The relative's own consent has no information about the person's situation.";
      case 'consentSituationMissing':
        return "The consent lacks information about the person's situation when it was given.";
      case 'consentSeq':
        return "The consent's sequence number is larger than the investigation's.";
      case 'withdrawnSeqWithoutDate':
        return 'A sequence number for the withdrawal requires a withdrawal date.';
      case 'representativeWithoutMandate':
        return 'Someone who is not a relative is included as a legal representative and needs a mandate stated.';
      case 'ageBand':
        return 'The age group does not match whether the relative is under 18.';
      case 'promptId':
        return 'An answer to a question names the question, and only answers to questions do.';
      case 'statementUnrecorded':
        return 'The statement lacks a date or who documented it.';
      case 'notRecordedBasis':
        return 'The basis "not recorded" exists only for relatives\' answers from format version 1.';
      case 'statementSeq':
        return "The statement's sequence number is larger than the investigation's.";
      case 'personBasis':
        return "The person's own statements must have the basis \"own statement\".";
      case 'otherBasis':
        return 'A statement from someone other than the person must state a consent or that it was volunteered.';
      case 'catalogueLifeArea':
        return `The life area "${p.id}" is not in the municipality's catalogue.`;
      case 'catalogueSupportType':
        return `The support type "${p.id}" is not in the municipality's catalogue.`;
      case 'ownRecordUnknownRelative':
        return `There is no relative with id "${p.id}" in the investigation.`;
      case 'ownRecordOtherInvestigation':
        return "The relative's record belongs to another investigation.";
      case 'ownRecordDuplicate':
        return `There is more than one record for the relative "${p.id}".`;
    }
  },
  schema_version: (p) => {
    const doc = DOCUMENT[p.document];
    switch (p.problem) {
      case 'notObject':
        return `${doc} must be a JSON object, but is ${VALUE_KIND[p.actual]}.`;
      case 'missing':
        return `${doc} has no schemaVersion, so its format cannot be determined.`;
      case 'invalid':
        return `${doc} has an invalid schemaVersion (${p.value}).`;
      case 'newer':
        return `${doc} was saved with a newer format version (${p.version}) than the component knows (${p.current}). Update the component; nothing has been changed.`;
      case 'noMigration':
        return `${doc} has version ${p.version}, which the component cannot upgrade.`;
    }
  },
  M1: () => "The assessment of the person's needs is missing.",
  M2: () => 'There is no granted support to assign. When the application is refused, no assignment is made.',
  M3: (p) =>
    p.indirect
      ? `The goal for the indirect support (${p.supportType}), from the relative's perspective, is missing.`
      : `The goal for the support ${p.supportType} is missing.`,
  M4: () => 'How the support will be followed up is missing.',
  catalogue: (p) => {
    switch (p.missing) {
      case 'lifeArea':
        return `The life area "${p.id}" is not in the municipality's catalogue.`;
      case 'supportType':
        return `The support type "${p.id}" is not in the municipality's catalogue.`;
      case 'markerArea':
        return "The municipality's catalogue lacks the life area for indirect support, so the marker cannot be made.";
      case 'indirectGoal':
        return "The municipality's catalogue lacks the overall goal for indirect support.";
    }
  },
};
