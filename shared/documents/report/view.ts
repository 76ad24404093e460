import type { StepId } from '../../workshop/steps';
import type { Team } from '../../workshop/teams';
import type { DiagramLayout } from './diagram';
import type { ReportStrings } from './strings';

/**
 * The report as data: every section already worded and formatted in the workshop's language,
 * so the react-pdf components only lay it out and the content is tested without a PDF.
 */
/** A table cell: plain text, or text with a team mark, emphasis, or a bulleted list (one item a line). */
export type Cell = string | { text: string; team?: Team; bold?: boolean; muted?: boolean; list?: string[] };

export interface TableView {
  /** Column headings and relative widths (they need not add up to anything). */
  columns: { label: string; width: number }[];
  rows: Cell[][];
}

export interface PersonaCard {
  id: string;
  name: string;
  /** Title · seniority · buying role, whatever is set. */
  subtitle: string;
  groups: { label: string; facts: { text: string; evidence: string }[] }[];
}

export type Block =
  | { kind: 'paragraphs'; title?: string; paragraphs: string[] }
  | { kind: 'quote'; title?: string; text: string; note?: string }
  | { kind: 'list'; title?: string; items: string[] }
  | { kind: 'facts'; title?: string; items: { label: string; value: string }[] }
  | {
      kind: 'table';
      title?: string;
      intro?: string;
      table: TableView;
      empty: string;
      /** A short table printed whole, with this many points of what follows on its page (a box that closes it). */
      keepWithNext?: number;
    }
  | { kind: 'personas'; title?: string; cards: PersonaCard[]; note: string }
  | {
      kind: 'diagram';
      title?: string;
      layout: DiagramLayout | null;
      legend: { kind: 'forward' | 'recycle' | 'feedback'; label: string }[];
      empty: string;
    };

export type SectionId = StepId | 'decisions' | 'actionItems' | 'parkingLot';

export interface SectionView {
  id: SectionId;
  /** 1–10 for the steps; null for the closing sections. */
  number: number | null;
  title: string;
  purpose: string | null;
  /** The diagram needs the width of a landscape page. */
  landscape: boolean;
  /** Steps open a page; the short closing logs follow one another. */
  newPage: boolean;
  blocks: Block[];
}

export interface ReportView {
  s: ReportStrings;
  language: string;
  hasCjk: boolean;
  client: string;
  title: string;
  cover: { label: string; value: string }[];
  participants: { name: string; role: string; team: Team }[];
  sections: SectionView[];
}
