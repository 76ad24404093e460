import type { JsonRecord } from '../migrations';
import { parseAmount } from '../../scoring/conditions';
import { STUDENT_TITLES } from '../../scoring/starterModel';
import { guessStageRole } from '../../leadProcess/roles';
import type { FitField, MigrationNote } from '../steps/qualifiedLead';

/**
 * schemaVersion 4 → 5, the part about the scoring model, stage roles and the metrics.
 * Receives the whole document as version 4 wrote it (a private copy) and returns it changed.
 *
 * The scoring model keeps the same scores wherever the old meaning was unambiguous, and lists
 * in `qualifiedLead.migrationNotes` every place where it changed (shown once on step 5):
 *
 * - `contains` on whole words ("Director", "Head of") becomes `word`: the room meant the word,
 *   and substring matching is what made "intern" penalise "Head of International Sales". A lead
 *   whose field holds the letters only inside a longer word no longer matches (note
 *   containsToWord). `contains` on anything else (".edu", "@", "c-level") stays a substring.
 * - The student preset (title contains "student") becomes "title is one of" the usual student
 *   titles, so a "Director of Student Success" is no longer vetoed (note studentPreset).
 * - A fit ≥ and ≤ pair on the same numeric field (how bands were written before `between`)
 *   becomes one range worth both rows' points: a lead inside the band scores the same, a lead
 *   outside it no longer collects half (note bandToRange). Anything else stays as it was.
 * - Decay of N points per week since the last activity is KEPT as that exact rule (decay kind
 *   weeklySinceLast), not converted: a half-life cannot reproduce it, and converting would
 *   change every score. The screen offers the per-activity half-life (note decayKept).
 * - Engagement caps "per period" are per month, as step 5's help text always said (note
 *   capPeriodMonth). Old leads had every occurrence in one period, so their scores are unchanged.
 * - No minimum engagement (as before). Stage roles are guessed from stage names the way the
 *   calculator used to find them (first stage per role); metrics get the period of their target.
 */
const asRecord = (v: unknown): JsonRecord | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonRecord) : null);
const asArray = (v: unknown): JsonRecord[] => (Array.isArray(v) ? v.map(asRecord).filter((x): x is JsonRecord => x !== null) : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

const WHOLE_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
const NUMERIC_FIELDS = new Set(['companySize', 'annualRevenue']);

const note = (code: MigrationNote['code'], c: JsonRecord | null, value: string, valueMax: string | null = null): MigrationNote => ({
  code,
  field: c ? (c.field as FitField) : null,
  value: value.slice(0, 600),
  valueMax,
});

function wordMatch(c: JsonRecord, notes: MigrationNote[]): void {
  const value = str(c.value).trim().replace(/\s+/g, ' ');
  if (c.operator !== 'contains' || !WHOLE_WORDS.test(value)) return;
  notes.push(note('containsToWord', c, value));
  c.operator = 'word';
}

/** One ≥ and one ≤ row on the same numeric field, lower ≤ upper: one range. */
function mergeBands(fit: JsonRecord[], notes: MigrationNote[]): JsonRecord[] {
  const drop = new Set<JsonRecord>();
  for (const field of NUMERIC_FIELDS) {
    const rows = fit.filter((c) => c.field === field);
    const gte = rows.filter((c) => c.operator === 'gte');
    const lte = rows.filter((c) => c.operator === 'lte');
    if (gte.length !== 1 || lte.length !== 1 || rows.length !== 2) continue;
    const [low, high] = [gte[0]!, lte[0]!];
    const min = parseAmount(str(low.value));
    const max = parseAmount(str(high.value));
    if (min === null || max === null || min > max) continue;
    notes.push(note('bandToRange', low, str(low.value).trim(), str(high.value).trim().slice(0, 100)));
    const points = Math.min(1000, (typeof low.points === 'number' ? low.points : 0) + (typeof high.points === 'number' ? high.points : 0));
    Object.assign(low, { operator: 'between', value: str(low.value), valueMax: str(high.value), points });
    drop.add(high);
  }
  return fit.filter((c) => !drop.has(c));
}

function migrateModel(q: JsonRecord): void {
  if (q.decay !== undefined) return; // already version 5 (a default made by an earlier step)
  const notes: MigrationNote[] = [];
  const fit = asArray(q.fit);
  fit.forEach((c) => wordMatch(c, notes));
  q.fit = mergeBands(fit, notes);
  const negative = asArray(q.negative);
  for (const c of negative) {
    if (c.kind === 'student' && c.field === 'title' && c.operator === 'contains' && str(c.value).trim().toLowerCase() === 'student') {
      notes.push(note('studentPreset', c, str(c.value).trim()));
      Object.assign(c, { operator: 'oneOf', value: STUDENT_TITLES });
    } else wordMatch(c, notes);
  }
  q.negative = negative;
  const engagement = asArray(q.engagement);
  for (const c of engagement) c.capPeriod = 'month';
  q.engagement = engagement;
  const capped = engagement.filter((c) => typeof c.capPerPeriod === 'number');
  if (capped.length > 0)
    notes.push(
      note(
        'capPeriodMonth',
        null,
        capped
          .map((c) => str(c.behaviour).trim())
          .filter(Boolean)
          .join(', '),
      ),
    );
  const perWeek = typeof q.decayPointsPerWeek === 'number' && Number.isFinite(q.decayPointsPerWeek) ? q.decayPointsPerWeek : 0;
  q.decay = perWeek > 0 ? { kind: 'weeklySinceLast', pointsPerWeek: perWeek } : { kind: 'none' };
  if (perWeek > 0) notes.push(note('decayKept', null, String(perWeek)));
  delete q.decayPointsPerWeek;
  q.minimumEngagement = null;
  q.migrationNotes = notes;
}

function migrateStages(lp: JsonRecord): void {
  const taken = new Set<string>();
  for (const s of asArray(lp.stages)) {
    if (s.role !== undefined) continue;
    const role = s.kind === 'stage' ? guessStageRole(str(s.name)) : null;
    s.role = role !== null && !taken.has(role) ? role : null;
    if (role !== null) taken.add(role);
  }
}

const PERIOD_OF_FREQUENCY: Record<string, string | null> = { daily: 'week', weekly: 'week', monthly: 'month', quarterly: 'quarter' };
const COUNTED_KINDS = new Set(['stageVolume', 'pipelineValue', 'revenue']);

/** A volume or an amount counts over a period (its reporting one); a rate, a time or a share does not. */
function migrateMetrics(m: JsonRecord): void {
  for (const metric of asArray(m.metrics)) {
    if (metric.period !== undefined) continue;
    const unit = str(metric.unit).toLowerCase();
    const fromUnit = /\/\s*week/.test(unit)
      ? 'week'
      : /\/\s*month/.test(unit)
        ? 'month'
        : /\/\s*quarter/.test(unit)
          ? 'quarter'
          : /\/\s*year/.test(unit)
            ? 'year'
            : null;
    metric.period = COUNTED_KINDS.has(str(metric.kind)) ? (fromUnit ?? PERIOD_OF_FREQUENCY[str(metric.frequency)] ?? null) : fromUnit;
  }
}

export function migrateDefinitionV5(doc: JsonRecord): JsonRecord {
  const q = asRecord(doc.qualifiedLead);
  if (q) migrateModel(q);
  const lp = asRecord(doc.leadProcess);
  if (lp) migrateStages(lp);
  const m = asRecord(doc.metrics);
  if (m) migrateMetrics(m);
  return doc;
}
