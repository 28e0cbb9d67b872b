/**
 * Bad host input against the element (SPEC §7: bad input never crashes the element and never loses
 * data). Every entry of the corpus in tests/corpus/bad-inputs.ts is set as a property on a running
 * investigation (the corpus's valid base): no uncaught exception, the element keeps its state (same
 * step heading, a known relative still shown), exactly one new `anhorig-error` that carries the
 * untouched input and Swedish issues, and exactly one visible message (role=alert) in the element.
 * Also null / undefined for every property.
 */
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/define.js';
import type { AnhorigInvestigation } from '../../packages/elements/src/investigation/anhorig-investigation.js';
import type { AnhorigErrorDetail } from '../../packages/elements/src/events/events.js';
import { allByRole, mount, settle, textOf, type Mounted } from '../../packages/elements/test/helpers.js';
import { SCENARIO_TODAY } from '../../stories/scenarios.js';
import { badInputs, isCatalogueEntry, looksSwedish, validBase, type BadInput } from '../corpus/bad-inputs.js';

/** A huge entry that takes longer than this in the browser would be skipped (none does today). */
const HUGE_SKIP_MS = 2_000;
/** Huge entries that must always run (they must not hang). */
const ALWAYS = [/10 MB string/, /10 000 relatives/];

const KNOWN_RELATIVE = 'Eva Exempelsson';

/**
 * Uncaught errors and unhandled rejections while `run` runs. `window.onerror` is taken over for the
 * duration (mocha reports uncaught errors through it and would abort the file), so an error thrown
 * from a lifecycle callback (e.g. disconnectedCallback) becomes an assertion here instead.
 */
