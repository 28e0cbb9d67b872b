/**
 * The same six-step form as `<anhorig-investigation>`, written as a SurveyJS JSON form, so the
 * benchmark compares like with like. Pages are our steps (`STEP_IDS`): relatives, equip, involve,
 * gather, assessment, assignment, followUp. Each relative is one entry of the shared `relatives`
 * array: step 1 edits it in a dynamic panel, and steps 2, 3, 4, 5 and 6 show the same array again
 * (`valueName: 'relatives'`) with only the relatives of that branch (`templateVisibleIf`).
 *
 * What SurveyJS expresses here, as our element does:
 * - steps 2 and 3 by the person's answer: the equip page shows when some relative's participation was
 *   declined (`countInArray`), the involve page when some relative's was given; per relative likewise;
 * - nested fields by earlier answers: life areas only when the relative gives support, the mandate only
 *   for a legal representative, the violence judgement only with a concern;
 * - C4: the "joint meeting" choice is hidden while a violence concern has no judgement allowing it;
 * - C7 as visibility: the provider collaboration fields only for relatives who consented to sharing;
 * - C8 as visibility: the relative's view at follow-up only with consent to take part in it;
 * - required fields (name, relation, the needs assessment M1, decision goals M3, follow-up M4).
 *
 * What it cannot express (our core does it, SurveyJS would need custom code beside the JSON):
 * - consent as data: a consent here is one answer per relative and scope, with no giver entitlement
 *   (C2, C5: who may consent for whom), form, date, validity or history;
 * - withdrawal (C3): changing an answer overwrites it; nothing marks what leaves the next assignment;
 * - gates that refuse an edit (a relative's statement without consent to gather, C1/C10): a hidden
 *   field is only hidden, its value is still in the data;
 * - the relative's own record kept apart from the person's (C12), the information log, later contacts;
 * - the derived assignment (M1–M4, R1–R6, versions and what changed): no equivalent, so "n/a".
 */
