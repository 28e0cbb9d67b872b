/**
 * Draws the investigation statechart as a Mermaid `stateDiagram-v2` from the machine itself and writes
 * it between `<!-- statechart:start -->` and `<!-- statechart:end -->` in docs/architecture.md.
 * Run: node --conditions=@anhorig/source --import tsx packages/core/scripts/statechart-diagram.ts
 * (npm run docs:statechart). tests/node/statechart-diagram.test.ts fails when the docs drift.
 *
 * What is drawn, walking `investigationMachine.root`:
 * - every state node, nested; a parallel node's regions separated by `--`; `[*] -->` its initial
 *   state; a final state `--> [*]`;
 * - every transition (`on`, `always`, `after`), labelled with its event and guard (`[else]` for the
 *   unguarded fallback after guarded candidates); a compound state's transitions into its own children
 *   start from an "any <state>" node inside it; transitions between the same two states share one arrow;
 *   a label that leads to FAN_OUT or more targets (a guard whose parameter is the target, like
 *   `mayGoTo`) is one arrow to a `<<choice>>` that fans out unlabelled;
 * - the targetless transitions of the edit events (the `EDITS` table) as one self-transition per state;
 * - not drawn: refusals (targetless transitions whose actions are all `reject…`: the sender hears
 *   them, nothing changes) and, listed under the diagram, the root's targetless transitions, which apply
 *   in every state.
 * The order follows the machine where it means something (states, a transition's candidates) and is
 * sorted where it does not (events of a state), so the output is deterministic.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { investigationMachine } from '../src/machine/investigation-machine.js';
import { EDIT_EVENT_TYPES } from '../src/machine/edits/index.js';

export const START = '<!-- statechart:start -->';
export const END = '<!-- statechart:end -->';
export const ARCHITECTURE_MD = fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url));

const EDIT_EVENTS: ReadonlySet<string> = new Set(EDIT_EVENT_TYPES);

const mermaidId = (node: AnyStateNode): string => node.path.map((key) => key.replace(/\W/g, '_')).join('_');
const anyId = (node: AnyStateNode): string => `${mermaidId(node)}__any`;

const nameOf = (item: unknown): string => {
  if (typeof item === 'string') return item;
  if (typeof item === 'function') return item.name || 'inline';
  if (item && typeof item === 'object' && 'type' in item && typeof item.type === 'string') return item.type;
  return 'inline';
};

/** `name`, or `name(value, …)` for parameters that say more than the target already does. */
const guardLabel = (guard: unknown, target: AnyStateNode | undefined): string => {
  const name = nameOf(guard);
  const params = guard && typeof guard === 'object' && 'params' in guard && guard.params && typeof guard.params === 'object' ? guard.params : {};
  const values = Object.values(params)
    .map(String)
    .filter((value) => value !== target?.key);
  return values.length ? `${name}(${values.join(', ')})` : name;
};

const isRefusal = (transition: AnyTransitionDefinition): boolean =>
  !transition.target?.length && transition.actions.length > 0 && transition.actions.every((action) => nameOf(action).startsWith('reject'));

const isDescendant = (node: AnyStateNode, ancestor: AnyStateNode): boolean => {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
};

/** The innermost state node that contains both (where Mermaid wants the arrow declared). */
const commonAncestor = (a: AnyStateNode, b: AnyStateNode): AnyStateNode => {
  for (let candidate: AnyStateNode | undefined = a.parent; candidate; candidate = candidate.parent) {
    if (b === candidate || isDescendant(b, candidate)) return candidate;
  }
  return a.machine.root;
};

interface Edge {
  /** The state node whose block declares the arrow. */
  block: AnyStateNode;
  from: string;
  to: string;
  /** Empty for the arrows out of a choice. */
  labels: string[];
}

interface Drawing {
  edges: Edge[];
  /** Compound states that need an "any <state>" node. */
  anyNodes: Set<AnyStateNode>;
  /** `<<choice>>` nodes: where one labelled arrow fans out to the targets its guard picks from. */
  choices: { block: AnyStateNode; id: string }[];
  /** The root's own targetless transitions, as labels. */
  everywhere: string[];
}

