import { anchorPoint, anchorsFor, edgeShape, NODE_HEIGHT, NODE_WIDTH } from '../../leadProcess/geometry';
import { formatPercent, stagesById } from '../../leadProcess/graph';
import { DEFAULT_OWNER_COLORS, EDGE_COLORS, EDGE_DASH } from '../../leadProcess/svg';
import type { LeadProcessStep, Stage, Transition } from '../../workshop/steps/leadProcess';
import { containsCjk } from '../fonts';
import type { ReportStrings } from './strings';

/**
 * The step-4 diagram laid out for the page, in the canvas's own coordinates (the stored stage
 * positions and the same edge geometry as the app and the SVG export), plus the scale that fits
 * it into the space the page offers. The PDF draws it with react-pdf's vector <Svg> and a
 * viewBox, so it stays sharp at any zoom.
 */
export interface DiagramBox {
  id: string;
  x: number;
  y: number;
  color: string;
  owner: string;
  nameLines: string[];
  summary: string;
}
export interface DiagramEdge {
  id: string;
  kind: Transition['kind'];
  d: string;
  /** A small filled triangle at the target end (react-pdf's SVG has no markers). */
  arrow: string;
  color: string;
  dash: string | null;
  label: { x: number; y: number; width: number; text: string } | null;
}
export interface DiagramLayout {
  viewBox: { x: number; y: number; width: number; height: number };
  /** Size on the page, in points. */
  width: number;
  height: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}

export const BOX_W = NODE_WIDTH;
export const BOX_H = NODE_HEIGHT;
export const HEADER_H = 26;
export const NAME_SIZE = 17;
export const LABEL_SIZE = 12.5;
const PAD = 24;

/** Approximate advance of one character: CJK glyphs are a full em, Latin about 0.56 em. */
export const textWidth = (text: string, size: number): number => [...text].reduce((w, ch) => w + (containsCjk(ch) ? size : size * 0.56), 0);

/**
 * Wraps a stage name into at most `maxLines` lines of `maxWidth` units: Latin at spaces, CJK
 * between any two characters (SVG text does not wrap by itself). The last line ends in an
 * ellipsis when the name does not fit.
 */
export function wrapLabel(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const tokens = text.trim().match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (/^\s+$/.test(tok)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (line.trim() === '' || textWidth(line + tok, size) <= maxWidth) {
      line += tok;
      continue;
    }
    lines.push(line.trimEnd());
    line = tok;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line.trim() !== '') {
    lines.push(line.trimEnd());
    line = '';
  }
  const truncated = i < tokens.length || line.trim() !== '';
  const fitted = lines.map((l) => {
    let out = l;
    while (textWidth(out, size) > maxWidth && out.length > 1) out = out.slice(0, -1);
    return out;
  });
  if (truncated && fitted.length > 0) {
    let last = fitted[fitted.length - 1]!;
    while (last.length > 1 && textWidth(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
    fitted[fitted.length - 1] = `${last.trimEnd()}…`;
  }
  return fitted;
}

export function stageSummaryText(s: Stage, t: ReportStrings): string {
  if (s.kind === 'won') return t.leadProcess.endWon;
  if (s.kind === 'lost') return t.leadProcess.endLost;
  const parts = [s.conversionToNext === null ? '? %' : formatPercent(s.conversionToNext)];
  if (s.daysInStage !== null) parts.push(t.leadProcess.days(String(Number(s.daysInStage.toFixed(1)))));
  return parts.join(' · ');
}

function edgeLabel(tr: Transition, from: Stage, to: Stage, t: ReportStrings): string {
  if (tr.kind === 'recycle') return tr.label.trim() || t.leadProcess.recycle;
  if (tr.kind === 'feedback') return tr.label.trim() || t.leadProcess.feedback;
  if (to.kind === 'lost') return tr.label.trim();
  return from.conversionToNext === null ? '? %' : formatPercent(from.conversionToNext);
}

const ARROW = 9;
function arrowAt(kind: Transition['kind'], x: number, y: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  // Forward lines arrive horizontally from the left; recycle loops come up from below,
  // feedback loops come down from above (geometry.ts draws their last leg vertically).
  if (kind === 'forward') return `M ${r(x)} ${r(y)} L ${r(x - ARROW)} ${r(y - ARROW / 2)} L ${r(x - ARROW)} ${r(y + ARROW / 2)} Z`;
  const dir = kind === 'recycle' ? 1 : -1;
  return `M ${r(x)} ${r(y)} L ${r(x - ARROW / 2)} ${r(y + dir * ARROW)} L ${r(x + ARROW / 2)} ${r(y + dir * ARROW)} Z`;
}

/**
 * Lays out the diagram to fit `maxWidth` × `maxHeight` points, never enlarging it beyond
 * `maxScale` (a three-stage process should not print with 30-point names).
 */
export function layoutDiagram(
  step: LeadProcessStep,
  t: ReportStrings,
  maxWidth: number,
  maxHeight: number,
  maxScale = 0.9,
): DiagramLayout | null {
  if (step.stages.length === 0) return null;
  const byId = stagesById(step);
  const edges: DiagramEdge[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of step.stages) {
    xs.push(s.position.x, s.position.x + BOX_W);
    ys.push(s.position.y, s.position.y + BOX_H);
  }
  for (const tr of step.transitions) {
    const from = byId.get(tr.from);
    const to = byId.get(tr.to);
    if (!from || !to) continue;
    const { source, target } = anchorsFor(tr.kind);
    const end = anchorPoint(to.position, target);
    const shape = edgeShape(tr.kind, anchorPoint(from.position, source), end);
    const text = edgeLabel(tr, from, to, t);
    const width = textWidth(text, LABEL_SIZE) + 10;
    if (text) {
      xs.push(shape.label.x - width / 2, shape.label.x + width / 2);
      ys.push(shape.label.y - 11, shape.label.y + 11);
    }
    edges.push({
      id: tr.id,
      kind: tr.kind,
      d: shape.d,
      arrow: arrowAt(tr.kind, end.x, end.y),
      color: EDGE_COLORS[tr.kind],
      dash: EDGE_DASH[tr.kind],
      label: text ? { x: shape.label.x, y: shape.label.y, width, text } : null,
    });
  }
  const minX = Math.min(...xs) - PAD;
  const minY = Math.min(...ys) - PAD;
  const vbW = Math.max(...xs) + PAD - minX;
  const vbH = Math.max(...ys) + PAD - minY;
  const scale = Math.min(maxWidth / vbW, maxHeight / vbH, maxScale);

  const boxes: DiagramBox[] = step.stages.map((s) => ({
    id: s.id,
    x: s.position.x,
    y: s.position.y,
    color: DEFAULT_OWNER_COLORS[s.owner ?? 'none'],
    owner: t.stageOwners[s.owner ?? 'none'],
    nameLines: wrapLabel(s.name.trim() || t.leadProcess.unnamedStage, NAME_SIZE, BOX_W - 18, 2),
    summary: wrapLabel(stageSummaryText(s, t), 13, BOX_W - 18, 1)[0] ?? '',
  }));
  return {
    viewBox: { x: minX, y: minY, width: vbW, height: vbH },
    width: vbW * scale,
    height: vbH * scale,
    boxes,
    edges,
  };
}
