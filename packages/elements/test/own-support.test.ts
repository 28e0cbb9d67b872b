import { expect } from '@open-wc/testing';
import '../src/own-support/define.js';
import type { AnhorigOwnSupport } from '../src/own-support/anhorig-own-support.js';
import type { AnhorigChangeDetail } from '../src/events/events.js';
import { makeRecord, withRelative } from '../../core/test/fixtures/records.js';
import { byRole, deepElements, mount, openDisclosure, press, settle, testCatalogue, textOf, TODAY, typeInto } from './helpers.js';

const catalogue = {
  ...testCatalogue,
  ownSupportOffers: [
    { id: 'samtalsstod', kind: 'general' as const, name: 'Samtalsstöd för anhöriga', description: 'Enskilda samtal med anhörigkonsulenten.' },
    { id: 'bistand', kind: 'application' as const, name: 'Ansökan om bistånd för egen del', description: 'Ansökan görs i den anhörigas hemkommun.' },
  ],
};

const mountOwnSupport = async (attributes: Record<string, string> = {}) => {
  const mounted = await mount<AnhorigOwnSupport>('anhorig-own-support', { record: withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }), catalogue });
  mounted.el.setAttribute('relative-id', 'eva');
  for (const [name, value] of Object.entries(attributes)) mounted.el.setAttribute(name, value);
  await settle(mounted.el);
  return mounted;
};

const headings = (el: HTMLElement) => deepElements(el).filter((e) => /^H[1-6]$/.test(e.tagName)).map((e) => `${e.tagName} ${e.textContent?.trim()}`);

describe('<anhorig-own-support>', () => {
  it('structure: one heading for the section (h4); the form to add a need is a disclosure under it, named after the relative', async () => {
    const { el } = await mountOwnSupport();
    expect(headings(el)).to.deep.equal(['H4 Stöd för egen del – Eva Andersson']);
    const summary = deepElements(el).find((e) => e.tagName === 'SUMMARY')!;
    expect(summary.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Dokumentera ett behov av stöd för egen del för Eva Andersson');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('structure: heading-level moves the outline to where the element is shown (an h5 under a caller’s h4), and the error summary one level below it', async () => {
    const { el } = await mountOwnSupport({ 'heading-level': '5' });
    expect(headings(el)).to.deep.equal(['H5 Stöd för egen del – Eva Andersson']);
    await openDisclosure(el, /^Dokumentera ett behov/);
    await press(byRole(el, 'button', 'Lägg till behovet'));
    await settle(el);
    expect(headings(el)[1]).to.match(/^H6 /);
  });

  it('C12: a need is recorded in the relative’s own record; its groups and list name the relative', async () => {
    const { el, of } = await mountOwnSupport();
    await openDisclosure(el, /^Dokumentera ett behov/);
    await typeInto(byRole(el, 'textbox', 'Vad behöver den anhöriga stöd med?'), 'Avlastning och någon att prata med.');
    await press(byRole(byRole(el, 'group', 'Vad erbjöd du Eva Andersson?'), 'checkbox', 'Hänvisning, till exempel till anhörigkonsulenten'));
    await press(byRole(byRole(el, 'group', 'Vilka av kommunens stödformer nämnde du för Eva Andersson? (frivilligt)'), 'checkbox', 'Samtalsstöd för anhöriga'));
    await press(byRole(el, 'button', 'Lägg till behovet'));
    await settle(el);
    const own = of<AnhorigChangeDetail>('anhorig-change').at(-1)?.detail.relativeRecords.find((r) => r.relativeId === 'eva');
    expect(own?.ownSupportNeeds[0]).to.deep.include({ description: 'Avlastning och någon att prata med.', offered: ['referral'], offerIds: ['samtalsstod'] });
    expect(el.shadowRoot!.querySelector('ul.needs')?.getAttribute('aria-label')).to.equal('Dokumenterade behov av stöd för egen del för Eva Andersson');
    expect(textOf(el)).to.match(/Verksamhetssystemet/).and.not.to.match(/ärendesystemet/i);
    await expect(el).to.be.accessible();
  });
});

describe('<anhorig-own-support>: several on one page', () => {
  it('structure: one per relative side by side pass axe (no repeated landmark), and a refusal’s summary sits below the heading', async () => {
    const { el } = await mountOwnSupport();
    await openDisclosure(el, /^Dokumentera ett behov/);
    await press(byRole(el, 'button', 'Lägg till behovet'));
    await settle(el);
    const alert = byRole(el, 'alert');
    expect(alert.querySelector('h6, h5')?.tagName, 'below the section’s h4').to.equal('H5');
    const second = Object.assign(document.createElement('anhorig-own-support'), {
      record: withRelative(withRelative(makeRecord(), { id: 'eva', name: 'Eva Andersson' }), { id: 'olle', name: 'Olle Berg' }),
      catalogue,
      today: TODAY,
    });
    second.setAttribute('relative-id', 'olle');
    el.parentElement!.append(second);
    await settle(second);
    expect(byRole(second, 'button', 'Lägg till behovet')).to.exist;
    await expect(el.parentElement!).to.be.accessible();
  });
});