import { defaultCatalogue, INFORMATION_ITEMS, STATEMENT_KINDS, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';

const choices = (items: readonly { id: string; name: string }[]) => items.map((i) => ({ value: i.id, text: i.name }));
const lifeAreas = choices(defaultCatalogue.lifeAreas.filter((a) => !a.isIndirectSupportMarker));
const supportTypes = choices(defaultCatalogue.supportTypes);
const yesNoUnknown = [
  { value: 'yes', text: 'Ja' },
  { value: 'no', text: 'Nej' },
  { value: 'unknown', text: 'Vet inte' },
];
const consentAnswer = [
  { value: 'given', text: 'Samtycker' },
  { value: 'declined', text: 'Samtycker inte' },
];
const channel = [
  { value: 'meeting', text: 'Möte' },
  { value: 'phone', text: 'Telefon' },
  { value: 'letter', text: 'Brev' },
  { value: 'digital', text: 'Digitalt' },
];

/** A per-relative view of the shared `relatives` array on a later page. */
const relativesView = (name: string, title: string, visibleIf: string | undefined, elements: object[]) => ({
  type: 'paneldynamic',
  name,
  valueName: 'relatives',
  title,
  templateTitle: '{panel.name} ({panel.relation})',
  displayMode: 'list',
  allowAddPanel: false,
  allowRemovePanel: false,
  ...(visibleIf ? { templateVisibleIf: visibleIf } : {}),
  templateElements: elements,
});

const involved = "{panel.participate} = 'given'";

export const surveyJson = {
  title: 'Anhöriga i utredningen',
  locale: 'sv',
  showQuestionNumbers: 'off',
  checkErrorsMode: 'onNextPage',
  showProgressBar: 'top',
  progressBarType: 'pages',
  pages: [
    {
      name: 'relatives',
      title: 'Steg 1 av 6: Ta reda på om den enskilde vill att anhöriga deltar',
      elements: [
        { type: 'radiogroup', name: 'canTakePosition', title: 'Kan den enskilde ta ställning till samtycke?', choices: yesNoUnknown, isRequired: true },
        { type: 'boolean', name: 'applicationConcernsRelative', title: 'Ansökan gäller också stöd eller avlastning för en anhörig' },
        {
          type: 'paneldynamic',
          name: 'relatives',
          title: 'Anhöriga',
          templateTitle: '{panel.name} ({panel.relation})',
          displayMode: 'list',
          panelAddText: 'Lägg till en anhörig',
          templateElements: [
            { type: 'text', name: 'name', title: 'Namn', isRequired: true },
            { type: 'text', name: 'chosenName', title: 'Tilltalsnamn' },
            { type: 'text', name: 'pronouns', title: 'Pronomen' },
            { type: 'text', name: 'relation', title: 'Relation, med den enskildes ord', isRequired: true },
            { type: 'boolean', name: 'givesSupport', title: 'Ger stöd eller omsorg' },
            { type: 'checkbox', name: 'supportLifeAreas', title: 'Inom vilka livsområden?', visibleIf: '{panel.givesSupport} = true', choices: lifeAreas },
            { type: 'boolean', name: 'worriesAboutPerson', title: 'Oroar sig för den enskilde' },
            { type: 'boolean', name: 'livesWithPerson', title: 'Bor med den enskilde' },
            { type: 'boolean', name: 'isChild', title: 'Under 18 år' },
            { type: 'boolean', name: 'isRepresentative', title: 'Är god man, förvaltare eller annan ställföreträdare' },
            {
              type: 'dropdown',
              name: 'representativeKind',
              title: 'Slag av ställföreträdare',
              visibleIf: '{panel.isRepresentative} = true',
              choices: [
                { value: 'godMan', text: 'God man' },
                { value: 'forvaltare', text: 'Förvaltare' },
                { value: 'other', text: 'Annan' },
              ],
            },
            { type: 'text', name: 'mandate', title: 'Uppdraget', visibleIf: '{panel.isRepresentative} = true', requiredIf: '{panel.isRepresentative} = true' },
            { type: 'boolean', name: 'coversPersonalMatters', title: 'Omfattar att sörja för person', visibleIf: '{panel.isRepresentative} = true' },
            { type: 'comment', name: 'contact', title: 'Kontaktuppgifter' },
            { type: 'boolean', name: 'informedOfPossibility', title: 'Informerad om att hen kan delta om den enskilde samtycker' },
            { type: 'boolean', name: 'asked', title: 'Den enskilde har tillfrågats' },
            { type: 'radiogroup', name: 'participate', title: 'Samtycke: delta i utredningen', visibleIf: '{panel.asked} = true', choices: consentAnswer },
            { type: 'radiogroup', name: 'provideInformation', title: 'Samtycke: lämna uppgifter', visibleIf: '{panel.asked} = true', choices: consentAnswer },
            { type: 'radiogroup', name: 'shareWithProvider', title: 'Samtycke: dela med utföraren', visibleIf: '{panel.asked} = true', choices: consentAnswer },
            { type: 'radiogroup', name: 'participateInFollowUp', title: 'Samtycke: delta i uppföljningen', visibleIf: '{panel.asked} = true', choices: consentAnswer },
            { type: 'boolean', name: 'violenceConcern', title: 'Oro för våld eller annan skada i relationen' },
            { type: 'comment', name: 'violenceDescription', title: 'Beskriv oron', visibleIf: '{panel.violenceConcern} = true', requiredIf: '{panel.violenceConcern} = true' },
            { type: 'comment', name: 'violenceJudgement', title: 'Bedömning', visibleIf: '{panel.violenceConcern} = true' },
            { type: 'boolean', name: 'violenceAllowsParticipation', title: 'Bedömningen tillåter deltagande', visibleIf: "{panel.violenceJudgement} notempty" },
          ],
        },
      ],
    },
    {
      name: 'equip',
      title: 'Steg 2 av 6: Om den enskilde inte accepterar involvering',
      visibleIf: "countInArray({relatives}, 'name', {participate} = 'declined') > 0",
      elements: [
        relativesView('equipRelatives', 'Anhöriga som inte deltar', "{panel.participate} = 'declined'", [
          { type: 'checkbox', name: 'informationGiven', title: 'Information som getts', choices: INFORMATION_ITEMS.map((i) => ({ value: i, text: i })) },
          { type: 'text', name: 'informationDate', title: 'Datum', inputType: 'date' },
          { type: 'dropdown', name: 'informationChannel', title: 'Hur', choices: channel },
          { type: 'text', name: 'referredToAnhorigkonsulent', title: 'Hänvisad till anhörigkonsulent', inputType: 'date' },
          { type: 'boolean', name: 'helpWithContactOffered', title: 'Erbjuden hjälp att ta kontakt' },
          { type: 'radiogroup', name: 'ownConversation', title: 'Eget samtal', choices: [{ value: 'accepted', text: 'Tackade ja' }, { value: 'declined', text: 'Tackade nej' }, { value: 'undecided', text: 'Inte bestämt' }] },
          { type: 'comment', name: 'ownSupportNeed', title: 'Egna behov av stöd' },
          { type: 'boolean', name: 'appliesForSupport', title: 'Vill ansöka om eget stöd', visibleIf: '{panel.ownSupportNeed} notempty' },
        ]),
      ],
    },
    {
      name: 'involve',
      title: 'Steg 3 av 6: Om den enskilde accepterar involvering',
      visibleIf: "countInArray({relatives}, 'name', {participate} = 'given') > 0",
      elements: [
        {
          type: 'checkbox',
          name: 'expressionNeeds',
          title: 'Behöver den enskilde stöd för att uttrycka sin vilja?',
          choices: [
            { value: 'communication', text: 'Kommunikation' },
            { value: 'understandingInformation', text: 'Förstå information' },
            { value: 'formulatingNeeds', text: 'Formulera behov' },
            { value: 'valuingOptions', text: 'Värdera alternativ' },
          ],
        },
        { type: 'comment', name: 'caseworkerReflection', title: 'Egen reflektion', visibleIf: '{expressionNeeds} notempty' },
        relativesView('involveRelatives', 'Anhöriga som deltar', involved, [
          {
            type: 'radiogroup',
            name: 'meetingFormat',
            title: 'Möten',
            choices: [
              // C4: no joint meeting while a violence concern has no judgement allowing participation.
              { value: 'joint', text: 'Gemensamt möte', visibleIf: '{panel.violenceConcern} <> true or {panel.violenceAllowsParticipation} = true' },
              { value: 'separate', text: 'Separata möten' },
            ],
          },
          { type: 'boolean', name: 'personWantsCompany', title: 'Den enskilde vill ha sällskap' },
          { type: 'comment', name: 'companyNote', title: 'Vem och hur', visibleIf: '{panel.personWantsCompany} = true' },
          { type: 'text', name: 'interpreterForPerson', title: 'Tolk för den enskilde' },
          { type: 'comment', name: 'communicationSupportForPerson', title: 'Kommunikationsstöd för den enskilde' },
          { type: 'text', name: 'interpreterForRelative', title: 'Tolk för den anhöriga' },
          { type: 'comment', name: 'communicationSupportForRelative', title: 'Kommunikationsstöd för den anhöriga' },
          { type: 'text', name: 'invitationSentAt', title: 'Kallelse skickad', inputType: 'date' },
        ]),
      ],
    },
    {
      name: 'gather',
      title: 'Steg 4 av 6: Inhämta uppgifter',
      elements: [
        {
          type: 'matrixdynamic',
          name: 'statements',
          title: 'Uppgifter per livsområde',
          cellType: 'dropdown',
          addRowText: 'Lägg till uppgift',
          columns: [
            { name: 'lifeAreaId', title: 'Livsområde', cellType: 'dropdown', choices: lifeAreas, isRequired: true },
            { name: 'kind', title: 'Slag', cellType: 'dropdown', choices: STATEMENT_KINDS.map((k) => ({ value: k, text: k })), isRequired: true },
            { name: 'text', title: 'Uppgift', cellType: 'comment', isRequired: true },
            { name: 'source', title: 'Källa', cellType: 'text' },
            { name: 'basis', title: 'Grund', cellType: 'dropdown', choices: [{ value: 'own', text: 'Egen' }, { value: 'consent', text: 'Samtycke' }, { value: 'volunteered', text: 'Oombedd' }] },
            { name: 'toPersonalFile', title: 'Till personakt', cellType: 'boolean' },
            // C10, as far as an expression goes: a statement for the personal file must be confirmed.
            { name: 'qualityConfirmed', title: 'Saklig och relevant', cellType: 'boolean', requiredIf: '{row.toPersonalFile} = true' },
            { name: 'checkedWithPerson', title: 'Stämt av med den enskilde', cellType: 'boolean' },
          ],
        },
        relativesView('stances', 'Anhörigas inställning', involved, [
          { type: 'radiogroup', name: 'wantsToGiveSupport', title: 'Vill ge stöd', choices: yesNoUnknown },
          { type: 'radiogroup', name: 'canGiveSupport', title: 'Kan ge stöd', choices: yesNoUnknown },
          { type: 'radiogroup', name: 'personWantsSupportFromRelative', title: 'Den enskilde vill ha stödet', choices: yesNoUnknown },
          { type: 'checkbox', name: 'stanceLifeAreas', title: 'Livsområden', choices: lifeAreas },
        ]),
        {
          type: 'paneldynamic',
          name: 'indirectSupport',
          title: 'Insatser som också avlastar en anhörig',
          displayMode: 'list',
          templateElements: [
            { type: 'dropdown', name: 'supportTypeId', title: 'Insats', choices: supportTypes, isRequired: true },
            { type: 'dropdown', name: 'lifeAreaId', title: 'Livsområde', choices: lifeAreas, isRequired: true },
            { type: 'text', name: 'relativeName', title: 'Anhörig' },
            { type: 'comment', name: 'personView', title: 'Den enskildes syn' },
            { type: 'comment', name: 'relativeView', title: 'Den anhörigas syn' },
            { type: 'boolean', name: 'agreed', title: 'De är överens' },
            { type: 'comment', name: 'continuedSearch', title: 'Fortsatt sökande efter lösning', visibleIf: '{panel.agreed} = false' },
            { type: 'comment', name: 'goal', title: 'Mål för avlastningen' },
          ],
        },
      ],
    },
    {
      name: 'assessment',
      title: 'Bedöma och besluta',
      elements: [
        { type: 'comment', name: 'needsAssessment', title: 'Bedömning av behov', isRequired: true },
        { type: 'text', name: 'decidedAt', title: 'Beslutsdatum', inputType: 'date' },
        {
          type: 'matrixdynamic',
          name: 'decisions',
          title: 'Beslut',
          addRowText: 'Lägg till beslut',
          columns: [
            { name: 'lifeAreaId', title: 'Livsområde', cellType: 'dropdown', choices: lifeAreas, isRequired: true },
            { name: 'supportTypeId', title: 'Insats', cellType: 'dropdown', choices: supportTypes, isRequired: true },
            { name: 'outcome', title: 'Beslut', cellType: 'dropdown', choices: [{ value: 'granted', text: 'Bifall' }, { value: 'refused', text: 'Avslag' }], isRequired: true },
            { name: 'extent', title: 'Omfattning', cellType: 'text' },
            // M3: a granted support needs a goal.
            { name: 'goal', title: 'Mål', cellType: 'comment', requiredIf: "{row.outcome} = 'granted'" },
          ],
        },
      ],
    },
    {
      name: 'assignment',
      title: 'Steg 5 av 6: Utforma uppdraget till utförare',
      elements: [
        { type: 'comment', name: 'followUpHow', title: 'Hur insatsen följs upp', isRequired: true },
        { type: 'text', name: 'followUpWhen', title: 'När', inputType: 'date' },
        // C7 as visibility only: the relative's part in the assignment needs consent to share.
        relativesView('assignmentRelatives', 'Anhöriga i uppdraget', "{panel.shareWithProvider} = 'given'", [
          { type: 'comment', name: 'relativeWish', title: 'Hur den anhöriga vill samverka med utföraren' },
          { type: 'comment', name: 'personWish', title: 'Hur den enskilde vill ha samverkan' },
          { type: 'boolean', name: 'inPlanning', title: 'Deltar i planeringen' },
          { type: 'boolean', name: 'inFollowUp', title: 'Deltar i uppföljningen' },
          { type: 'comment', name: 'providerView', title: 'Den anhörigas syn på hur stödet ska ges' },
        ]),
      ],
    },
    {
      name: 'followUp',
      title: 'Steg 6 av 6: Följa upp',
      elements: [
        { type: 'radiogroup', name: 'supportGiven', title: 'Har den enskilde fått stödet?', choices: yesNoUnknown },
        { type: 'comment', name: 'qualityView', title: 'Den enskildes syn på kvaliteten' },
        relativesView('followUpRelatives', 'Anhöriga vid uppföljningen', involved, [
          { type: 'radiogroup', name: 'stillWantsSupport', title: 'Vill den enskilde fortfarande ha stöd från den anhöriga?', choices: yesNoUnknown },
          // C8 as visibility only.
          { type: 'comment', name: 'followUpView', title: 'Den anhörigas syn', visibleIf: "{panel.participateInFollowUp} = 'given'" },
        ]),
        {
          type: 'checkbox',
          name: 'outcomeActions',
          title: 'Vad händer nu?',
          choices: ['newInvestigation', 'relativeOwnSupport', 'updatedAssignment', 'contactProvider', 'none'].map((v) => ({ value: v, text: v })),
        },
      ],
    },
  ],
};

export const SURVEY_PAGES = surveyJson.pages.map((p) => p.name);

/** The record as SurveyJS data (question names above), so both forms show the same content. */
export const toSurveyData = (record: InvestigationRecord, relativeRecords: readonly RelativeRecord[] = []): Record<string, unknown> => JSON.parse(JSON.stringify(surveyData(record, relativeRecords))) as Record<string, unknown>;

const surveyData = (record: InvestigationRecord, relativeRecords: readonly RelativeRecord[]) => {
  const consent = (relativeId: string, scope: string) => {
    const c = record.consents.filter((k) => k.relativeId === relativeId && k.scope === scope && k.givenBy !== 'relative').at(-1);
    return c && c.status !== 'withdrawn' ? c.status : undefined;
  };
  return {
    canTakePosition: record.person.canTakePosition,
    applicationConcernsRelative: record.applicationConcernsRelative,
    relatives: record.relatives.map((r) => {
      const plan = record.meetingPlans.find((p) => p.relativeId === r.id);
      const stance = record.stances.find((s) => s.relativeId === r.id);
      const own = relativeRecords.find((k) => k.relativeId === r.id);
      const collaboration = record.assignmentPlan?.collaboration.find((c) => c.relativeId === r.id);
      const participation = record.assignmentPlan?.participation.find((c) => c.relativeId === r.id);
      return {
        name: r.name,
        chosenName: r.chosenName,
        pronouns: r.pronouns,
        relation: r.relation,
        givesSupport: r.givesSupport,
        supportLifeAreas: r.supportLifeAreas,
        worriesAboutPerson: r.worriesAboutPerson,
        livesWithPerson: r.livesWithPerson,
        isChild: r.isChild,
        isRepresentative: r.legalRepresentative !== undefined,
        representativeKind: r.legalRepresentative?.kind,
        mandate: r.legalRepresentative?.mandate,
        coversPersonalMatters: r.legalRepresentative?.coversPersonalMatters,
        contact: r.contact,
        informedOfPossibility: r.informedOfPossibility,
        asked: r.involvementAskedAt !== undefined,
        participate: consent(r.id, 'participate'),
        provideInformation: consent(r.id, 'provideInformation'),
        shareWithProvider: consent(r.id, 'shareWithProvider'),
        participateInFollowUp: consent(r.id, 'participateInFollowUp'),
        violenceConcern: r.violenceConcern !== undefined,
        violenceDescription: r.violenceConcern?.description,
        violenceJudgement: r.violenceConcern?.judgement?.text,
        violenceAllowsParticipation: r.violenceConcern?.judgement?.allowsParticipation,
        informationGiven: own?.informationGiven.length ? ['supportOffers'] : undefined,
        informationDate: own?.informationGiven[0]?.date,
        informationChannel: own?.informationGiven[0]?.channel,
        referredToAnhorigkonsulent: own?.referredToAnhorigkonsulent,
        helpWithContactOffered: own?.helpWithContactOffered,
        meetingFormat: plan?.format,
        personWantsCompany: plan?.personWantsCompany,
        companyNote: plan?.companyNote,
        interpreterForPerson: plan?.interpreterForPerson,
        interpreterForRelative: plan?.interpreterForRelative,
        invitationSentAt: plan?.invitationSentAt,
        wantsToGiveSupport: stance?.wantsToGiveSupport,
        canGiveSupport: stance?.canGiveSupport,
        personWantsSupportFromRelative: stance?.personWantsSupportFromRelative,
        stanceLifeAreas: stance?.lifeAreaIds,
        relativeWish: collaboration?.relativeWish,
        personWish: collaboration?.personWish,
        inPlanning: participation?.inPlanning,
        inFollowUp: participation?.inFollowUp,
        providerView: record.assignmentPlan?.relativeViews.find((v) => v.relativeId === r.id)?.view,
      };
    }),
    expressionNeeds: record.expressionSupport?.needs,
    statements: record.statements.map((s) => ({
      lifeAreaId: s.lifeAreaId,
      kind: s.kind,
      text: s.text,
      source: s.source.kind === 'relative' ? record.relatives.find((r) => r.id === (s.source as { relativeId: string }).relativeId)?.name : s.source.kind,
      basis: s.basis.kind,
      toPersonalFile: s.toPersonalFile,
      qualityConfirmed: s.qualityConfirmed,
      checkedWithPerson: s.checkedWithPerson,
    })),
    indirectSupport: record.indirectSupport.map((p) => ({
      supportTypeId: p.supportTypeId,
      lifeAreaId: p.lifeAreaId,
      relativeName: record.relatives.find((r) => r.id === p.relativeId)?.name,
      personView: p.personView,
      relativeView: p.relativeView,
      agreed: p.continuedSearch === undefined,
      continuedSearch: p.continuedSearch,
      goal: p.goal,
    })),
    needsAssessment: record.assessment?.needsAssessment,
    decidedAt: record.assessment?.decidedAt,
    decisions: record.assessment?.decisions.map((d) => ({ lifeAreaId: d.lifeAreaId, supportTypeId: d.supportTypeId, outcome: d.outcome, extent: d.extent, goal: d.goal })),
    followUpHow: record.assignmentPlan?.followUpHow,
    followUpWhen: record.assignmentPlan?.followUpWhen,
  };
};
