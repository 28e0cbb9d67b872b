/**
 * Small-count suppression with complementary suppression (docs/report.md, "The suppression rule").
 *
 * 1. Primary: every count below the threshold (5) is hidden and shown as "< 5"; zero too, so "< 5"
 *    never tells none from few.
 * 2. Complementary: a reader knows every published count, every sum the report publishes (a figure's
 *    total is the sum of its categories; relatives = involved + not involved + not yet decided, in
 *    every category), that a "< 5" cell is 0–4 and that any other hidden cell is at least 5. A hidden
 *    cell must not follow from that. So, until nothing changes, another published cell is hidden
 *    (the smallest part of the sum, the whole only if no part is left) where
 *    a. a sum has exactly one hidden cell (it would be the difference);
 *    b. the bounds of one sum pin a hidden cell (e.g. hidden parts that must all be 0, or all 4);
 *    c. a combination of sums pins it (linear algebra over the hidden cells: the cell is determined
 *       when no solution of the sums with published values fixed can change it);
 *    d. bounds carried from sum to sum pin it;
 *    e. linear programming over the sums and bounds pins it (the exact test: the least and greatest
 *       value the cell can take in any table consistent with what is published are equal).
 * The property tests check the result with an independent linear-programming oracle: for every hidden
 * cell there are two whole-number tables, consistent with everything published, that differ in it.
 */
import type { Equation } from './cells.js';
import { derivableCells } from './lp.js';

export const THRESHOLD = 5;

export type CellStatus = 'shown' | 'small' | 'complementary';

const EPS = 1e-9;

interface Bounds {
  lo: number[];
  hi: number[];
}

const boundsOf = (values: readonly number[], status: CellStatus[], threshold: number): Bounds => {
  const lo = values.map((v, i) => (status[i] === 'shown' ? v : status[i] === 'small' ? 0 : threshold));
  const hi = values.map((v, i) => (status[i] === 'shown' ? v : status[i] === 'small' ? threshold - 1 : Infinity));
  return { lo, hi };
};

/** Tighten the bounds of hidden cells through the sums until nothing changes. */
const propagate = (equations: readonly Equation[], b: Bounds, hidden: (i: number) => boolean): void => {
  for (let round = 0; round < 50; round += 1) {
    let changed = false;
    const tighten = (i: number, lo: number, hi: number) => {
      if (lo > b.lo[i]! + EPS) (b.lo[i] = lo), (changed = true);
      if (hi < b.hi[i]! - EPS) (b.hi[i] = hi), (changed = true);
    };
    for (const e of equations) {
      let loParts = 0;
      let hiParts = 0;
      for (const p of e.parts) (loParts += b.lo[p]!), (hiParts += b.hi[p]!);
      if (hidden(e.whole)) tighten(e.whole, loParts, hiParts);
      for (const p of e.parts) {
        if (!hidden(p)) continue;
        const loOthers = loParts - b.lo[p]!;
        const hiOthers = hiParts - b.hi[p]!;
        tighten(p, b.lo[e.whole]! - (Number.isFinite(hiOthers) ? hiOthers : Infinity), b.hi[e.whole]! - loOthers);
      }
    }
    if (!changed) return;
  }
};

/** Hidden cells a combination of sums determines (rank test over the hidden cells, per equation system). */
const linearlyDetermined = (values: readonly number[], equations: readonly Equation[], hiddenCells: number[]): Set<number> => {
  const column = new Map(hiddenCells.map((c, j) => [c, j]));
  const rows: number[][] = [];
  for (const e of equations) {
    const row = new Array<number>(hiddenCells.length).fill(0);
    let any = false;
    const add = (cell: number, coefficient: number) => {
      const j = column.get(cell);
      if (j !== undefined) (row[j]! += coefficient), (any = true);
    };
    add(e.whole, -1);
    for (const p of e.parts) add(p, 1);
    if (any) rows.push(row);
  }
  // Reduced row echelon form.
  const n = hiddenCells.length;
  const pivotOfRow: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < rows.length; c += 1) {
    let best = -1;
    for (let i = r; i < rows.length; i += 1) if (Math.abs(rows[i]![c]!) > EPS && (best < 0 || Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!))) best = i;
    if (best < 0) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const scale = pivot[c]!;
    for (let k = 0; k < n; k += 1) pivot[k]! /= scale;
    for (let i = 0; i < rows.length; i += 1) {
      if (i === r) continue;
      const f = rows[i]![c]!;
      if (Math.abs(f) > EPS) for (let k = 0; k < n; k += 1) rows[i]![k]! -= f * pivot[k]!;
    }
    pivotOfRow.push(c);
    r += 1;
  }
  const isPivot = new Set(pivotOfRow);
  const free = Array.from({ length: n }, (_, c) => c).filter((c) => !isPivot.has(c));
  const determined = new Set<number>();
  pivotOfRow.forEach((c, i) => {
    if (free.every((f) => Math.abs(rows[i]![f]!) <= EPS)) determined.add(hiddenCells[c]!);
  });
  void values;
  return determined;
};

