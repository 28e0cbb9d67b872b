/**
 * <anhorig-report> in real Chromium: tables with captions and charts hidden from assistive
 * technology, axe-clean in Swedish and English, the breakdown chosen by keyboard, a computed report,
 * bad input, and every story rendered and checked with axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '@anhorig/report/element';
import { computeReport, type Report } from '@anhorig/report';
import type { AnhorigReport } from '@anhorig/report/element';
import { generateCases } from '../../../../stories/report/generate-records.js';
import * as stories from '../../../../stories/report/anhorig-report.stories.js';

const cases = generateCases(60, 1);
const records = cases.map((c) => c.record);
const relativeRecords = cases.flatMap((c) => c.relativeRecords);

const mount = async (props: Partial<AnhorigReport>, lang = 'sv'): Promise<AnhorigReport> => {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('anhorig-report') as AnhorigReport;
  Object.assign(el, props);
  holder.append(el);
  await el.updateComplete;
  return el;
};

const captions = (el: AnhorigReport) => [...el.shadowRoot!.querySelectorAll('caption')].map((c) => c.textContent!.trim());

describe('<anhorig-report>', () => {
  it('shows each table with its caption and a chart hidden from assistive technology, and passes axe (Swedish)', async () => {
    const el = await mount({ records, relativeRecords, from: '2026-01-01', to: '2026-12-31' });
    const tables = el.shadowRoot!.querySelectorAll('table');
    expect(tables.length).to.be.greaterThan(6);
    expect(el.shadowRoot!.querySelectorAll('svg[aria-hidden="true"]').length).to.equal(tables.length);
    expect(captions(el)).to.include('Anhöriga och den enskildes beslut, efter den anhörigas kön');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Uppföljning av stödet till anhöriga');
    expect(el.shadowRoot!.textContent).to.include('< 5');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en" and passes axe', async () => {
    const el = await mount({ records, relativeRecords, from: '2026-01', to: '2026-12' }, 'en');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Follow-up of support to relatives');
    expect(captions(el)).to.include("Relatives and the person's decision, by the relative's gender");
    await expect(el).to.be.accessible();
  });

  it('changes the breakdown by keyboard (Tab to the choice, arrow keys)', async () => {
    const el = await mount({ records, relativeRecords, from: '2026-01-01', to: '2026-12-31' });
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.dimension).to.equal('ageBand');
    expect(captions(el)).to.include('Anhöriga och den enskildes beslut, efter den anhörigas ålder');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(captions(el)).to.include('Anhöriga och den enskildes beslut, efter relation');
    // Tables that scroll sideways can be reached by keyboard.
    expect(el.shadowRoot!.querySelector('.table-wrap')!.getAttribute('tabindex')).to.equal('0');
  });

  it('shows a report computed elsewhere, and never a count below 5', async () => {
    const report: Report = computeReport({ records, relativeRecords, from: '2026-01', to: '2026-12' });
    const el = await mount({ report });
    const numbers = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent!.trim()).filter((t) => /^\d+$/.test(t.replace(/\s/g, '')));
    expect(numbers.length).to.be.greaterThan(0);
    for (const n of numbers) expect(Number(n.replace(/\s/g, ''))).to.be.at.least(5);
  });

  it('says why when the period is not whole months, and counts documents it cannot read', async () => {
    const bad = await mount({ records, relativeRecords, from: '2026-01-15', to: '2026-12-31' });
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('första dagen i en månad');
    const some = await mount({ records: [...records, { documentType: 'investigation', schemaVersion: 2 }], relativeRecords, from: '2026-01', to: '2026-12' });
    expect(some.shadowRoot!.textContent).to.include('1 dokument kunde inte läsas');
  });
});

type Args = Record<string, unknown>;
interface StoryAnnotations { args?: Args; render?: (args: Args) => unknown }

describe('stories: anhorig-report', () => {
  const { default: meta, ...all } = stories as unknown as { default: StoryAnnotations } & Record<string, StoryAnnotations>;
  for (const [name, story] of Object.entries(all)) {
    it(`${name} renders and passes axe`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      render((story.render ?? meta.render)!({ ...meta.args, ...story.args }) as never, container);
      const el = container.querySelector('anhorig-report') as AnhorigReport;
      await el.updateComplete;
      if (name === 'BadPeriod') expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      else expect(el.shadowRoot!.querySelectorAll('table').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }
});
