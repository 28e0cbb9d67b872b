/**
 * Mutation testing: list what survived the last `npm run test:mutation`, for docs/mutation-testing.md.
 * Reads reports/mutation/mutation.json and prints the score per file and one Markdown table row per
 * surviving (or uncovered) mutant: where, which mutator, the original code and its replacement.
 * Usage: node packages/core/test/mutation/survivors.mjs [reports/mutation/mutation.json]
 */
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const cell = (s) => `\`${s.replace(/\s+/g, ' ').trim().slice(0, 90).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

const totals = new Map();
const rows = [];
for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const lines = source.split('\n');
  const short = file.replace(/^.*src\//, '');
  const folder = short.split('/')[0];
  for (const key of [short, folder, 'all']) {
    const t = totals.get(key) ?? { detected: 0, undetected: 0 };
    for (const m of mutants) {
      if (DETECTED.has(m.status)) t.detected++;
      if (UNDETECTED.has(m.status)) t.undetected++;
    }
    totals.set(key, t);
  }
  for (const m of [...mutants].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
    if (!UNDETECTED.has(m.status)) continue;
    const { start, end } = m.location;
    const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)} …`;
    rows.push(`| ${short}:${start.line}:${start.column} | ${m.status === 'NoCoverage' ? 'no coverage' : 'survived'} | ${m.mutatorName} | ${cell(original)} → ${cell(m.replacement ?? '')} |  |`);
  }
}
const score = ({ detected, undetected }) => ((100 * detected) / (detected + undetected)).toFixed(2);
console.log('| file | score | detected | undetected |\n|---|---:|---:|---:|');
const order = [...totals.keys()].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
for (const key of order) {
  const t = totals.get(key);
  const label = key === 'all' ? '**all**' : key.includes('/') ? key : `**${key}/**`;
  console.log(`| ${label} | ${score(t)} % | ${t.detected} | ${t.undetected} |`);
}
console.log('\n| where | status | mutator | original → replacement | why |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);
