import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { anchorPoint, anchorsFor, NODE_HEIGHT, NODE_WIDTH, type Point } from '../../../shared/leadProcess/geometry';
import type { IssueTarget } from '../../../shared/leadProcess/validate';
import { useWorkshop } from '../../app/workshopStore';
import { useLeadProcessUi } from './store';

export const CANVAS_ID = 'leadProcess-canvas';

/** The element of a stage or transition on the canvas, when it is rendered. */
export function canvasElement(target: IssueTarget): HTMLElement | SVGElement | null {
  const cls = target.kind === 'stage' ? 'react-flow__node' : 'react-flow__edge';
  return document.querySelector<HTMLElement | SVGElement>(`#${CANVAS_ID} .${cls}[data-id="${CSS.escape(target.id)}"]`);
}

function centreOf(target: IssueTarget): Point | null {
  const step = useWorkshop.getState().workshop?.leadProcess;
  if (!step) return null;
  const pos = (id: string) => step.stages.find((s) => s.id === id)?.position;
  if (target.kind === 'stage') {
    const p = pos(target.id);
    return p ? { x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 } : null;
  }
  const t = step.transitions.find((x) => x.id === target.id);
  const a = t && pos(t.from);
  const b = t && pos(t.to);
  if (!t || (!a && !b)) return null;
  if (!a || !b) return { x: (a ?? b)!.x + NODE_WIDTH / 2, y: (a ?? b)!.y + NODE_HEIGHT / 2 };
  const { source, target: end } = anchorsFor(t.kind);
  const s = anchorPoint(a, source);
  const e = anchorPoint(b, end);
  return { x: (s.x + e.x) / 2, y: (s.y + e.y) / 2 };
}

/** Selects an element, brings the canvas into view, centres on the element and focuses it. */
export function useReveal() {
  const rf = useReactFlow();
  return useCallback(
    async (target: IssueTarget, focus = true) => {
      useLeadProcessUi.getState().select(target);
      document.getElementById(CANVAS_ID)?.scrollIntoView({ block: 'nearest' });
      const centre = centreOf(target);
      if (centre) await rf.setCenter(centre.x, centre.y, { zoom: Math.max(rf.getZoom(), 0.9), duration: 200 });
      if (focus) requestAnimationFrame(() => canvasElement(target)?.focus({ preventScroll: true }));
    },
    [rf],
  );
}
