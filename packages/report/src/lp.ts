/**
 * Rule e of suppress.ts (the last word): a small linear-programming solver
 * (two-phase simplex, Bland's rule, dense tableau). For each hidden cell it finds the least and the
 * greatest value the cell can take in any table that agrees with everything published (the published
 * counts, the sums, "< 5" = 0–4, other hidden cells ≥ 5). When both optimal tables are whole numbers
 * and the values differ, there are two whole-number tables a reader cannot tell apart: the cell is
 * not derivable. The tests keep their own copy of this solver as the oracle
 * (test/node/support/lp.ts), so a change here cannot weaken the check.
 */
const EPS = 1e-7;

type Result = { status: 'optimal'; value: number; x: number[] } | { status: 'infeasible' } | { status: 'unbounded' };

/** Minimise c·x subject to A x = b, x ≥ 0. */
export const simplex = (A: number[][], b: number[], c: number[]): Result => {
  const m = A.length;
  const n = c.length;
  // Columns: n originals, m artificials, rhs. Two objective rows: phase 2 (index m), phase 1 (index m + 1).
  const width = n + m + 1;
  const T: number[][] = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(width).fill(0);
    for (let j = 0; j < n; j += 1) r[j] = sign * row[j]!;
    r[n + i] = 1;
    r[width - 1] = sign * b[i]!;
    return r;
  });
  const phase2 = new Array<number>(width).fill(0);
  for (let j = 0; j < n; j += 1) phase2[j] = c[j]!;
  const phase1 = new Array<number>(width).fill(0);
  for (let i = 0; i < m; i += 1) for (let j = 0; j < width; j += 1) if (j < n || j === width - 1) phase1[j]! -= T[i]![j]!;
  T.push(phase2, phase1);
  const basis = Array.from({ length: m }, (_, i) => n + i);

  const pivot = (r: number, col: number) => {
    const p = T[r]![col]!;
    for (let j = 0; j < width; j += 1) T[r]![j]! /= p;
    for (let i = 0; i < T.length; i += 1) {
      if (i === r) continue;
      const f = T[i]![col]!;
      if (Math.abs(f) > 0) for (let j = 0; j < width; j += 1) T[i]![j]! -= f * T[r]![j]!;
    }
    basis[r] = col;
  };
  const run = (objective: number, columns: number): 'optimal' | 'unbounded' => {
    for (let iteration = 0; iteration < 10_000; iteration += 1) {
      let enter = -1;
      for (let j = 0; j < columns; j += 1) if (T[objective]![j]! < -EPS) {
        enter = j;
        break;
      }
      if (enter < 0) return 'optimal';
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i += 1) {
        const a = T[i]![enter]!;
        if (a <= EPS) continue;
        const ratio = T[i]![width - 1]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) (best = ratio), (leave = i);
      }
      if (leave < 0) return 'unbounded';
      pivot(leave, enter);
    }
    throw new Error('simplex did not finish');
  };

  run(m + 1, n + m);
  if (-T[m + 1]![width - 1]! > EPS) return { status: 'infeasible' };
  // Drive artificials out of the basis where possible (a row left with only artificials is redundant).
  for (let i = 0; i < m; i += 1) {
    if (basis[i]! < n) continue;
    for (let j = 0; j < n; j += 1) if (Math.abs(T[i]![j]!) > EPS) {
      pivot(i, j);
      break;
    }
  }
  // Forbid artificials from re-entering: phase 2 sees only the original columns.
  if (run(m, n) === 'unbounded') return { status: 'unbounded' };
  const x = new Array<number>(n).fill(0);
  basis.forEach((col, i) => {
    if (col < n) x[col] = T[i]![width - 1]!;
  });
  return { status: 'optimal', value: c.reduce((s, cj, j) => s + cj * x[j]!, 0), x };
};

export interface SumConstraint {
  whole: number;
  parts: number[];
}

export interface Disclosure {
  cell: number;
  reason: string;
}

/**
 * Every hidden cell a reader could pin down. `status[i]` is `shown`, `small` (0 … threshold − 1) or
 * `complementary` (≥ threshold). Empty when nothing can be derived.
 */
export const derivableCells = (
  values: readonly number[],
  status: readonly string[],
  sums: readonly SumConstraint[],
  threshold: number,
): Disclosure[] => {
  const hiddenCells = values.map((_, i) => i).filter((i) => status[i] !== 'shown');
  const col = new Map(hiddenCells.map((cell, j) => [cell, j]));
  const relevant = sums.filter((s) => [s.whole, ...s.parts].some((c) => col.has(c)));
  const nh = hiddenCells.length;
  const lo = hiddenCells.map((c) => (status[c] === 'small' ? 0 : threshold));
  const upperBounded = hiddenCells.map((c, j) => ({ c, j })).filter(({ c }) => status[c] === 'small');
  // Variables: y_j = x_j − lo_j ≥ 0, then one slack per upper bound.
  const nv = nh + upperBounded.length;
  const A: number[][] = [];
  const b: number[] = [];
  for (const s of relevant) {
    const row = new Array<number>(nv).fill(0);
    let rhs = 0;
    const term = (cell: number, k: number) => {
      const j = col.get(cell);
      if (j === undefined) rhs -= k * values[cell]!;
      else (row[j]! += k), (rhs -= k * lo[j]!);
    };
    term(s.whole, -1);
    for (const p of s.parts) term(p, 1);
    A.push(row);
    b.push(rhs);
  }
  upperBounded.forEach(({ j }, k) => {
    const row = new Array<number>(nv).fill(0);
    row[j] = 1;
    row[nh + k] = 1;
    A.push(row);
    b.push(threshold - 1 - lo[j]!);
  });
  const found: Disclosure[] = [];
  const integral = (x: number[]) => x.every((v) => Math.abs(v - Math.round(v)) < 1e-6);
  hiddenCells.forEach((cell, j) => {
    const c = new Array<number>(nv).fill(0);
    c[j] = 1;
    const min = simplex(A, b, c);
    c[j] = -1;
    const max = simplex(A, b, c);
    if (min.status !== 'optimal') return found.push({ cell, reason: `the true table is not feasible (${min.status})` });
    if (!integral(min.x)) return found.push({ cell, reason: 'least value at a fractional table: cannot certify' });
    if (max.status === 'unbounded') return; // arbitrarily large values fit: not pinned
    if (max.status !== 'optimal') return found.push({ cell, reason: `max: ${max.status}` });
    if (!integral(max.x)) return found.push({ cell, reason: 'greatest value at a fractional table: cannot certify' });
    if (-max.value - min.value < 1 - 1e-6) found.push({ cell, reason: `pinned at ${values[cell]}` });
  });
  return found;
};

