import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { edgeShape } from '../../../shared/leadProcess/geometry';
import { EDGE_COLORS, EDGE_DASH } from '../../../shared/leadProcess/svg';
import type { TransitionFlowEdge } from './flowElements';

const LABEL_BG_PADDING: [number, number] = [6, 3];

/** A transition drawn with the shared geometry: forward curves, recycle loops below, feedback arches above. */
export const TransitionEdge = memo(function TransitionEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  selected,
  markerEnd,
}: EdgeProps<TransitionFlowEdge>) {
  if (!data) return null;
  const kind = data.transition.kind;
  const shape = edgeShape(kind, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  const color = EDGE_COLORS[kind];
  return (
    <BaseEdge
      id={id}
      path={shape.d}
      markerEnd={markerEnd}
      interactionWidth={18}
      style={{ stroke: color, strokeWidth: selected ? 4.5 : 2.5, strokeDasharray: EDGE_DASH[kind] ?? undefined }}
      label={data.label || undefined}
      labelX={shape.label.x}
      labelY={shape.label.y}
      labelStyle={{ fill: color, fontSize: 15, fontWeight: 700 }}
      labelShowBg
      labelBgStyle={{ fill: '#ffffff', stroke: color, strokeWidth: selected ? 2 : 1 }}
      labelBgPadding={LABEL_BG_PADDING}
      labelBgBorderRadius={4}
    />
  );
});
