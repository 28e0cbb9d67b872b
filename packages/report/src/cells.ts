/**
 * The report's cells as one flat array: for each figure its total, then for each of its dimensions one
 * cell per category. Counting adds to numbers at precomputed offsets (no string keys per count), and
 * suppression sees every cell and every sum between cells at once.
 */
import type { DimensionId, Layout } from './model.js';

export interface FigureCells {
  total: number;
  /** Offset of the first category cell, per dimension the figure has. */
  dimensions: Partial<Record<DimensionId, number>>;
}

export interface CellIndex {
  layout: Layout;
  size: number;
  figures: Map<string, FigureCells>;
  /** Category position within its dimension. */
  categoryIndex: Record<DimensionId, Map<string, number>>;
}

/** A sum between cells: `whole` = Σ `parts`. */
export interface Equation {
  whole: number;
  parts: number[];
}

export const indexCells = (layout: Layout): CellIndex => {
  const figures = new Map<string, FigureCells>();
  let size = 0;
  for (const figure of layout.figures) {
    const cells: FigureCells = { total: size++, dimensions: {} };
    for (const dimension of figure.dimensions) {
      cells.dimensions[dimension] = size;
      size += layout.categories[dimension].length;
    }
    figures.set(figure.id, cells);
  }
  const categoryIndex = Object.fromEntries(
    Object.entries(layout.categories).map(([dimension, categories]) => [dimension, new Map(categories.map((c, i) => [c, i]))]),
  ) as Record<DimensionId, Map<string, number>>;
  return { layout, size, figures, categoryIndex };
};

/** Every sum the published report lets a reader form: categories to totals, partitions to their whole. */
export const equationsOf = (index: CellIndex): Equation[] => {
  const equations: Equation[] = [];
  for (const figure of index.layout.figures) {
    const cells = index.figures.get(figure.id)!;
    for (const dimension of figure.dimensions) {
      const start = cells.dimensions[dimension]!;
      const n = index.layout.categories[dimension].length;
      equations.push({ whole: cells.total, parts: Array.from({ length: n }, (_, i) => start + i) });
    }
  }
  for (const partition of index.layout.partitions) {
    const whole = index.figures.get(partition.whole)!;
    const parts = partition.parts.map((id) => index.figures.get(id)!);
    equations.push({ whole: whole.total, parts: parts.map((p) => p.total) });
    for (const [dimension, start] of Object.entries(whole.dimensions) as [DimensionId, number][]) {
      const n = index.layout.categories[dimension].length;
      for (let i = 0; i < n; i += 1) equations.push({ whole: start + i, parts: parts.map((p) => p.dimensions[dimension]! + i) });
    }
  }
  return equations;
};
