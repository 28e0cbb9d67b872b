/**
 * The report's figures against a hand-counted set of 20 varied records (fixtures/hand-counted: the
 * records, and beside them the expected counts, counted by hand from the table in build.ts), and the
 * function's contract: pure, order-independent, privacy of its output, the period rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadRecord, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import { computeReport, countRecords, countsByFigure, equationsOf, PeriodError, checkPeriod, type Report } from '@anhorig/report';
import { derivableCellsByGroup } from './support/lp.js';
import { generateCases } from '../../../../stories/report/generate-records.js';

const fixtureDir = new URL('../fixtures/hand-counted/', import.meta.url);
const documents = readFileSync(new URL('records.ndjson', fixtureDir), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { documentType: string });
const records = documents.filter((d) => d.documentType === 'investigation').map((d) => {
  const loaded = loadRecord(d);
  assert.ok(loaded.ok);
  return loaded.value;
});
const relativeRecords = documents.filter((d) => d.documentType === 'relativeRecord') as unknown as RelativeRecord[];
const expected = JSON.parse(readFileSync(new URL('expected.json', fixtureDir), 'utf8')) as {
  figures: Record<string, { total: number } & Record<string, Record<string, number> | number>>;
};
const period = { from: '2026-01-01', to: '2026-12-31' };

describe('the hand-counted fixture (20 records)', () => {
  const counted = countsByFigure(countRecords({ records, relativeRecords, ...period }));

  it('has 20 investigations and their relatives own records', () => {
    assert.equal(records.length, 20);
    assert.ok(relativeRecords.length >= 7);
  });

  for (const [figureId, want] of Object.entries(expected.figures)) {
    it(`${figureId}: the total and every breakdown as counted by hand`, () => {
      const got = counted[figureId];
      assert.ok(got, `figure ${figureId} exists`);
      assert.equal(got.total, want.total, `${figureId} total`);
      for (const [dimension, categories] of Object.entries(got)) {
        if (dimension === 'total') continue;
        const wanted = (want[dimension] ?? {}) as Record<string, number>;
        for (const [category, n] of Object.entries(categories as Record<string, number>))
          assert.equal(n, wanted[category] ?? 0, `${figureId} ${dimension} ${category}`);
      }
    });
  }

  it('counts every figure the report has (the expected file is complete)', () => {
    assert.deepEqual(Object.keys(counted).sort(), Object.keys(expected.figures).sort());
  });

  it('publishes the fixture with every small count hidden and the totals that can be shown', () => {
    const report = computeReport({ records, relativeRecords, ...period });
    const relatives = report.figures.find((f) => f.id === 'relatives')!;
    assert.deepEqual(relatives.total, { count: 20 });
    const woman = relatives.breakdowns.find((b) => b.dimension === 'gender')!.cells.find((c) => c.category === 'woman')!;
    assert.deepEqual(woman.value, { count: 12 });
    const informed = report.figures.find((f) => f.id === 'informationGiven')!;
    assert.deepEqual(informed.total, { suppressed: 'belowThreshold' });
    assert.equal(report.relativesPerInvestigation.total, 1.3); // 20 / 16 = 1.25, one decimal
  });
});

const walk = (value: unknown, visit: (key: string, v: unknown) => void, key = ''): void => {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, k);
  else visit(key, value);
};

/** What must never leave: names, ids and dates of the records. */
const personalStrings = (rs: InvestigationRecord[], own: RelativeRecord[]): Set<string> => {
  const found = new Set<string>();
  for (const r of rs) {
    found.add(r.id);
    found.add(r.person.id);
    found.add(r.person.displayName);
    found.add(r.startedAt);
    for (const rel of r.relatives) [rel.id, rel.name, rel.relation, rel.addedAt, rel.ownRecordId ?? ''].forEach((s) => s && found.add(s));
    for (const c of r.consents) found.add(c.date);
  }
  for (const o of own) found.add(o.id);
  return found;
};

export const assertNoPersonalData = (report: Report, rs: InvestigationRecord[], own: RelativeRecord[]): void => {
  const json = JSON.stringify(report);
  assert.doesNotMatch(json, /\d{4}-\d{2}-\d{2}/, 'no date finer than a month');
  for (const s of personalStrings(rs, own)) if (s.length > 3) assert.ok(!json.includes(JSON.stringify(s)), `"${s}" must not be in the report`);
  walk(report, (key, v) => {
    if (key === 'count') assert.ok(typeof v === 'number' && v >= report.threshold, `a shown count of ${String(v)}`);
  });
};

