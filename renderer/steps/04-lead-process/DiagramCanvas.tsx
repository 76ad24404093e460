import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { connectionProblem } from '../../../shared/leadProcess/edit';
import { GRID, type Point } from '../../../shared/leadProcess/geometry';
import { DEFAULT_OWNER_COLORS } from '../../../shared/leadProcess/svg';
import { useWorkshop } from '../../app/workshopStore';
import { connectStages, moveStages } from './actions';
import { selectionChanged, useLeadProcessUi } from './store';
import { StageNode } from './StageNode';
import { TransitionEdge } from './TransitionEdge';
import type { StageFlowNode, TransitionFlowEdge } from './flowElements';

const NODE_TYPES: NodeTypes = { stage: StageNode };
const EDGE_TYPES: EdgeTypes = { transition: TransitionEdge };
const SNAP_GRID: [number, number] = [GRID, GRID];
const FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1.25 };

const minimapColor = (n: StageFlowNode) => {
  const owner = n.data.stage.owner;
  return owner ? `var(--team-${owner})` : DEFAULT_OWNER_COLORS.none;
};

const isValidConnection: IsValidConnection<TransitionFlowEdge> = (c) => {
  const step = useWorkshop.getState().workshop?.leadProcess;
  return !!step && connectionProblem(step, c.source, c.target, 'forward') === null;
};

const onConnect = (c: Connection) => void connectStages(c.source, c.target, 'forward');

const onEdgesChange = (changes: EdgeChange<TransitionFlowEdge>[]) => {
  for (const c of changes) if (c.type === 'select') selectionChanged('transition', c.id, c.selected);
};

const onPaneClick = () => useLeadProcessUi.getState().select(null);

/**
 * The canvas. Nodes are derived from the domain, but dragging runs on local state: positions
 * reach the workshop (and the undo history) once, when the drag or the arrow-key nudge ends,
 * never on every frame.
 *
 * onlyRenderVisibleElements stays off: with 300 stages it made the first render and dragging
 * slower, not faster (test/tools/diagramBench.ts), and it would hide off-screen stages from Tab.
 */
export const DiagramCanvas = memo(function DiagramCanvas({
  nodes: derived,
  edges,
}: {
  nodes: StageFlowNode[];
  edges: TransitionFlowEdge[];
}) {
  const [nodes, setNodes] = useState(derived);
  const { t } = useTranslation('leadProcess');
  const [from, setFrom] = useState(derived);
  if (from !== derived) {
    setFrom(derived);
    setNodes(derived);
  }

  const onNodesChange = useCallback((changes: NodeChange<StageFlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    let settled: Map<string, Point> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position && !c.dragging) (settled ??= new Map()).set(c.id, c.position);
      else if (c.type === 'select') selectionChanged('stage', c.id, c.selected);
    }
    if (settled) moveStages(settled);
  }, []);

  return (
    <ReactFlow<StageFlowNode, TransitionFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onPaneClick={onPaneClick}
      snapToGrid
      snapGrid={SNAP_GRID}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      maxZoom={2}
      // Deleting goes through our own handler, which offers Undo.
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      aria-label={t('canvas.label')}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.5} color="#b7bcc2" />
      <MiniMap<StageFlowNode> nodeColor={minimapColor} nodeStrokeWidth={0} pannable zoomable ariaLabel={t('canvas.minimap')} />
      <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
    </ReactFlow>
  );
});
