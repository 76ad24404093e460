import { countScore, toDistribution, type BatchResult, type ScoreDistribution } from '../../shared/scoring/batch';
import { leadRowReader, type CsvProblem, type LeadRowReader } from '../../shared/scoring/csv';
import { cellKey, gridBands, gridCell, type GridBands } from '../../shared/scoring/grid';
import { scoreLead, type ScoringModel } from '../../shared/scoring/score';
import { streamCsv, type FileRefusal, type StreamControl } from './csvStream';

/** The first problems and rows are kept to show; the rest is only counted, so memory stays bounded. */
export const KEPT_PROBLEMS = 100;
export const KEPT_ROWS = 200;

/** What a streamed batch leaves behind: aggregates, never every lead. */
export interface LeadBatchSummary {
  total: number;
  mqls: number;
  qualifyRate: number;
  bands: GridBands;
  cells: Record<string, { leads: number; mqls: number }>;
  distribution: ScoreDistribution;
  /** The first rows scored, for the table. */
  sample: BatchResult[];
  /** The first problems, by row and column; `problemCount` counts them all. */
  problems: CsvProblem[];
  problemCount: number;
  skippedCount: number;
  ignoredColumns: string[];
  /** Stopped by the user before the end of the file: the figures cover the rows read so far. */
  partial: boolean;
  bytesRead: number;
  totalBytes: number;
}

export type LeadBatchOutcome = { ok: true; summary: LeadBatchSummary } | { ok: false; refusal: FileRefusal | { code: 'noHeader' } };

/**
 * Scores leads as their rows arrive: hand it each chunk's records in file order. Only counts,
 * the score distribution, the first rows and the first problems are kept.
 */
export function createLeadBatch(model: ScoringModel) {
  const bands = gridBands(model);
  const cells: LeadBatchSummary['cells'] = {};
  const scores = new Map<number, { leads: number; eligible: number }>();
  const sample: BatchResult[] = [];
  const problems: CsvProblem[] = [];
  let reader: LeadRowReader | null = null;
  let index = 0;
  let total = 0;
  let mqls = 0;
  let problemCount = 0;
  let skippedCount = 0;
  let noHeader = false;

  /** Returns false once the header shows the file cannot be scored. */
  const add = (records: readonly string[][], structural: ReadonlyMap<number, string> = new Map()): boolean => {
    for (let i = 0; i < records.length; i++, index++) {
      const record = records[i]!;
      if (reader === null) {
        // Blank lines before the header are skipped, as a spreadsheet would.
        if (record.every((c) => c.trim() === '')) continue;
        reader = leadRowReader(record, model.engagement);
        if (!reader.usable) {
          noHeader = true;
          return false;
        }
        continue;
      }
      const row = index + 1;
      const read = reader.read(record, row, structural.get(i));
      if (read === null) continue;
      if ('problems' in read) {
        skippedCount++;
        problemCount += read.problems.length;
        for (const p of read.problems) if (problems.length < KEPT_PROBLEMS) problems.push(p);
        continue;
      }
      const score = scoreLead(model, read.lead.lead);
      const cell = gridCell(bands, score.fit, score.engagement);
      const slot = (cells[cellKey(cell)] ??= { leads: 0, mqls: 0 });
      slot.leads++;
      total++;
      if (score.isMql) {
        slot.mqls++;
        mqls++;
      }
      countScore(scores, score);
      if (sample.length < KEPT_ROWS) sample.push({ ...read.lead, score, cell });
    }
    return true;
  };

  const finish = (partial: boolean, bytesRead: number, totalBytes: number): LeadBatchOutcome => {
    if (noHeader || reader === null) return { ok: false, refusal: { code: 'noHeader' } };
    return {
      ok: true,
      summary: {
        total,
        mqls,
        qualifyRate: total ? mqls / total : 0,
        bands,
        cells,
        distribution: toDistribution(scores),
        sample,
        problems,
        problemCount,
        skippedCount,
        ignoredColumns: reader.ignoredColumns,
        partial,
        bytesRead,
        totalBytes,
      },
    };
  };
  return { add, finish };
}

/** Streams a lead export and scores it; a cancel returns what was scored so far, marked partial. */
export async function scoreLeadFile(
  file: Blob,
  model: ScoringModel,
  control: StreamControl,
  sliceBytes?: number,
): Promise<LeadBatchOutcome> {
  const batch = createLeadBatch(model);
  const r = await streamCsv(file, (records, structural) => (batch.add(records, structural) ? 'more' : 'stop'), control, sliceBytes);
  if (r.outcome === 'refused') return { ok: false, refusal: r.refusal };
  return batch.finish(r.outcome === 'cancelled', r.bytesRead, r.totalBytes);
}