describe('the function', () => {
  it('leaves no name, id or day in its output, and shows no count below 5', () => {
    assertNoPersonalData(computeReport({ records, relativeRecords, ...period }), records, relativeRecords);
  });

  it('does not depend on the order of the documents (relatives records before, after or mixed)', () => {
    const a = computeReport({ records, relativeRecords, ...period });
    const b = computeReport({ records: [...records].reverse(), relativeRecords: [...relativeRecords].reverse(), ...period });
    assert.deepEqual(b, a);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(records);
    computeReport({ records, relativeRecords, ...period });
    assert.equal(JSON.stringify(records), before);
  });

  it('takes whole months only: no date finer than a month even in the period', () => {
    assert.deepEqual(checkPeriod('2026-01', '2026-12'), { from: '2026-01', to: '2026-12', fromDate: '2026-01-01', toDate: '2026-12-31' });
    assert.equal(checkPeriod('2024-02-01', '2024-02-29').toDate, '2024-02-29');
    assert.throws(() => checkPeriod('2026-01-02', '2026-12-31'), PeriodError);
    assert.throws(() => checkPeriod('2026-01-01', '2026-12-30'), PeriodError);
    assert.throws(() => checkPeriod('2026-03-01', '2026-02-28'), PeriodError);
  });

  it('counts relatives records that arrive before their investigation, and sets aside those whose investigation never comes', () => {
    const counts = countRecords({ records: records.slice(0, 2), relativeRecords, ...period });
    assert.ok(counts.unlinkedRelativeRecords > 0);
    const byFigure = countsByFigure(counts);
    assert.equal(byFigure.informationGiven!.total, 1); // C2 only
  });
});

describe('on generated records (properties)', () => {
  const pool = generateCases(120, 5000);
  const subset = fc.subarray(pool.map((_, i) => i), { minLength: 0, maxLength: 120 });

  it('totals equal the sum of their parts wherever nothing is hidden, and no count below 5 is shown', () => {
    fc.assert(
      fc.property(subset, fc.constantFrom(['2026-01', '2026-12'], ['2026-01', '2026-06'], ['2025-07', '2026-06']), (picked, [from, to]) => {
        const cases = picked.map((i) => pool[i]!);
        const input = { records: cases.map((c) => c.record), relativeRecords: cases.flatMap((c) => c.relativeRecords), from: from!, to: to! };
        const report = computeReport(input);
        const index = countRecords(input).index;
        const flat: (number | null)[] = new Array(index.size).fill(null);
        for (const f of report.figures) {
          const cells = index.figures.get(f.id)!;
          if ('count' in f.total) flat[cells.total] = f.total.count;
          for (const b of f.breakdowns) b.cells.forEach((c, i) => 'count' in c.value && (flat[cells.dimensions[b.dimension]! + i] = c.value.count));
        }
        for (const e of equationsOf(index)) {
          if ([e.whole, ...e.parts].some((c) => flat[c] === null)) continue;
          assert.equal(flat[e.whole], e.parts.reduce((s, p) => s + flat[p]!, 0));
        }
        walk(report, (key, v) => key === 'count' && assert.ok((v as number) >= 5));
      }),
      { numRuns: 25 },
    );
  });

  it('no hidden count in a real report can be worked out (LP oracle over the whole report)', () => {
    fc.assert(
      fc.property(subset, (picked) => {
        const cases = picked.map((i) => pool[i]!);
        const counts = countRecords({ records: cases.map((c) => c.record), relativeRecords: cases.flatMap((c) => c.relativeRecords), from: '2026-01', to: '2026-12' });
        const report = computeReport({ records: cases.map((c) => c.record), relativeRecords: cases.flatMap((c) => c.relativeRecords), from: '2026-01', to: '2026-12' });
        const status: string[] = new Array(counts.index.size).fill('shown');
        for (const f of report.figures) {
          const cells = counts.index.figures.get(f.id)!;
          const mark = (i: number, v: Report['figures'][number]['total']) => (status[i] = 'count' in v ? 'shown' : v.suppressed === 'belowThreshold' ? 'small' : 'complementary');
          mark(cells.total, f.total);
          for (const b of f.breakdowns) b.cells.forEach((c, i) => mark(cells.dimensions[b.dimension]! + i, c.value));
        }
        const disclosed = derivableCellsByGroup(Array.from(counts.values), status, equationsOf(counts.index), 5);
        assert.deepEqual(disclosed, []);
      }),
      { numRuns: 3 },
    );
  });
});
