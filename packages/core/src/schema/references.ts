/**
 * Checks that the parts of a record point at each other correctly: unique ids, no statement or
 * consent naming a relative that does not exist, no basis naming a missing consent. A shape-valid
 * record with a dangling reference would otherwise leak into output unnoticed.
 */
import type { InvestigationRecord } from './investigation.js';
import type { Catalogue } from './catalogue.js';
import type { ValidationIssue } from './validate.js';
import type { ReferenceParams } from '../messages/codes.js';

const issue = (path: string, params: ReferenceParams): ValidationIssue => ({ path, code: 'reference', params });

const duplicates = (items: readonly { id: string }[], path: string): ValidationIssue[] => {
  const seen = new Set<string>();
  const found: ValidationIssue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) found.push(issue(`${path}.${index}.id`, { rule: 'duplicateId', id: item.id }));
    seen.add(item.id);
  });
  return found;
};

export const findReferenceIssues = (record: InvestigationRecord): ValidationIssue[] => {
  const relativeIds = new Set(record.relatives.map((r) => r.id));
  const consentIds = new Set(record.consents.map((c) => c.id));
  const proposalIds = new Set(record.indirectSupport.map((p) => p.id));
  const decisionIds = new Set(record.assessment?.decisions.map((d) => d.id) ?? []);
  const retired = new Set(record.retiredIds);
  const found: ValidationIssue[] = [
    ...duplicates(record.relatives, 'relatives'),
    ...duplicates(record.consents, 'consents'),
    ...duplicates(record.statements, 'statements'),
    ...duplicates(record.indirectSupport, 'indirectSupport'),
    ...duplicates(record.informationLog, 'informationLog'),
    ...duplicates(record.plannedContacts, 'plannedContacts'),
    ...duplicates(record.assessment?.decisions ?? [], 'assessment.decisions'),
    ...duplicates(record.assignments, 'assignments'),
  ];
  const relative = (relativeId: string | undefined, path: string) => {
    if (relativeId !== undefined && !relativeIds.has(relativeId))
      found.push(issue(path, { rule: 'unknownRelative', id: relativeId }));
  };
  const consent = (consentId: string, path: string) => {
    if (!consentIds.has(consentId)) found.push(issue(path, { rule: 'unknownConsent', id: consentId }));
  };

  record.consents.forEach((c, i) => {
    relative(c.relativeId, `consents.${i}.relativeId`);
    // T1: a person-side consent says under which situation it was given; the relative's own does not.
    if ((c.givenBy === 'relative') === (c.givenUnder !== undefined))
      found.push(issue(`consents.${i}.givenUnder`, c.givenBy === 'relative' ? { rule: 'relativeConsentWithSituation' } : { rule: 'consentSituationMissing' }));
    if (c.givenUnder?.representativeId !== undefined) relative(c.givenUnder.representativeId, `consents.${i}.givenUnder.representativeId`);
    for (const key of ['seq', 'withdrawnSeq'] as const) {
      const n = c[key];
      if (n !== undefined && n > record.sequence) found.push(issue(`consents.${i}.${key}`, { rule: 'consentSeq' }));
    }
    if (c.withdrawnSeq !== undefined && c.withdrawnAt === undefined)
      found.push(issue(`consents.${i}.withdrawnSeq`, { rule: 'withdrawnSeqWithoutDate' }));
  });
  record.relatives.forEach((r, i) => {
    if (!r.isRelative && !r.legalRepresentative)
      found.push(issue(`relatives.${i}.isRelative`, { rule: 'representativeWithoutMandate' }));
    if (r.ageBand !== undefined && (r.ageBand === 'under18') !== r.isChild)
      found.push(issue(`relatives.${i}.ageBand`, { rule: 'ageBand' }));
    if (retired.has(r.id)) found.push(issue(`relatives.${i}.id`, { rule: 'retiredId', id: r.id }));
  });
  const ownIds = new Set<string>();
  record.relatives.forEach((r, i) => {
    if (r.ownRecordId === undefined) return;
    if (ownIds.has(r.ownRecordId)) found.push(issue(`relatives.${i}.ownRecordId`, { rule: 'duplicateId', id: r.ownRecordId }));
    ownIds.add(r.ownRecordId);
  });
  record.meetingPlans.forEach((m, i) => relative(m.relativeId, `meetingPlans.${i}.relativeId`));
  record.stances.forEach((s, i) => relative(s.relativeId, `stances.${i}.relativeId`));
  record.indirectSupport.forEach((p, i) => relative(p.relativeId, `indirectSupport.${i}.relativeId`));
  record.informationLog.forEach((e, i) => relative(e.relativeId, `informationLog.${i}.relativeId`));
  record.plannedContacts.forEach((p, i) => {
    relative(p.relativeId, `plannedContacts.${i}.relativeId`);
    consent(p.consentId, `plannedContacts.${i}.consentId`);
  });
  relative(record.expressionSupport?.supporterRelativeId, 'expressionSupport.supporterRelativeId');
  record.statements.forEach((s, i) => {
    if (s.source.kind === 'relative') relative(s.source.relativeId, `statements.${i}.source.relativeId`);
    if ((s.kind === 'promptAnswer') !== (s.promptId !== undefined))
      found.push(issue(`statements.${i}.promptId`, { rule: 'promptId' }));
    if (s.migratedFrom === undefined && (s.recordedAt === undefined || s.recordedBy === undefined))
      found.push(issue(`statements.${i}.recordedAt`, { rule: 'statementUnrecorded' }));
    if (s.basis.kind === 'notRecorded' && (s.migratedFrom === undefined || s.source.kind !== 'relative'))
      found.push(issue(`statements.${i}.basis`, { rule: 'notRecordedBasis' }));
    if (s.seq !== undefined && s.seq > record.sequence) found.push(issue(`statements.${i}.seq`, { rule: 'statementSeq' }));
    if (s.basis.kind === 'consent') consent(s.basis.consentId, `statements.${i}.basis.consentId`);
    if (s.source.kind === 'person' && s.basis.kind !== 'own')
      found.push(issue(`statements.${i}.basis`, { rule: 'personBasis' }));
    if (s.source.kind !== 'person' && s.basis.kind === 'own')
      found.push(issue(`statements.${i}.basis`, { rule: 'otherBasis' }));
  });
  record.assessment?.decisions.forEach((d, i) => {
    if (d.indirectSupportId !== undefined && !proposalIds.has(d.indirectSupportId))
      found.push(issue(`assessment.decisions.${i}.indirectSupportId`, { rule: 'unknownProposal', id: d.indirectSupportId }));
  });
  const plan = record.assignmentPlan;
  plan?.collaboration.forEach((c, i) => relative(c.relativeId, `assignmentPlan.collaboration.${i}.relativeId`));
  plan?.participation.forEach((c, i) => relative(c.relativeId, `assignmentPlan.participation.${i}.relativeId`));
  plan?.relativeViews.forEach((c, i) => relative(c.relativeId, `assignmentPlan.relativeViews.${i}.relativeId`));
  record.followUp?.invitations.forEach((v, i) => relative(v.relativeId, `followUp.invitations.${i}.relativeId`));
  record.followUp?.relativeViews.forEach((v, i) => {
    relative(v.relativeId, `followUp.relativeViews.${i}.relativeId`);
    consent(v.consentId, `followUp.relativeViews.${i}.consentId`);
    v.goalResults.forEach((g, j) => {
      if (!decisionIds.has(g.decisionId))
        found.push(issue(`followUp.relativeViews.${i}.goalResults.${j}.decisionId`, { rule: 'unknownDecision', id: g.decisionId }));
    });
  });
  return found;
};

