import { periodFrom } from '../../../shared/compliance/periods';
import { clauseStrings } from '../../../shared/sla/clauseStrings';
import { newCommitment } from '../../../shared/sla/commitmentRules';
import { consistencyIssues } from '../../../shared/sla/consistency';
import { amendSla, freezeSla, recordExport, signSla } from '../../../shared/sla/versions';
import { sampleWorkshop } from '../../../shared/workshop/sample';
import type { Workshop } from '../../../shared/workshop/schema';
import { MAX_FACTS, MAX_PERSONAS, type Fact, type Persona } from '../../../shared/workshop/steps/targetBuyer';
import { signaturePng } from './signaturePng';

/**
 * A "year-old workshop": the sample as it stands after a year of weekly triage meetings,
 * amendments and notes. Deterministic for a seed, valid against the workshop schema.
 *
 * At scale 1: 52 weekly compliance periods for 10 commitments, 12 SLA versions each signed by
 * three people (drawn signatures of ~26 KB), ~400 audit events chained with the real audit
 * functions, 12 personas, a 40-stage diagram, 300 decisions / action items / parking-lot items.
 * `scale` multiplies every count, up to what the workshop schema allows (e.g. 100 versions,
 * 520 periods, 20 personas, 500 of each facilitation list): a workshop can never be bigger.
 *
 * The trail is a valid hash chain but carries no seals: sealing needs an install's key, which
 * the app makes on its own computer (the app shows such events as not vouched for).
 */
export interface YearOldOptions {
  scale?: number;
  seed?: number;
  /** When the year began (the workshop day). */
  start?: Date;
}

const DAY = 86_400_000;
const LIMITS = { versions: 100, periods: 520, audit: 5000, stages: 1000, facilitation: 500 } as const;

/** mulberry32: small, fast, and the same sequence on every platform for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS =
  'lead score handoff pipeline quota region campaign webinar demo renewal churn forecast persona intent budget trial onboarding partner referral inbound outbound nurture enterprise midmarket agency fintech retail security compliance pricing discount'.split(
    ' ',
  );

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function yearOldWorkshop({ scale = 1, seed = 1, start = new Date('2026-01-05T09:00:00Z') }: YearOldOptions = {}): Workshop {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase());
  const count = (base: number, cap: number) => Math.min(cap, Math.round(base * scale));
  const at = (days: number) => new Date(start.getTime() + days * DAY);

  const w = sampleWorkshop(start);
  w.id = `year-old-${scale}x-${seed}`;
  w.title = `A year of alignment (${scale}×)`;
  addCommitments(w);
  w.targetBuyer.personas = personas(w.targetBuyer.personas, count(12, MAX_PERSONAS), count(3, MAX_FACTS), sentence, pick);
  diagram(w, count(40, LIMITS.stages), random);
  facilitation(w, count(100, LIMITS.facilitation), sentence, at, random);
  periods(w, count(52, LIMITS.periods), start, random);
  slaYear(w, count(12, LIMITS.versions), count(400, LIMITS.audit), at, random);
  w.updatedAt = at(365).toISOString();
  return w;
}

/** The sample's eight commitments and two the room added in the year: ten. */
function addCommitments(w: Workshop): void {
  w.sla.commitments.push(
    newCommitment({ id: 'c-touch-q', party: 'sales', kind: 'firstTouch', target: 48, period: 'quarter' }, () => 'c-touch-q'),
    newCommitment({ id: 'c-quality-q', party: 'marketing', kind: 'leadQuality', target: 75, period: 'quarter' }, () => 'c-quality-q'),
  );
}

function personas(
  base: Persona[],
  n: number,
  factsEach: number,
  sentence: (n: number) => string,
  pick: <T>(xs: readonly T[]) => T,
): Persona[] {
  let fact = 0;
  const facts = (): Fact[] =>
    Array.from({ length: factsEach }, () => ({
      id: `yo-fact-${++fact}`,
      text: sentence(8),
      evidence: pick(['customerData', 'salesFeedback', 'assumption'] as const),
    }));
  return Array.from({ length: n }, (_, i) => {
    const model = base[i % base.length]!;
    return {
      ...model,
      id: i < base.length ? model.id : `yo-persona-${i}`,
      name: i < base.length ? model.name : `${model.name} ${i}`,
      goals: facts(),
      pains: facts(),
      objections: facts(),
      buyingTriggers: facts(),
      informationSources: facts(),
    };
  });
}

/** A long funnel: `n` stages in rows of eight, each leading to the next. */
function diagram(w: Workshop, n: number, random: () => number): void {
  const roles = ['mql', 'sal', 'sql', 'opportunity'] as const;
  const owners = ['marketing', 'sdr', 'sales', 'operations'] as const;
  const stages = Array.from({ length: n }, (_, i) => ({
    id: `yo-stage-${i}`,
    name: `Stage ${i + 1}`,
    kind: i === 0 ? ('capture' as const) : i === n - 1 ? ('won' as const) : ('stage' as const),
    role: i > 0 && i <= roles.length ? roles[i - 1]! : null,
    owner: owners[i % owners.length]!,
    entryCriteria: `Meets criterion ${i + 1}`,
    conversionToNext: i === n - 1 ? null : Math.round(30 + random() * 60),
    daysInStage: Math.round(1 + random() * 20),
    position: { x: (i % 8) * 220, y: Math.floor(i / 8) * 160 },
  }));
  w.leadProcess.stages = stages;
  w.leadProcess.transitions = stages.slice(1).map((s, i) => ({
    id: `yo-tr-${i}`,
    from: stages[i]!.id,
    to: s.id,
    kind: 'forward' as const,
    label: '',
  }));
}