/** From this many targets on, a label's arrows go through one choice node instead of one arrow each. */
const FAN_OUT = 3;

const sortedEvents = (node: AnyStateNode): string[] =>
  [...node.transitions.keys()].filter((type) => !type.startsWith('xstate.after.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** One state node's transitions as labelled candidates, in the order the machine tries them. */
const candidates = (node: AnyStateNode): { transition: AnyTransitionDefinition; label: string }[] => {
  const groups: [string, AnyTransitionDefinition[]][] = [
    ['always', node.always ?? []],
    ...sortedEvents(node).map((type): [string, AnyTransitionDefinition[]] => [type, node.transitions.get(type) ?? []]),
    ...node.after.map((delayed): [string, AnyTransitionDefinition[]] => [`after ${String(delayed.delay)}`, [delayed]]),
  ];
  return groups.flatMap(([event, list]) =>
    list.map((transition, index) => {
      const target = transition.target?.[0];
      const guard = transition.guard ? ` [${guardLabel(transition.guard, target)}]` : list.slice(0, index).some((t) => t.guard) ? ' [else]' : '';
      return { transition, label: `${event}${guard}` };
    }),
  );
};

/** State nodes in document order ("any <state>" nodes sort with their state). */
const documentOrder = (root: AnyStateNode): Map<string, number> => {
  const order = new Map<string, number>();
  const visit = (node: AnyStateNode) => {
    order.set(mermaidId(node), order.size);
    order.set(anyId(node), order.size);
    Object.values(node.states).forEach(visit);
  };
  visit(root);
  return order;
};

const collect = (root: AnyStateNode): Drawing => {
  const drawing: Drawing = { edges: [], anyNodes: new Set(), choices: [], everywhere: [] };
  const raw: { block: AnyStateNode; from: string; to: string; label: string }[] = [];
  const visit = (node: AnyStateNode) => {
    const edits = { count: 0, guarded: 0 };
    for (const { transition, label } of candidates(node)) {
      if (isRefusal(transition)) continue;
      const targets = transition.target ?? [];
      if (!targets.length && EDIT_EVENTS.has(nameOf(transition.eventType))) {
        edits.count += 1;
        if ((node.transitions.get(transition.eventType) ?? []).some((t) => t.guard)) edits.guarded += 1;
        continue;
      }
      if (!targets.length && node === root) {
        drawing.everywhere.push(label);
        continue;
      }
      for (const target of targets.length ? targets : [node]) {
        if (isDescendant(target, node)) {
          drawing.anyNodes.add(node);
          raw.push({ block: node, from: anyId(node), to: mermaidId(target), label });
        } else {
          const block = target === node ? (node.parent ?? root) : commonAncestor(node, target);
          raw.push({ block, from: mermaidId(node), to: mermaidId(target), label });
        }
      }
    }
    if (edits.count) raw.push({ block: node.parent ?? root, from: mermaidId(node), to: mermaidId(node), label: `${edits.count} edit events (${edits.guarded} with a guard)` });
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(root);

  const order = documentOrder(root);
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const addEdge = (block: AnyStateNode, from: string, to: string, labels: string[]) => {
    const edge = drawing.edges.find((e) => e.block === block && e.from === from && e.to === to);
    if (edge) edge.labels.push(...labels);
    else drawing.edges.push({ block, from, to, labels: [...labels] });
  };
  // A label that leads to many targets (a guard with the target as its parameter) is one arrow to a
  // choice; labels with the same source and the same targets share it.
  const targetsOf = new Map<string, string[]>();
  for (const edge of raw) {
    const key = JSON.stringify([edge.from, edge.label]);
    targetsOf.set(key, [...(targetsOf.get(key) ?? []), edge.to]);
  }
  const choiceOf = new Map<string, string>();
  for (const edge of raw) {
    const targets = targetsOf.get(JSON.stringify([edge.from, edge.label])) ?? [];
    if (targets.length < FAN_OUT) {
      addEdge(edge.block, edge.from, edge.to, [edge.label]);
      continue;
    }
    const fan = JSON.stringify([edge.from, ...targets]);
    let choice = choiceOf.get(fan);
    if (!choice) {
      choice = `${edge.from}__choice${drawing.choices.filter((c) => c.id.startsWith(`${edge.from}__choice`)).length || ''}`;
      choiceOf.set(fan, choice);
      order.set(choice, rank(edge.from) + 0.5);
      drawing.choices.push({ block: edge.block, id: choice });
      for (const target of targets) addEdge(edge.block, choice, target, []);
    }
    const arrow = drawing.edges.find((e) => e.from === edge.from && e.to === choice);
    if (!arrow?.labels.includes(edge.label)) addEdge(edge.block, edge.from, choice, [edge.label]);
  }
  drawing.edges.sort((a, b) => rank(a.from) - rank(b.from));
  return drawing;
};

/** The Mermaid source of the machine's diagram. */
export const statechartDiagram = (machine = investigationMachine): string => {
  const root = machine.root;
  const drawing = collect(root);
  const lines = ['stateDiagram-v2'];
  const write = (depth: number, line: string) => lines.push(`${'  '.repeat(depth)}${line}`);

  const body = (node: AnyStateNode, depth: number) => {
    const children = Object.values(node.states);
    if (node.type === 'parallel') {
      children.forEach((child, index) => {
        if (index) write(depth, '--');
        declare(child, depth);
      });
    } else {
      const initial = node.initial?.target?.[0];
      if (initial) write(depth, `[*] --> ${mermaidId(initial)}`);
      for (const child of children) declare(child, depth);
      if (drawing.anyNodes.has(node)) write(depth, `state "any ${node.key}" as ${anyId(node)}`);
      for (const choice of drawing.choices.filter((c) => c.block === node)) write(depth, `state ${choice.id} <<choice>>`);
      for (const child of children) if (child.type === 'final') write(depth, `${mermaidId(child)} --> [*]`);
    }
    for (const edge of drawing.edges.filter((e) => e.block === node)) write(depth, `${edge.from} --> ${edge.to}${edge.labels.length ? ` : ${edge.labels.join('<br/>')}` : ''}`);
  };
  const declare = (node: AnyStateNode, depth: number) => {
    if (Object.keys(node.states).length === 0) {
      write(depth, `state "${node.key}" as ${mermaidId(node)}`);
      return;
    }
    write(depth, `state "${node.key}" as ${mermaidId(node)} {`);
    body(node, depth + 1);
    write(depth, '}');
  };
  body(root, 1);
  return lines.join('\n');
};

/** What goes between the markers: the diagram and what it leaves out. */
export const statechartBlock = (machine = investigationMachine): string => {
  const { everywhere } = collect(machine.root);
  return [
    '<!-- Generated from packages/core/src/machine/investigation-machine.ts by `npm run docs:statechart`; do not edit by hand. -->',
    '',
    '```mermaid',
    statechartDiagram(machine),
    '```',
    '',
    ...(everywhere.length ? [`In every state (not drawn): ${everywhere.map((label) => `\`${label}\``).join(', ')}.`] : []),
    'Refusals are not drawn: a refused event is answered with `rejected` to its sender and changes nothing.',
  ].join('\n');
};

/** The document with the block between the markers replaced. */
export const withStatechart = (doc: string, block = statechartBlock()): string => {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`docs/architecture.md: the markers ${START} … ${END} are missing`);
  return `${doc.slice(0, start + START.length)}\n${block}\n${doc.slice(end)}`;
};

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const doc = readFileSync(ARCHITECTURE_MD, 'utf8');
  const next = withStatechart(doc);
  if (next === doc) {
    console.log('docs/architecture.md: statechart up to date');
  } else {
    // Write beside and rename: a test reading the file meanwhile sees the old or the new file, never half of one.
    writeFileSync(`${ARCHITECTURE_MD}.tmp`, next);
    renameSync(`${ARCHITECTURE_MD}.tmp`, ARCHITECTURE_MD);
    console.log('wrote the statechart in docs/architecture.md');
  }
}
