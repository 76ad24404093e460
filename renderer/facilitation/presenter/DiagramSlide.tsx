import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleX, Trophy } from 'lucide-react';
import {
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type EdgeTypes,
  type FitViewOptions,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import type { Issue } from '../../../shared/leadProcess/validate';
import { useFlowElements, type StageFlowNode, type TransitionFlowEdge } from '../../steps/04-lead-process/flowElements';
import { StageNode } from '../../steps/04-lead-process/StageNode';
import { TransitionEdge } from '../../steps/04-lead-process/TransitionEdge';
import '../../steps/04-lead-process/leadProcess.css';
import { EmptySlide } from './slides';

const NODE_TYPES: NodeTypes = { stage: StageNode };
const EDGE_TYPES: EdgeTypes = { transition: TransitionEdge };
const NO_ISSUES: readonly Issue[] = [];
/** Fitted to the wall: a small process grows to fill it, a large one shrinks to fit. */
const FIT: FitViewOptions = { padding: 0.04, maxZoom: 3 };
const OWNERS = ['marketing', 'sales', 'sdr', 'operations'] as const;

/**
 * Step 4: the lead-process diagram itself, the same cards and lines as the editor (its flow
 * elements), read-only and fitted to the screen. Won and lost are the two ends of the process,
 * as the diagram draws them; the legend names them as ends and the owners' colours.
 */
export function DiagramSlide({ step, purpose }: { step: LeadProcessStep; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const owners = useMemo(() => OWNERS.filter((o) => step.stages.some((s) => s.owner === o)), [step.stages]);
  const ends = useMemo(() => step.stages.filter((s) => s.kind === 'won' || s.kind === 'lost'), [step.stages]);
  if (step.stages.length === 0) return <EmptySlide purpose={purpose} />;
  return (
    <div className="pv-diagram" data-testid="presenter-artefact">
      <div className="pv-diagram-canvas" data-testid="presenter-diagram">
        <ReactFlowProvider>
          <ReadOnlyFlow step={step} label={t('presenter.diagram.label')} />
        </ReactFlowProvider>
      </div>
      <p className="pv-legend">
        {owners.map((o) => (
          <span key={o} className={`team-badge team-${o}`}>
            {t(`app:team.${o}`)}
          </span>
        ))}
        {ends.length > 0 && <span className="pv-legend-sep" aria-hidden="true" />}
        {ends.length > 0 && <span className="pv-legend-ends">{t('presenter.diagram.ends')}</span>}
        {ends.map((s) => (
          <span key={s.id} className="pv-end" data-kind={s.kind}>
            {s.kind === 'won' ? <Trophy aria-hidden="true" /> : <CircleX aria-hidden="true" />}
            {s.name.trim() || t(`presenter.diagram.${s.kind === 'won' ? 'won' : 'lost'}`)}
          </span>
        ))}
      </p>
    </div>
  );
}

function ReadOnlyFlow({ step, label }: { step: LeadProcessStep; label: string }) {
  const { nodes, edges } = useFlowElements(step, NO_ISSUES, null);
  const flow = useReactFlow();
  const ready = useNodesInitialized();

  // Refit when the diagram changes on the laptop, and when the window is resized or goes full screen.
  useEffect(() => {
    if (ready) void flow.fitView(FIT);
  }, [flow, ready, nodes, edges]);
  useEffect(() => {
    const refit = () => void flow.fitView(FIT);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [flow]);

  return (
    <ReactFlow<StageFlowNode, TransitionFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      fitView
      fitViewOptions={FIT}
      minZoom={0.05}
      maxZoom={3}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      panOnDrag={false}
      panOnScroll={false}
      zoomOnScroll={false}
      zoomOnPinch={false}
      zoomOnDoubleClick={false}
      preventScrolling={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      aria-label={label}
    />
  );
}
