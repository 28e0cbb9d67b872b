/**
 * The statechart diagram in docs/architecture.md is generated from the machine
 * (packages/core/scripts/statechart-diagram.ts); this fails when it drifts.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { investigationMachine } from '@anhorig/core';
import { ARCHITECTURE_MD, END, START, statechartDiagram, withStatechart } from '../../packages/core/scripts/statechart-diagram.js';

test('docs/architecture.md carries the diagram generated from the machine', () => {
  const doc = readFileSync(ARCHITECTURE_MD, 'utf8');
  assert.ok(doc.includes(START) && doc.includes(END), 'docs/architecture.md lacks the statechart markers');
  assert.equal(doc, withStatechart(doc), 'the statechart in docs/architecture.md is out of date: run npm run docs:statechart');
});

test('the machine has the lifecycle states, and ready the parallel regions step and phase', () => {
  const root = investigationMachine.root;
  assert.deepEqual(Object.keys(root.states).sort(), ['awaitingRecord', 'loadFailed', 'ready', 'starting']);
  const ready = root.states.ready!;
  assert.equal(ready.type, 'parallel');
  assert.deepEqual(Object.keys(ready.states), ['step', 'phase']);
  const diagram = statechartDiagram();
  assert.match(diagram, /^stateDiagram-v2\n {2}\[\*\] --> starting\n/);
  assert.match(diagram, /\n {4}--\n {4}state "phase" as ready_phase \{/);
  assert.match(diagram, /ready --> ready : .*edit events/);
});
