/**
 * The whole investigation by keyboard alone (tests/browser/flows/full-flow.ts): focus moves only
 * with Tab / Shift+Tab. Every step change lands focus on the new step heading and is announced in
 * the polite live region; axe passes in every step; the documents the host receives are complete
 * and valid.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateRecord, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import { mount } from '../../packages/elements/test/helpers.js';
import { scenarios, SCENARIO_TODAY } from '../../stories/scenarios.js';
import { runFullFlow, STEP_HEADINGS, TYPED, type StepObservation } from './flows/full-flow.js';
import type { Keyboard } from './flows/keyboard.js';

describe('keyboard only: the whole investigation', () => {
  let events: CustomEvent[] = [];
  const observations: StepObservation[] = [];
  const axeFailures: string[] = [];
  let keys: Keyboard['stats'] | undefined;
  let duration = 0;

  before(async function () {
    this.timeout(90_000);
    const { el } = await mount<AnhorigInvestigation>('anhorig-investigation', {
      ...scenarios.emptyStart(),
      catalogue: undefined,
      today: SCENARIO_TODAY,
    });
    const started = performance.now();
    events = await runFullFlow(el, sendKeys, {
      onKeyboard: (kb) => (keys = kb.stats),
      onStep: async (observation) => {
        observations.push(observation);
        try {
          await expect(el).to.be.accessible();
        } catch (error) {
          axeFailures.push(`${observation.heading}: ${(error as Error).message}`);
        }
      },
    });
    duration = performance.now() - started;
    // Visible in the runner's output: how much the keyboard-only flow costs.
    console.log(`keyboard flow: ${Math.round(duration)} ms, ${keys?.tab} Tab/Shift+Tab, ${keys?.other} other keys`);
  });

  const of = <T>(type: string) => events.filter((e) => e.type === type) as CustomEvent<T>[];

  it('completes once, with outcome "assigned" and a record that passes validateRecord', () => {
    const complete = of<{ record: InvestigationRecord; outcome: string }>('anhorig-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail.outcome).to.equal('assigned');
    const checked = validateRecord(complete[0]!.detail.record);
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.issues)).to.equal(true);
    expect(of('anhorig-assignment-issued')).to.have.length(1);
    expect(of('anhorig-error')).to.have.length(0);
  });

  it('the last anhorig-change carries both relatives, Eva’s consents and Olle’s own record', () => {
    const last = of<{ record: InvestigationRecord; relativeRecords: RelativeRecord[]; valid: boolean }>('anhorig-change').at(-1)!;
    const { record, relativeRecords, valid } = last.detail;
    expect(valid).to.equal(true);
    expect(validateRecord(record).ok).to.equal(true);
    const eva = record.relatives.find((r) => r.name === TYPED.evaName)!;
    const olle = record.relatives.find((r) => r.name === TYPED.olleName)!;
    expect(eva, 'Eva').to.exist;
    expect(olle, 'Olle').to.exist;
    expect(eva).to.include({ relation: TYPED.evaRelation, givesSupport: true, livesWithPerson: true });
    expect(eva.supportLifeAreas).to.deep.equal(['d6']);
    const evaConsents = record.consents.filter((c) => c.relativeId === eva.id && c.status === 'given').map((c) => c.scope);
    expect(evaConsents).to.have.members(['participate', 'provideInformation']);
    expect(record.consents.find((c) => c.relativeId === eva.id && c.scope === 'participate')?.note).to.equal(TYPED.consentNote);
    expect(record.consents.filter((c) => c.relativeId === olle.id).map((c) => [c.scope, c.status])).to.deep.equal([['participate', 'declined']]);
    const olleOwn = relativeRecords.find((r) => r.relativeId === olle.id);
    expect(olleOwn?.informationGiven.map((i) => [i.what, i.channel])).to.deep.equal([[TYPED.olleInformation, 'meeting']]);
    expect(record.meetingPlans).to.deep.include({ ...record.meetingPlans[0], relativeId: eva.id, format: 'joint', interpreterForRelative: TYPED.evaInterpreter });
    expect(record.statements.map((s) => [s.source.kind, s.text])).to.deep.equal([
      ['person', TYPED.personStatement],
      ['relative', TYPED.evaStatement],
    ]);
    expect(record.statements[1]!.basis.kind).to.equal('consent');
    expect(record.assessment?.needsAssessment).to.equal(TYPED.needsAssessment);
    expect(record.assessment?.decisions.map((d) => [d.lifeAreaId, d.supportTypeId, d.outcome, d.goal])).to.deep.equal([
      ['d6', 'hemtjanst', 'granted', TYPED.goal],
    ]);
    expect(record.assignmentPlan?.followUpHow).to.equal(TYPED.followUpHow);
    expect(record.assignments).to.have.length(1);
    expect(record.followUp?.person.supportGiven).to.equal('yes');
    expect(record.followUp?.person.qualityView).to.equal(TYPED.qualityView);
  });

  it('every step change moves focus to the new step heading (an h2)', () => {
    const entered = observations.slice(1);
    expect(entered.map((o) => o.heading)).to.deep.equal([
      STEP_HEADINGS.equip,
      STEP_HEADINGS.involve,
      STEP_HEADINGS.gather,
      STEP_HEADINGS.assessment,
      STEP_HEADINGS.assignment,
      STEP_HEADINGS.followUp,
    ]);
    for (const o of entered) expect([o.focusedTag, o.focusedText], o.heading).to.deep.equal(['h2', o.heading]);
  });

  it('the polite live region announces every step', () => {
    for (const o of observations.slice(1)) expect(o.announced, o.heading).to.equal(`Nu visas ${o.heading}.`);
    expect(of('anhorig-step-change').map((e) => (e.detail as { step: string }).step)).to.deep.equal([
      'equip',
      'involve',
      'gather',
      'assessment',
      'assignment',
      'followUp',
    ]);
  });

  it('axe passes in every step', () => {
    expect(observations).to.have.length(7);
    expect(axeFailures).to.deep.equal([]);
  });
});
