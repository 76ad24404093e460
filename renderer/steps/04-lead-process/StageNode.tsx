import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { CircleX, LogIn, Trophy } from 'lucide-react';
import { ANCHORS, type AnchorName, type Side } from '../../../shared/leadProcess/geometry';
import { NO_OWNER_LABEL, OWNER_LABEL, stageSummary } from '../../../shared/leadProcess/labels';
import type { StageFlowNode } from './flowElements';

const KIND_ICON = { capture: LogIn, won: Trophy, lost: CircleX, stage: null } as const;
const POSITION: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };
const ANCHOR_NAMES = Object.keys(ANCHORS) as AnchorName[];

/**
 * Every handle is a zero-size point at its shared anchor: React Flow measures handles from
 * the DOM, and a point measures exactly where the SVG export draws the line. The grab area
 * of the two connectable ones is drawn around the point in CSS.
 */
const handles = ANCHOR_NAMES.map((id) => {
  const a = ANCHORS[id];
  const connectable = id === 'in' || id === 'out';
  return (
    <Handle
      key={id}
      id={id}
      type={a.type}
      position={POSITION[a.side]}
      isConnectable={connectable}
      className={connectable ? 'lp-handle' : 'lp-handle lp-handle-hidden'}
      style={{ left: a.x, top: a.y }}
      aria-label={connectable ? (id === 'out' ? 'Drag to connect to another stage' : 'Drop a connection here') : undefined}
      aria-hidden={connectable ? undefined : true}
    />
  );
});

/**
 * One stage on the canvas: owner colour with the owner's name, the stage name in large type,
 * rate and time below. Memoised: while one stage is dragged, the others do not re-render.
 */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageFlowNode>) {
  const { stage, issues } = data;
  const Icon = KIND_ICON[stage.kind];
  return (
    <div className="lp-node" data-owner={stage.owner ?? 'none'} data-kind={stage.kind} data-invalid={issues.length > 0 ? '' : undefined} title={issues.join('\n') || undefined}>
      <div className="lp-node-owner">
        <span>{stage.owner ? OWNER_LABEL[stage.owner] : NO_OWNER_LABEL}</span>
        {Icon && <Icon size={16} aria-hidden="true" />}
      </div>
      <div className="lp-node-name">{stage.name || 'Unnamed stage'}</div>
      <div className="lp-node-meta">{stageSummary(stage)}</div>
      {issues.length > 0 && <span className="lp-node-alert" aria-hidden="true">!</span>}
      {handles}
    </div>
  );
});
