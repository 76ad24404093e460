import type { LeadProcessStep, Stage, StageOwner, Transition } from '../workshop/steps/leadProcess';
import { anchorPoint, anchorsFor, edgeShape, NODE_HEIGHT, NODE_WIDTH, wrapText, type EdgeShape } from './geometry';
import { stagesById } from './graph';
import { transitionLabel } from './flow';

/**
 * The diagram as a standalone SVG document (vector, for the report and for handing round):
 * the same boxes, loops and labels as the canvas, with owner colours and their names.
 */
export interface SvgOptions {
  title: string;
  /** The words on the boxes, in the language of whoever the file is for (the caller's string table). */
  words: SvgWords;
  /** Owner colours; the defaults are the app's light-theme team colours. */
  colors?: Partial<Record<StageOwner | 'none', string>>;
  fontFamily?: string;
  padding?: number;
}

export interface SvgWords {
  /** The owner's name in a box's header ("No owner" when it has none). */
  owner: (s: Stage) => string;
  /** The line under a stage's name: rate and time, or how the process ends. */
  summary: (s: Stage) => string;
  unnamedStage: string;
}

export const DEFAULT_OWNER_COLORS: Record<StageOwner | 'none', string> = {
  marketing: '#6a3ba8',
  sales: '#0a5a9c',
  sdr: '#9c4700',
  operations: '#3b5263',
  none: '#5c636b',
};

export const EDGE_COLORS: Record<Transition['kind'], string> = { forward: '#3d454e', recycle: '#8a4b00', feedback: '#0d5c6e' };
export const EDGE_DASH: Record<Transition['kind'], string | null> = { forward: null, recycle: '10 6', feedback: '3 6' };

const TEXT = '#1b1f24';
const MUTED = '#4b535c';
const HEADER = 26;
const LABEL_FONT = 15;
/** Rough width of a character at a font size: enough to size label backgrounds and wrap names. */
const charWidth = (size: number) => size * 0.58;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function leadProcessToSvg(step: LeadProcessStep, options: SvgOptions): string {
  const colors = { ...DEFAULT_OWNER_COLORS, ...options.colors };
  const font = options.fontFamily ?? "'Inter', 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
  const pad = options.padding ?? 24;
  const byId = stagesById(step);

  const edges: { t: Transition; shape: EdgeShape; label: string }[] = [];
  for (const t of step.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) continue;
    const { source, target } = anchorsFor(t.kind);
    edges.push({
      t,
      shape: edgeShape(t.kind, anchorPoint(from.position, source), anchorPoint(to.position, target)),
      label: transitionLabel(t, from, to),
    });
  }

  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of step.stages) {
    xs.push(s.position.x, s.position.x + NODE_WIDTH);
    ys.push(s.position.y, s.position.y + NODE_HEIGHT);
  }
  for (const e of edges) {
    const half = (e.label.length * charWidth(LABEL_FONT)) / 2 + 8;
    xs.push(e.shape.label.x - half, e.shape.label.x + half);
    ys.push(e.shape.label.y - 14, e.shape.label.y + 14);
  }
  const minX = (xs.length ? Math.min(...xs) : 0) - pad;
  const minY = (ys.length ? Math.min(...ys) : 0) - pad;
  const width = (xs.length ? Math.max(...xs) : 200) - minX + pad;
  const height = (ys.length ? Math.max(...ys) : 100) - minY + pad;

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}" font-family="${escapeXml(font)}">`,
  );
  out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push('<defs>');
  for (const kind of ['forward', 'recycle', 'feedback'] as const) {
    out.push(
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${EDGE_COLORS[kind]}"/></marker>`,
    );
  }
  out.push('</defs>');
  out.push(`<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`);

  out.push('<g class="transitions" fill="none">');
  for (const { t, shape } of edges) {
    const dash = EDGE_DASH[t.kind] ? ` stroke-dasharray="${EDGE_DASH[t.kind]}"` : '';
    out.push(
      `<path class="transition ${t.kind}" d="${shape.d}" stroke="${EDGE_COLORS[t.kind]}" stroke-width="2.5"${dash} marker-end="url(#arrow-${t.kind})"/>`,
    );
  }
  out.push('</g>');

  out.push('<g class="stages">');
  for (const s of step.stages) {
    const { x, y } = s.position;
    const color = colors[s.owner ?? 'none'];
    const owner = options.words.owner(s);
    out.push(`<g class="stage-group">`);
    out.push(
      `<rect class="stage" x="${n(x)}" y="${n(y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="#ffffff" stroke="${color}" stroke-width="2"/>`,
    );
    out.push(
      `<path d="M ${n(x)} ${n(y + HEADER)} V ${n(y + 8)} Q ${n(x)} ${n(y)} ${n(x + 8)} ${n(y)} H ${n(x + NODE_WIDTH - 8)} Q ${n(x + NODE_WIDTH)} ${n(y)} ${n(x + NODE_WIDTH)} ${n(y + 8)} V ${n(y + HEADER)} Z" fill="${color}"/>`,
    );
    out.push(`<text x="${n(x + 10)}" y="${n(y + 18)}" font-size="14" font-weight="700" fill="#ffffff">${escapeXml(owner)}</text>`);
    const lines = wrapText(s.name || options.words.unnamedStage, Math.floor((NODE_WIDTH - 20) / charWidth(19)), 2);
    lines.forEach((line, i) => {
      out.push(
        `<text x="${n(x + 10)}" y="${n(y + HEADER + 23 + i * 22)}" font-size="19" font-weight="700" fill="${TEXT}">${escapeXml(line)}</text>`,
      );
    });
    out.push(
      `<text x="${n(x + 10)}" y="${n(y + NODE_HEIGHT - 10)}" font-size="15" fill="${MUTED}">${escapeXml(options.words.summary(s))}</text>`,
    );
    out.push('</g>');
  }
  out.push('</g>');

  out.push(`<g class="labels" font-size="${LABEL_FONT}" font-weight="700" text-anchor="middle">`);
  for (const { t, shape, label } of edges) {
    if (!label) continue;
    const w = label.length * charWidth(LABEL_FONT) + 12;
    out.push(
      `<rect x="${n(shape.label.x - w / 2)}" y="${n(shape.label.y - 12)}" width="${n(w)}" height="24" rx="4" fill="#ffffff" stroke="${EDGE_COLORS[t.kind]}" stroke-width="1"/>`,
    );
    out.push(`<text x="${n(shape.label.x)}" y="${n(shape.label.y + 5)}" fill="${EDGE_COLORS[t.kind]}">${escapeXml(label)}</text>`);
  }
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
