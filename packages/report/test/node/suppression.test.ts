/**
 * The suppression rule, proved by properties (fast-check):
 * - no shown count is below the threshold;
 * - no hidden count can be worked out from what is published (an independent LP oracle finds two
 *   whole-number tables that agree with everything published and differ in the cell);
 * - where nothing in a sum is hidden, the whole equals the sum of its parts.
 * Tables are generated from individual units (each unit falls in one part and one category per
 * dimension), so they are consistent the way real counts are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { suppress, THRESHOLD } from '@anhorig/report';
import { derivableCells, simplex, type SumConstraint } from './support/lp.js';

interface Synthetic {
  values: number[];
  /** The sums, built here from the table's shape (not by the production code's equationsOf). */
  sums: SumConstraint[];
}

/** A figure (or a partition: a whole and 2–3 parts) broken down by 1–3 dimensions of 2–5 categories. */
const syntheticTable = fc
  .record({
    parts: fc.constantFrom(0, 2, 3),
    dims: fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 3 }),
    units: fc.array(fc.record({ part: fc.nat(), cats: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }) }), { maxLength: 70 }),
    skew: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ parts, dims, units, skew }): Synthetic => {
    const figures = parts === 0 ? 1 : parts + 1; // figure 0 is the whole
    const values: number[] = [];
    const cell = () => values.push(0) - 1;
    const shape = Array.from({ length: figures }, () => ({ total: cell(), dims: dims.map((k) => Array.from({ length: k }, cell)) }));
    // Skewed categories make small cells common, as in real data.
    const pick = (n: number, k: number) => Math.min(k - 1, Math.floor((n % (k * skew)) / skew));
    for (const u of units) {
      const touched = parts === 0 ? [0] : [0, 1 + pick(u.part, parts)];
      for (const f of touched) {
        values[shape[f]!.total]! += 1;
        dims.forEach((k, d) => (values[shape[f]!.dims[d]![pick(u.cats[d]!, k)]!]! += 1));
      }
    }
    const sums: SumConstraint[] = [];
    for (const f of shape) f.dims.forEach((cells) => sums.push({ whole: f.total, parts: cells }));
    if (parts > 0) {
      sums.push({ whole: shape[0]!.total, parts: shape.slice(1).map((f) => f.total) });
      dims.forEach((k, d) => {
        for (let c = 0; c < k; c += 1) sums.push({ whole: shape[0]!.dims[d]![c]!, parts: shape.slice(1).map((f) => f.dims[d]![c]!) });
      });
    }
    return { values, sums };
  });

describe('the LP oracle itself', () => {
  it('solves a small program exactly', () => {
    // min -x - y  s.t. x + y + s = 4, x - y = 0  →  x = y = 2
    const r = simplex([[1, 1, 1], [1, -1, 0]], [4, 0], [-1, -1, 0]);
    assert.equal(r.status, 'optimal');
    assert.ok(r.status === 'optimal' && Math.abs(r.value + 4) < 1e-9);
  });
  it('finds the classic disclosures: a lone hidden cell, and hidden parts that must all be zero', () => {
    // 20 = 12 + 8 + [3 hidden]: the hidden cell is the difference.
    assert.equal(derivableCells([23, 12, 8, 3], ['shown', 'shown', 'shown', 'small'], [{ whole: 0, parts: [1, 2, 3] }], 5).length, 1);
    // 12 = 12 + [0] + [0]: both hidden cells must be 0.
    assert.equal(derivableCells([12, 12, 0, 0], ['shown', 'shown', 'small', 'small'], [{ whole: 0, parts: [1, 2, 3] }], 5).length, 2);
    // 14 = 9 + [3] + [2]: 3 + 2 = 5 splits many ways.
    assert.equal(derivableCells([14, 9, 3, 2], ['shown', 'shown', 'small', 'small'], [{ whole: 0, parts: [1, 2, 3] }], 5).length, 0);
  });
  it('sees through a bridge between two hidden blocks in a two-way table', () => {
    // 2×2 parts: rows r1, r2 (parts), columns c1, c2; whole row r0. Hiding only r1c1 and r2c2 leaves each
    // alone in its column: the oracle must flag them.
    const values = [20, 10, 10, 12, 6, 6, 8, 4, 4];
    //             r0:t c1 c2 | r1:t c1 c2 | r2:t c1 c2
    const sums = [
      { whole: 0, parts: [1, 2] },
      { whole: 3, parts: [4, 5] },
      { whole: 6, parts: [7, 8] },
      { whole: 0, parts: [3, 6] },
      { whole: 1, parts: [4, 7] },
      { whole: 2, parts: [5, 8] },
    ];
    const status = values.map((_, i) => ([4, 8].includes(i) ? 'complementary' : 'shown'));
    assert.ok(derivableCells(values, status, sums, 5).length > 0);
  });
});

describe('suppression (properties)', () => {
  it('shows no count below the threshold, and hides nothing a reader can work out', () => {
    fc.assert(
      fc.property(syntheticTable, ({ values, sums }) => {
        const status = suppress(values, sums.map((s) => ({ whole: s.whole, parts: [...s.parts] })), THRESHOLD);
        values.forEach((v, i) => {
          if (v < THRESHOLD) assert.notEqual(status[i], 'shown', `cell ${i} = ${v} shown`);
          if (status[i] === 'complementary') assert.ok(v >= THRESHOLD, 'a complementary cell is one that could have been shown');
        });
        const disclosed = derivableCells(values, status, sums, THRESHOLD);
        assert.deepEqual(disclosed, [], `derivable: ${JSON.stringify(disclosed)} in ${JSON.stringify({ values, status, sums })}`);
      }),
      { numRuns: 100 },
    );
  });

  it('would catch primary suppression alone (the oracle is not toothless)', () => {
    const primaryOnly = fc.check(
      fc.property(syntheticTable, ({ values, sums }) => {
        const status = values.map((v) => (v < THRESHOLD ? 'small' : 'shown'));
        return derivableCells(values, status, sums, THRESHOLD).length === 0;
      }),
      { numRuns: 200, seed: 12 },
    );
    assert.equal(primaryOnly.failed, true);
  });

  it('publishes totals that equal the sum of their parts wherever nothing is hidden', () => {
    fc.assert(
      fc.property(syntheticTable, ({ values, sums }) => {
        const status = suppress(values, sums, THRESHOLD);
        for (const s of sums) {
          if ([s.whole, ...s.parts].some((c) => status[c] !== 'shown')) continue;
          assert.equal(values[s.whole], s.parts.reduce((sum, p) => sum + values[p]!, 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('hides nothing more when every count is large', () => {
    fc.assert(
      fc.property(syntheticTable, ({ values, sums }) => {
        const status = suppress(values, sums, THRESHOLD);
        if (values.every((v) => v >= THRESHOLD)) assert.ok(status.every((s) => s === 'shown'));
      }),
      { numRuns: 100 },
    );
  });
});
