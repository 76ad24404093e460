import type { Transition } from '../workshop/steps/leadProcess';

/**
 * One geometry for the canvas, the automatic layout and the SVG export, so the exported
 * diagram looks like the one the room agreed on. Stages have a fixed size: the canvas needs
 * no measuring pass, and ELK and the SVG know every box up front.
 */
export const NODE_WIDTH = 148;
export const NODE_HEIGHT = 100;
/** Horizontal distance between two columns; the gap (52) leaves room for a "100 %" label. */
export const COLUMN_STEP = 200;
export const ROW_STEP = 160;
export const GRID = 16;

export interface Point {
  x: number;
  y: number;
}

export type AnchorName = 'in' | 'out' | 'loopIn' | 'loopOut' | 'feedbackIn' | 'feedbackOut';
export type Side = 'left' | 'right' | 'top' | 'bottom';

/**
 * Connection points relative to a stage's top-left corner. Forward transitions run
 * left to right through the sides; recycle loops hang below and feedback loops arch above, so
 * the three kinds never share a line.
 */
export const ANCHORS: Record<AnchorName, Point & { side: Side; type: 'source' | 'target' }> = {
  in: { x: 0, y: NODE_HEIGHT / 2, side: 'left', type: 'target' },
  out: { x: NODE_WIDTH, y: NODE_HEIGHT / 2, side: 'right', type: 'source' },
  loopIn: { x: NODE_WIDTH * 0.35, y: NODE_HEIGHT, side: 'bottom', type: 'target' },
  loopOut: { x: NODE_WIDTH * 0.65, y: NODE_HEIGHT, side: 'bottom', type: 'source' },
  feedbackIn: { x: NODE_WIDTH * 0.35, y: 0, side: 'top', type: 'target' },
  feedbackOut: { x: NODE_WIDTH * 0.65, y: 0, side: 'top', type: 'source' },
};

export function anchorsFor(kind: Transition['kind']): { source: AnchorName; target: AnchorName } {
  if (kind === 'recycle') return { source: 'loopOut', target: 'loopIn' };
  if (kind === 'feedback') return { source: 'feedbackOut', target: 'feedbackIn' };
  return { source: 'out', target: 'in' };
}

export const anchorPoint = (position: Point, anchor: AnchorName): Point => ({
  x: position.x + ANCHORS[anchor].x,
  y: position.y + ANCHORS[anchor].y,
});

export interface EdgeShape {
  /** SVG path data. */
  d: string;
  /** Where the label sits. */
  label: Point;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The path of a transition between two anchor points. */
export function edgeShape(kind: Transition['kind'], s: Point, t: Point): EdgeShape {
  if (kind === 'forward') return curve(s, t);
  return loop(s, t, kind === 'recycle' ? 'below' : 'above');
}

function curve(s: Point, t: Point): EdgeShape {
  const dx = Math.max(36, Math.abs(t.x - s.x) / 2);
  const c1 = { x: s.x + dx, y: s.y };
  const c2 = { x: t.x - dx, y: t.y };
  const label = { x: (s.x + 3 * c1.x + 3 * c2.x + t.x) / 8, y: (s.y + 3 * c1.y + 3 * c2.y + t.y) / 8 };
  return {
    d: `M ${r1(s.x)} ${r1(s.y)} C ${r1(c1.x)} ${r1(c1.y)} ${r1(c2.x)} ${r1(c2.y)} ${r1(t.x)} ${r1(t.y)}`,
    label: { x: r1(label.x), y: r1(label.y) },
  };
}

/** Depth of a loop: longer loops go further out so nested loops do not overlap. */
export const loopDepth = (s: Point, t: Point) => 40 + Math.min(64, Math.abs(t.x - s.x) / 16);

function loop(s: Point, t: Point, side: 'below' | 'above'): EdgeShape {
  const down = side === 'below' ? 1 : -1;
  const depth = loopDepth(s, t);
  const y = side === 'below' ? Math.max(s.y, t.y) + depth : Math.min(s.y, t.y) - depth;
  const dir = t.x >= s.x ? 1 : -1;
  const r = Math.min(12, Math.abs(t.x - s.x) / 2, depth / 2);
  const d = [
    `M ${r1(s.x)} ${r1(s.y)}`,
    `V ${r1(y - down * r)}`,
    `Q ${r1(s.x)} ${r1(y)} ${r1(s.x + dir * r)} ${r1(y)}`,
    `H ${r1(t.x - dir * r)}`,
    `Q ${r1(t.x)} ${r1(y)} ${r1(t.x)} ${r1(y - down * r)}`,
    `V ${r1(t.y)}`,
  ].join(' ');
  return { d, label: { x: r1((s.x + t.x) / 2), y: r1(y) } };
}

/** Rounds a position to the canvas grid, as snap-to-grid does while dragging. */
export const snap = (p: Point, grid = GRID): Point => ({ x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid });

/**
 * Splits text into at most `maxLines` lines of about `maxChars` characters, ending with an
 * ellipsis when it does not fit. Used where text cannot wrap by itself (SVG).
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i++]!;
    while (i < words.length && `${line} ${words[i]}`.length <= maxChars) line = `${line} ${words[i++]}`;
    lines.push(line);
  }
  const cut = (l: string) => (l.length < maxChars ? `${l}…` : `${l.slice(0, maxChars - 1).trimEnd()}…`);
  return lines.map((l, k) => (l.length > maxChars || (k === lines.length - 1 && i < words.length) ? cut(l) : l));
}