/** Ids the record uses that the catalogue must define (a municipality may have removed one). */
export const findCatalogueIssues = (record: InvestigationRecord, catalogue: Catalogue): ValidationIssue[] => {
  const lifeAreas = new Set(catalogue.lifeAreas.map((a) => a.id));
  const supportTypes = new Set(catalogue.supportTypes.map((s) => s.id));
  const found: ValidationIssue[] = [];
  const lifeArea = (lifeAreaId: string, path: string) => {
    if (!lifeAreas.has(lifeAreaId))
      found.push(issue(path, { rule: 'catalogueLifeArea', id: lifeAreaId }));
  };
  const supportType = (supportTypeId: string, path: string) => {
    if (!supportTypes.has(supportTypeId))
      found.push(issue(path, { rule: 'catalogueSupportType', id: supportTypeId }));
  };
  record.relatives.forEach((r, i) => r.supportLifeAreas.forEach((a, j) => lifeArea(a, `relatives.${i}.supportLifeAreas.${j}`)));
  record.statements.forEach((s, i) => s.lifeAreaId !== undefined && lifeArea(s.lifeAreaId, `statements.${i}.lifeAreaId`));
  record.indirectSupport.forEach((p, i) => {
    lifeArea(p.lifeAreaId, `indirectSupport.${i}.lifeAreaId`);
    supportType(p.supportTypeId, `indirectSupport.${i}.supportTypeId`);
  });
  record.assessment?.decisions.forEach((d, i) => {
    lifeArea(d.lifeAreaId, `assessment.decisions.${i}.lifeAreaId`);
    supportType(d.supportTypeId, `assessment.decisions.${i}.supportTypeId`);
  });
  return found;
};
