import type { LeadProcessStep } from '../workshop/steps/leadProcess';
import { COLUMN_STEP, NODE_HEIGHT, NODE_WIDTH, snap, type Point } from './geometry';
import { liveTransitions } from './graph';

/**
 * Input and output of the automatic layout (ELK "layered", left to right). Only forward
 * transitions shape the layers: recycle and feedback loops go backwards by nature and would
 * otherwise pull stages out of the main line. The shapes below are the subset of ELK's JSON
 * graph used here, so this module does not depend on the engine.
 */
export interface LayoutGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

export interface LayoutResult {
  children?: { id: string; x?: number; y?: number }[];
}

export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_STEP - NODE_WIDTH),
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

export function toLayoutGraph(step: LeadProcessStep): LayoutGraph {
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: step.stages.map((s) => ({ id: s.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: liveTransitions(step, ['forward']).map((t) => ({ id: t.id, sources: [t.from], targets: [t.to] })),
  };
}

/** Positions from the layout, on the grid, with room above for feedback loops. */
export function positionsFromLayout(result: LayoutResult, offset: Point = { x: 0, y: 96 }): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const c of result.children ?? []) {
    if (typeof c.x !== 'number' || typeof c.y !== 'number' || !Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    out.set(c.id, snap({ x: c.x + offset.x, y: c.y + offset.y }));
  }
  return out;
}
