import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkerType, Position, type Edge, type EdgeMarker, type Node, type NodeHandle } from '@xyflow/react';
import type { LeadProcessStep, Transition } from '../../../shared/workshop/steps/leadProcess';
import { ANCHORS, NODE_HEIGHT, NODE_WIDTH, type AnchorName, type Side } from '../../../shared/leadProcess/geometry';
import {
  toDiagram,
  type DiagramEdge,
  type DiagramNode,
  type StageNodeData,
  type TransitionEdgeData,
} from '../../../shared/leadProcess/flow';
import { EDGE_COLORS } from '../../../shared/leadProcess/svg';
import { i18n } from '../../i18n';
import { wordCheck, type CheckT } from '../../i18n/checks';
import { ownerText, stageSummaryText } from './stageText';
import type { Issue } from '../../../shared/leadProcess/validate';
import type { Selection } from './store';

export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type TransitionFlowEdge = Edge<TransitionEdgeData, 'transition'>;

const POSITION: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

/**
 * Handles given up front (zero-size points at the shared anchors): edges draw at once, with
 * no measuring pass, exactly where the SVG export draws them.
 */
const HANDLES: NodeHandle[] = (Object.keys(ANCHORS) as AnchorName[]).map((id) => ({
  id,
  type: ANCHORS[id].type,
  position: POSITION[ANCHORS[id].side],
  x: ANCHORS[id].x,
  y: ANCHORS[id].y,
  width: 0,
  height: 0,
}));
const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };

const MARKERS: Record<Transition['kind'], EdgeMarker> = {
  forward: { type: MarkerType.ArrowClosed, color: EDGE_COLORS.forward, width: 18, height: 18 },
  recycle: { type: MarkerType.ArrowClosed, color: EDGE_COLORS.recycle, width: 18, height: 18 },
  feedback: { type: MarkerType.ArrowClosed, color: EDGE_COLORS.feedback, width: 18, height: 18 },
};

/** Labels for screen readers, in the UI language (the caches below are per language). */
const lt = () => i18n.getFixedT(null, 'leadProcess');

function flowNode(d: DiagramNode): StageFlowNode {
  const s = d.data.stage;
  const t = lt();
  const say = i18n.getFixedT(null, 'checks') as unknown as CheckT;
  const problems =
    d.data.issues.length > 0 ? t('canvas.nodeProblems', { problems: d.data.issues.map((m) => wordCheck(say, m)).join(' ') }) : '';
  return {
    id: d.id,
    type: 'stage',
    position: d.position,
    data: d.data,
    selected: d.selected,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: MEASURED,
    handles: HANDLES,
    ariaLabel:
      t('canvas.nodeLabel', {
        name: s.name || t('unnamedStage'),
        kind: t(`kind.${s.kind}`),
        owner: ownerText(t, s),
        summary: stageSummaryText(t, s),
      }) + problems,
  };
}

function flowEdge(d: DiagramEdge, fromName: string, toName: string): TransitionFlowEdge {
  const kind = d.data.transition.kind;
  const t = lt();
  const values = { kind: t(`transitionKind.${kind}`), from: fromName, to: toName, label: d.data.label };
  return {
    id: d.id,
    type: 'transition',
    source: d.source,
    target: d.target,
    sourceHandle: d.sourceHandle,
    targetHandle: d.targetHandle,
    data: d.data,
    selected: d.selected,
    markerEnd: MARKERS[kind],
    className: `lp-edge-${kind}`,
    ariaLabel: d.data.label ? t('canvas.edgeLabelWithText', values) : t('canvas.edgeLabel', values),
  };
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * React Flow elements derived from the domain. An element whose inputs did not change keeps
 * its object, so React Flow and the memoised node components skip it: with 300 stages an
 * edit re-renders one node, not all of them.
 */
export function useFlowElements(step: LeadProcessStep, issues: readonly Issue[], selection: Selection) {
  const nodeCache = useRef(new Map<string, { key: DiagramNode; issueText: string; node: StageFlowNode }>());
  const edgeCache = useRef(new Map<string, { key: DiagramEdge; names: string; edge: TransitionFlowEdge }>());
  const lng = useTranslation().i18n.language;
  const cachedLng = useRef(lng);
  const last = useRef<{ nodes: StageFlowNode[]; edges: TransitionFlowEdge[] }>({ nodes: [], edges: [] });
  return useMemo(() => {
    // Labels are in the UI language: a new language rebuilds every element once.
    if (cachedLng.current !== lng) {
      nodeCache.current.clear();
      edgeCache.current.clear();
      cachedLng.current = lng;
    }
    const diagram = toDiagram(step, { selected: selection, issues });
    const names = new Map(step.stages.map((s) => [s.id, s.name || lt()('anUnnamedStage')]));
    const nextNodes = new Map<string, { key: DiagramNode; issueText: string; node: StageFlowNode }>();
    const nodes = diagram.nodes.map((d) => {
      const issueText = JSON.stringify(d.data.issues);
      const prev = nodeCache.current.get(d.id);
      const same = prev && prev.key.data.stage === d.data.stage && prev.key.selected === d.selected && prev.issueText === issueText;
      const entry = same ? prev : { key: d, issueText, node: flowNode(d) };
      nextNodes.set(d.id, entry);
      return entry.node;
    });
    const nextEdges = new Map<string, { key: DiagramEdge; names: string; edge: TransitionFlowEdge }>();
    const edges = diagram.edges.map((d) => {
      const from = names.get(d.source) ?? '';
      const to = names.get(d.target) ?? '';
      const pair = `${from}\n${to}`;
      const prev = edgeCache.current.get(d.id);
      const same =
        prev &&
        prev.key.data.transition === d.data.transition &&
        prev.key.data.label === d.data.label &&
        prev.key.selected === d.selected &&
        prev.names === pair;
      const entry = same ? prev : { key: d, names: pair, edge: flowEdge(d, from, to) };
      nextEdges.set(d.id, entry);
      return entry.edge;
    });
    nodeCache.current = nextNodes;
    edgeCache.current = nextEdges;
    // A new array makes React Flow re-adopt every element and re-run every subscriber's
    // selector (about 1,300 with 300 stages), even when each element kept its object: selecting
    // a stage, which happens as a drag starts, leaves the edges alone.
    const prev = last.current;
    last.current = { nodes: sameItems(prev.nodes, nodes) ? prev.nodes : nodes, edges: sameItems(prev.edges, edges) ? prev.edges : edges };
    return last.current;
  }, [step, issues, selection, lng]);
}
