import type { LeadProcessStep, Stage, Transition } from '../workshop/steps/leadProcess';
import { anchorsFor, type AnchorName, type Point } from './geometry';
import { formatPercent, stagesById } from './graph';
import { issueMessage, type Issue, type IssueTarget } from './validate';
import type { CheckMessage } from '../workshop/checkMessage';

/**
 * Domain ↔ diagram. The canvas shows nodes and edges derived from stages and transitions;
 * its shape matches React Flow's (id, position, data, source/target handles) without
 * depending on it, so the conversion stays pure and testable here.
 */

export type StageNodeData = {
  stage: Stage;
  /** Validation messages about this stage; non-empty means a red outline. */
  issues: readonly CheckMessage[];
};

export type TransitionEdgeData = {
  transition: Transition;
  /** Forward: the source stage's rate; recycle and feedback: their label. */
  label: string;
};

export interface DiagramNode {
  id: string;
  position: Point;
  data: StageNodeData;
  selected: boolean;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle: AnchorName;
  targetHandle: AnchorName;
  data: TransitionEdgeData;
  selected: boolean;
}

export const DEFAULT_LOOP_LABEL: Record<Transition['kind'], string> = { forward: '', recycle: 'Recycle', feedback: 'Feedback' };

/** The text on a transition's line. */
export function transitionLabel(t: Transition, from: Stage | undefined, to: Stage | undefined): string {
  if (t.kind !== 'forward') return t.label.trim() || DEFAULT_LOOP_LABEL[t.kind];
  // The source's rate is its conversion to the next stage, which is never the lost one.
  if (to?.kind === 'lost') return t.label.trim();
  const rate = from?.conversionToNext ?? null;
  return rate === null ? '? %' : formatPercent(rate);
}

export function issuesByStage(issues: readonly Issue[]): Map<string, CheckMessage[]> {
  const map = new Map<string, CheckMessage[]>();
  for (const i of issues) {
    if (i.target?.kind !== 'stage') continue;
    map.set(i.target.id, [...(map.get(i.target.id) ?? []), issueMessage(i)]);
  }
  return map;
}

export function stageNode(stage: Stage, issues: readonly CheckMessage[], selected: boolean): DiagramNode {
  return { id: stage.id, position: stage.position, data: { stage, issues }, selected };
}

export function transitionEdge(t: Transition, label: string, selected: boolean): DiagramEdge {
  const { source, target } = anchorsFor(t.kind);
  return { id: t.id, source: t.from, target: t.to, sourceHandle: source, targetHandle: target, data: { transition: t, label }, selected };
}

/** Dangling transitions are left out: there is nothing to draw them between. */
export function toDiagram(
  step: LeadProcessStep,
  opts: { selected?: IssueTarget | null; issues?: readonly Issue[] } = {},
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const byId = stagesById(step);
  const flagged = issuesByStage(opts.issues ?? []);
  const sel = opts.selected ?? null;
  const nodes = step.stages.map((s) => stageNode(s, flagged.get(s.id) ?? [], sel?.kind === 'stage' && sel.id === s.id));
  const edges = step.transitions
    .filter((t) => byId.has(t.from) && byId.has(t.to))
    .map((t) => transitionEdge(t, transitionLabel(t, byId.get(t.from), byId.get(t.to)), sel?.kind === 'transition' && sel.id === t.id));
  return { nodes, edges };
}

/** Back from the canvas: positions from the nodes, ends from the edges. */
export function fromDiagram(
  nodes: readonly Pick<DiagramNode, 'position' | 'data'>[],
  edges: readonly Pick<DiagramEdge, 'source' | 'target' | 'data'>[],
): LeadProcessStep {
  return {
    stages: nodes.map((n) => ({ ...n.data.stage, position: { x: n.position.x, y: n.position.y } })),
    transitions: edges.map((e) => ({ ...e.data.transition, from: e.source, to: e.target })),
  };
}