function facilitation(w: Workshop, n: number, sentence: (n: number) => string, at: (d: number) => Date, random: () => number): void {
  const steps = ['commitment', 'goals', 'targetBuyer', 'leadProcess', 'qualifiedLead', 'handOff', 'sla', 'metrics'] as const;
  const step = (i: number) => steps[i % steps.length]!;
  const when = (i: number) => at((i * 365) / n).toISOString();
  const owners = w.commitment.participants.map((p) => p.id);
  w.facilitation.decisions = Array.from({ length: n }, (_, i) => ({ id: `yo-dec-${i}`, text: sentence(14), stepId: step(i), at: when(i) }));
  w.facilitation.actionItems = Array.from({ length: n }, (_, i) => ({
    id: `yo-act-${i}`,
    text: sentence(10),
    ownerId: owners[i % owners.length]!,
    dueDate: isoDay(at((i * 365) / n + 14)),
    status: random() < 0.7 ? ('done' as const) : ('open' as const),
    stepId: step(i + 3),
    createdAt: when(i),
  }));
  w.facilitation.parkingLot = Array.from({ length: n }, (_, i) => ({
    id: `yo-park-${i}`,
    text: sentence(12),
    stepId: step(i + 5),
    at: when(i),
    resolved: random() < 0.6,
  }));
}

/** Weekly actuals for every commitment: a count for volumes, a share for the rest. */
function periods(w: Workshop, n: number, start: Date, random: () => number): void {
  const firstMonday = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY);
  w.feedback.logUnit = 'week';
  w.feedback.periods = Array.from({ length: n }, (_, i) => {
    const day = isoDay(new Date(firstMonday.getTime() + i * 7 * DAY));
    const delivered = Math.round(25 + random() * 20);
    const share = () => ({ part: Math.round(delivered * (0.4 + random() * 0.55)), of: delivered });
    const actuals = Object.fromEntries(
      w.sla.commitments.map((c) => [c.id, c.kind === 'mqlVolume' ? delivered : share()] as const),
    ) as Workshop['feedback']['periods'][number]['actuals'];
    return { id: `yo-per-${i}`, ...periodFrom(day, 'week'), start: day, actuals };
  });
}

/**
 * `versions` SLA versions, each frozen, signed by its three signers and amended (all but the
 * last), with exports between them until the trail holds about `events` events.
 */
function slaYear(w: Workshop, versions: number, events: number, at: (d: number) => Date, random: () => number): void {
  const consent = clauseStrings(w.language).consentLine;
  const perVersion = 365 / versions;
  for (let v = 0; v < versions; v++) {
    const day = v * perVersion;
    if (v > 0) {
      amendSla(w, at(day));
      const volume = w.sla.commitments.find((c) => c.id === 'c-touch')!;
      volume.target = 12 + (v % 24); // what each amendment changed
    }
    freezeSla(w, at(day + 0.01), { accepted: consistencyIssues(w), reason: 'Accepted by the room at the review.' });
    const version = w.sla.versions.at(-1)!;
    version.content.signers.forEach((signer, i) => {
      const p = w.commitment.participants.find((x) => x.id === signer.id)!;
      signSla(
        w,
        { participantId: p.id, typedName: p.name, title: p.role, image: signaturePng(random), consent },
        at(day + 0.02 + i * 0.001),
      );
    });
    // The rest of the trail: the signed PDF sent round after meetings, spread over the version's life.
    const left = events - w.sla.audit.length;
    const exports = Math.max(0, Math.round(left / (versions - v)) - (v < versions - 1 ? 1 : 0));
    for (let e = 0; e < exports; e++) {
      const hash = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
      recordExport(w, version.number, hash, at(day + 0.05 + ((perVersion - 0.1) * e) / Math.max(1, exports)));
    }
  }
}

/**
 * The states a workshop passes through in `hours` of editing, one per `everyMinutes` (the
 * snapshot scheduler's rhythm): each changes a note, a decision and the commitment place, as
 * typing does. For the snapshot database's size after a day in the room.
 */
export function editingSession(w: Workshop, hours = 8, everyMinutes = 3): Workshop[] {
  const states: Workshop[] = [];
  const begin = new Date(w.updatedAt).getTime();
  for (let i = 1; i <= (hours * 60) / everyMinutes; i++) {
    const at = new Date(begin + i * everyMinutes * 60_000).toISOString();
    const decisions = w.facilitation.decisions.map((d, j) =>
      j === i % w.facilitation.decisions.length ? { ...d, text: `${d.text} (${i})` } : d,
    );
    states.push({
      ...w,
      updatedAt: at,
      commitment: { ...w.commitment, place: `Room ${i}` },
      facilitation: { ...w.facilitation, decisions },
    });
  }
  return states;
}