/** Groups of sums that share cells; suppression in one group cannot reveal anything in another. */
const components = (equations: readonly Equation[]): Equation[][] => {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of equations) {
    const root = find(e.whole);
    for (const p of e.parts) {
      const other = find(p);
      if (other !== root) parent.set(other, root);
    }
  }
  const groups = new Map<number, Equation[]>();
  for (const e of equations) {
    const root = find(e.whole);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  }
  return [...groups.values()];
};

/**
 * The status of every cell. `values` are the true counts; `equations` every sum the published report
 * lets a reader form.
 */
export const suppress = (values: readonly number[], equations: readonly Equation[], threshold = THRESHOLD): CellStatus[] => {
  const status: CellStatus[] = values.map((v) => (v < threshold ? 'small' : 'shown'));
  for (const group of components(equations)) suppressGroup(values, group, status, threshold);
  return status;
};

const suppressGroup = (values: readonly number[], equations: readonly Equation[], status: CellStatus[], threshold: number): void => {
  const hidden = (i: number) => status[i] !== 'shown';
  const byCell = new Map<number, Equation[]>();
  for (const e of equations) for (const c of [e.whole, ...e.parts]) byCell.set(c, [...(byCell.get(c) ?? []), e]);
  const groupCells = [...byCell.keys()].sort((a, b) => a - b);
  /** Hide one more published cell of the sum: the smallest part, else the whole. False if none is left. */
  const hideAnother = (e: Equation): boolean => {
    let pick = -1;
    for (const p of e.parts) if (!hidden(p) && (pick < 0 || values[p]! < values[pick]!)) pick = p;
    if (pick < 0 && !hidden(e.whole)) pick = e.whole;
    if (pick < 0) return false;
    status[pick] = 'complementary';
    return true;
  };
  /** Hide another cell in the sum around `cell` that still has published cells, the one with fewest hidden. */
  const protect = (cell: number): boolean => {
    const candidates = (byCell.get(cell) ?? [])
      .map((e) => ({ e, hiddenCount: [e.whole, ...e.parts].filter(hidden).length, open: [e.whole, ...e.parts].some((c) => !hidden(c)) }))
      .filter((x) => x.open)
      .sort((a, b) => a.hiddenCount - b.hiddenCount);
    return candidates.length > 0 && hideAnother(candidates[0]!.e);
  };

  for (let guard = 0; guard <= groupCells.length; guard += 1) {
    let changed = false;
    // a, b: one sum at a time.
    for (const e of equations) {
      const cells = [e.whole, ...e.parts];
      const hiddenHere = cells.filter(hidden);
      if (hiddenHere.length === 0) continue;
      if (hiddenHere.length === 1) {
        changed = hideAnother(e) || changed;
        continue;
      }
      const b = boundsOf(values, status, threshold);
      propagate([e], b, hidden);
      if (hiddenHere.some((c) => b.hi[c]! - b.lo[c]! < 1 - EPS)) changed = hideAnother(e) || changed;
    }
    if (changed) continue;
    // c: combinations of sums.
    const hiddenCells = groupCells.filter(hidden);
    const related = equations.filter((e) => hidden(e.whole) || e.parts.some(hidden));
    const linear = linearlyDetermined(values, related, hiddenCells);
    for (const cell of linear) if (protect(cell)) {
      changed = true;
      break;
    }
    if (changed) continue;
    // d: bounds carried across sums.
    const b = boundsOf(values, status, threshold);
    propagate(related, b, hidden);
    for (const cell of hiddenCells)
      if (b.hi[cell]! - b.lo[cell]! < 1 - EPS && protect(cell)) {
        changed = true;
        break;
      }
    if (changed) continue;
    // e: the exact test, only when the cheaper rules find nothing.
    const local = values.map((_, i) => (byCell.has(i) ? status[i]! : 'shown'));
    for (const { cell } of derivableCells(values, local, equations, threshold))
      if (protect(cell)) {
        changed = true;
        break;
      }
    if (!changed) break;
  }
};