const uncaught = async (run: () => Promise<void> | void): Promise<string[]> => {
  const seen: string[] = [];
  const previous = window.onerror;
  window.onerror = (message) => {
    seen.push(`error: ${String(message)}`);
    return true;
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    seen.push(`unhandled rejection: ${String(e.reason)}`);
    e.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } catch (error) {
    seen.push(`thrown: ${String(error)}`);
  } finally {
    window.onerror = previous;
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
};

const mountBase = async (): Promise<Mounted<AnhorigInvestigation> & { heading: string }> => {
  const base = validBase();
  const mounted = await mount<AnhorigInvestigation>('anhorig-investigation', { ...base, today: SCENARIO_TODAY });
  const heading = mounted.el.shadowRoot!.querySelector('.content > *')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
  return { ...mounted, heading };
};

const headingOf = (el: HTMLElement) => el.shadowRoot!.querySelector('.content > *')?.shadowRoot?.querySelector('h2')?.textContent ?? '';

/** What the error event must carry as `input` for this entry, and the property to set. */
const applyEntry = (el: AnhorigInvestigation, entry: BadInput): { property: string; expected: (input: unknown) => unknown; value: unknown } => {
  if (isCatalogueEntry(entry)) {
    el.catalogue = entry.catalogue;
    return { property: 'catalogue', expected: (input) => input, value: entry.catalogue };
  }
  if ('record' in entry) {
    el.record = entry.record;
    return { property: 'record', expected: (input) => (input as { record: unknown }).record, value: entry.record };
  }
  el.relativeRecords = entry.relativeRecords as never;
  return { property: 'relativeRecords', expected: (input) => (input as { relativeRecords: unknown }).relativeRecords, value: entry.relativeRecords };
};

/** The corpus says `catalogue: undefined` is bad input; the element's documented contract (docs/integration.md) says it means the default catalogue. */
const DEFAULT_NOT_ERROR = new Set(['catalogue undefined']);

describe('bad input against <anhorig-investigation>', () => {
  it('the valid base mounts without an error, in a step, with the known relative', async () => {
    const { el, of, heading } = await mountBase();
    expect(of('anhorig-error')).to.have.length(0);
    expect(heading).to.match(/^Steg \d av 6/);
    expect(textOf(el)).to.include(KNOWN_RELATIVE);
  });

  for (const entry of badInputs) {
    if (DEFAULT_NOT_ERROR.has(entry.name)) continue;
    it(`${entry.huge ? '[huge] ' : ''}${entry.name}: refused, state kept, one error event with the input, one message`, async function () {
      this.timeout(20_000);
      const { el, of, heading } = await mountBase();
      const errorsBefore = of('anhorig-error').length;
      let applied: ReturnType<typeof applyEntry> | undefined;
      const started = performance.now();
      const thrown = await uncaught(async () => {
        applied = applyEntry(el, entry);
        await settle(el);
      });
      const ms = performance.now() - started;
      if (entry.huge && ms > HUGE_SKIP_MS && !ALWAYS.some((r) => r.test(entry.name))) this.skip();
      const after = { heading: headingOf(el), text: textOf(el), alerts: allByRole(el, 'alert').filter((a) => a.checkVisibility()) };
      const errors = of<AnhorigErrorDetail>('anhorig-error').slice(errorsBefore);

      // The handläggare's work goes on: the host moves the element (a re-layout), then removes it.
      const elsewhere = document.createElement('div');
      let moved = { heading: '', text: '' };
      const thrownOnMove = await uncaught(async () => {
        document.body.append(elsewhere);
        elsewhere.append(el);
        await settle(el);
        moved = { heading: headingOf(el), text: textOf(el) };
        elsewhere.remove();
      });

      expect(thrown, 'uncaught').to.deep.equal([]);
      expect(after.heading, 'same step').to.equal(heading);
      expect(after.text, 'a known relative is still shown').to.include(KNOWN_RELATIVE);

      expect(errors, 'one new anhorig-error').to.have.length(1);
      const { detail } = errors[0]!;
      expect(detail.source).to.equal(applied!.property === 'catalogue' ? 'catalogue' : 'record');
      expect(applied!.expected(detail.input) === applied!.value, 'the error carries the untouched input (same object)').to.equal(true);
      expect(detail.issues.length, 'issues').to.be.greaterThan(0);
      const notSwedish = detail.issues.filter((i) => !looksSwedish(i.message)).map((i) => i.message);
      expect(notSwedish, 'issues in Swedish').to.deep.equal([]);
      expect(looksSwedish(detail.message), `message in Swedish: ${detail.message}`).to.equal(true);

      expect(after.alerts, 'one visible message').to.have.length(1);
      expect(after.alerts[0]!.textContent).to.include('Uppgifter från ärendesystemet kunde inte användas');
      if (entry.huge) expect(ms, 'huge input refused in time').to.be.lessThan(5_000);

      expect(thrownOnMove, 'moving / removing the element after the refusal').to.deep.equal([]);
      expect(moved.heading, 'same step after the move').to.equal(heading);
      expect(moved.text, 'the known relative after the move').to.include(KNOWN_RELATIVE);
    });
  }
});

describe('null and undefined for every property', () => {
  const properties = ['record', 'relativeRecords', 'catalogue', 'caseworker', 'today', 'decidedSupport'] as const;
  /** Where the property is required, setting it to nothing is refused with an error event. */
  const errorExpected: Record<string, { null: boolean; undefined: boolean }> = {
    record: { null: true, undefined: true },
    // docs/integration.md: catalogue "Default: defaultCatalogue" — undefined means the default; null is not a catalogue.
    catalogue: { null: true, undefined: false },
  };

  for (const property of properties)
    for (const value of [null, undefined]) {
      it(`${property} = ${String(value)} never crashes${errorExpected[property]?.[String(value) as 'null' | 'undefined'] ? ' and fires an error event' : ''}`, async () => {
        const { el, of, heading } = await mountBase();
        const errorsBefore = of('anhorig-error').length;
        const thrown = await uncaught(async () => {
          (el as unknown as Record<string, unknown>)[property] = value;
          await settle(el);
        });
        expect(thrown, 'uncaught').to.deep.equal([]);
        expect(headingOf(el), 'same step').to.equal(heading);
        expect(textOf(el)).to.include(KNOWN_RELATIVE);
        const errors = of<AnhorigErrorDetail>('anhorig-error').slice(errorsBefore);
        if (errorExpected[property]?.[String(value) as 'null' | 'undefined']) {
          expect(errors, 'one error event').to.have.length(1);
          expect(errors[0]!.detail.source).to.equal(property);
          expect(allByRole(el, 'alert').filter((a) => a.checkVisibility()), 'one visible message').to.have.length(1);
        } else if (property === 'catalogue') expect(errors, 'undefined is the documented default catalogue, not an error').to.have.length(0);
        else expect(errors.length, 'at most one error event').to.be.at.most(1);
      });
    }

  it('null / undefined as the first record: waiting (undefined) or an error (null), never a crash', async () => {
    for (const value of [undefined, null]) {
      let mounted: Mounted<AnhorigInvestigation> | undefined;
      const thrown = await uncaught(async () => {
        mounted = await mount<AnhorigInvestigation>('anhorig-investigation', { record: value, catalogue: undefined, today: SCENARIO_TODAY });
      });
      expect(thrown).to.deep.equal([]);
      const errors = mounted!.of<AnhorigErrorDetail>('anhorig-error');
      if (value === undefined) {
        expect(errors).to.have.length(0);
        expect(textOf(mounted!.el)).to.include('Väntar på utredningen');
      } else {
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.source).to.equal('record');
      }
    }
  });
});
