import { STEP_IDS, type StepId } from '../workshop/steps';
import type { Agenda } from '../workshop/facilitation';
import { MINUTE_MS } from './timer';

/**
 * A one-day workshop: 09:00 to 17:00 with an hour for lunch and two 15-minute breaks leaves
 * 390 working minutes. The timeboxes fill exactly that, weighted to the steps where rooms
 * argue longest (the qualified-lead definition and the SLA itself).
 */
export const DEFAULT_TIMEBOX_MINUTES: Readonly<Record<StepId, number>> = {
  commitment: 25,
  goals: 35,
  targetBuyer: 40,
  leadProcess: 45,
  qualifiedLead: 50,
  handOff: 35,
  sla: 55,
  metrics: 35,
  technology: 30,
  feedback: 40,
};

const MAX_ACTUAL_MS = 7 * 24 * 3_600_000;

export const defaultAgenda = (): Agenda => ({ dayStart: '09:00', dayMinutes: 390, timeboxMinutes: {}, actualMs: {} });

/**
 * A pause in the day, placed after a step: two 15-minute breaks and an hour for lunch by
 * default, which with the default timeboxes make the day run 09:00 to 17:00. The facilitator
 * moves them (earlier or later by a step) and changes their length; they count in every
 * planned start and in when the day ends, never as working time.
 */
export const BREAK_KINDS = ['break', 'lunch'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

export interface AgendaBreak {
  id: string;
  kind: BreakKind;
  /** The break starts when this step's timebox ends. */
  afterStep: StepId;
  minutes: number;
}

export const DEFAULT_BREAKS: readonly AgendaBreak[] = [
  { id: 'morning', kind: 'break', afterStep: 'goals', minutes: 15 },
  { id: 'lunch', kind: 'lunch', afterStep: 'qualifiedLead', minutes: 60 },
  { id: 'afternoon', kind: 'break', afterStep: 'sla', minutes: 15 },
];

/** Longest break a facilitator can plan: a long lunch with a site visit. */
export const MAX_BREAK_MINUTES = 180;

/** Where a break may sit: after any step but the last (a pause after the day's end is no pause). */
const BREAK_SLOTS: readonly StepId[] = STEP_IDS.slice(0, -1);

/** Breaks that are well-formed (known step, whole minutes in range); anything else is dropped. */
export function validBreaks(breaks: readonly unknown[]): AgendaBreak[] {
  return breaks.flatMap((b) => {
    const x = b as Partial<AgendaBreak> | null;
    if (!x || typeof x.id !== 'string' || !(BREAK_KINDS as readonly string[]).includes(x.kind ?? '')) return [];
    if (!BREAK_SLOTS.includes(x.afterStep as StepId)) return [];
    if (typeof x.minutes !== 'number' || !Number.isInteger(x.minutes) || x.minutes < 1 || x.minutes > MAX_BREAK_MINUTES) return [];
    return [{ id: x.id, kind: x.kind as BreakKind, afterStep: x.afterStep as StepId, minutes: x.minutes }];
  });
}

/** A break one step earlier (-1) or later (+1); unchanged at either end of the day. */
export function moveBreak(breaks: readonly AgendaBreak[], id: string, by: -1 | 1): AgendaBreak[] {
  return breaks.map((b) => {
    if (b.id !== id) return b;
    const slot = BREAK_SLOTS[BREAK_SLOTS.indexOf(b.afterStep) + by];
    return slot ? { ...b, afterStep: slot } : b;
  });
}

export const canMoveBreak = (b: AgendaBreak, by: -1 | 1): boolean => BREAK_SLOTS[BREAK_SLOTS.indexOf(b.afterStep) + by] !== undefined;

export const setBreakMinutes = (breaks: readonly AgendaBreak[], id: string, minutes: number): AgendaBreak[] =>
  breaks.map((b) => (b.id === id ? { ...b, minutes: Math.min(MAX_BREAK_MINUTES, Math.max(1, Math.round(minutes))) } : b));

/** The stored agenda, or the default one for workshops that never edited theirs. */
export const agendaOf = (stored: Agenda | undefined): Agenda => stored ?? defaultAgenda();

export const plannedMinutes = (agenda: Agenda, step: StepId): number => agenda.timeboxMinutes[step] ?? DEFAULT_TIMEBOX_MINUTES[step];

export interface AgendaRow {
  step: StepId;
  plannedMinutes: number;
  /** Recorded time plus, for the step being timed, what the timer has run so far. */
  actualMs: number;
  /** Planned minutes of this step and every step before it. */
  plannedTotalMinutes: number;
  actualTotalMs: number;
  /** When this step is planned to start, minutes after midnight (breaks before it counted). */
  plannedStartMinute: number;
  /** The breaks that follow this step, with their planned start. */
  breaksAfter: (AgendaBreak & { startMinute: number })[];
}

export interface AgendaSummary {
  rows: AgendaRow[];
  plannedMinutes: number;
  actualMs: number;
  dayMinutes: number;
  /** Planned minus the day: positive means the plan does not fit the day. */
  overPlanMinutes: number;
  /** Minutes of the day left after the time already spent (negative: the day has run over). */
  dayLeftMs: number;
  /** Minutes of breaks and lunch in the plan. */
  breakMinutes: number;
  /** When the planned day ends, minutes after midnight: the start, every timebox and every break. */
  plannedEndMinute: number;
}

/** "09:30" → 570. The schema guarantees the shape. */
export const minuteOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const clockOfMinute = (minute: number): string => {
  const m = ((Math.round(minute) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * Planned vs actual per step and the running totals against the day. `live` is the timer's
 * time not yet recorded (see timer.ts `unrecordedMs`), added to the step it belongs to.
 * Breaks shift every planned start after them; they are never working time.
 */
export function summarise(
  agenda: Agenda,
  live: { stepId: StepId; ms: number } | null = null,
  breaks: readonly AgendaBreak[] = DEFAULT_BREAKS,
): AgendaSummary {
  let plannedTotal = 0;
  let actualTotal = 0;
  let breakTotal = 0;
  const start = minuteOfDay(agenda.dayStart);
  const rows = STEP_IDS.map((step): AgendaRow => {
    const planned = plannedMinutes(agenda, step);
    const actual = (agenda.actualMs[step] ?? 0) + (live?.stepId === step ? live.ms : 0);
    const plannedStartMinute = start + plannedTotal + breakTotal;
    plannedTotal += planned;
    actualTotal += actual;
    const breaksAfter = breaks
      .filter((b) => b.afterStep === step)
      .map((b) => {
        const startMinute = start + plannedTotal + breakTotal;
        breakTotal += b.minutes;
        return { ...b, startMinute };
      });
    return {
      step,
      plannedMinutes: planned,
      actualMs: actual,
      plannedTotalMinutes: plannedTotal,
      actualTotalMs: actualTotal,
      plannedStartMinute,
      breaksAfter,
    };
  });
  return {
    rows,
    plannedMinutes: plannedTotal,
    actualMs: actualTotal,
    dayMinutes: agenda.dayMinutes,
    overPlanMinutes: plannedTotal - agenda.dayMinutes,
    dayLeftMs: agenda.dayMinutes * MINUTE_MS - actualTotal,
    breakMinutes: breakTotal,
    plannedEndMinute: start + plannedTotal + breakTotal,
  };
}

/** The first break planned to start at or after `minute` (minutes after midnight), or null. */
export function nextBreak(summary: AgendaSummary, minute: number): (AgendaBreak & { startMinute: number }) | null {
  return summary.rows.flatMap((r) => r.breaksAfter).find((b) => b.startMinute >= minute) ?? null;
}

export type TimeboxCheck = { ok: true; minutes: number } | { ok: false; message: string };

/** What the agenda's minute fields accept, with a message naming the field. */
export function parseMinutes(field: string, raw: string, max = 480): TimeboxCheck {
  const t = raw.trim();
  const n = Number(t);
  if (t === '' || !Number.isInteger(n) || n < 1 || n > max)
    return { ok: false, message: `${field}: enter whole minutes from 1 to ${max}.` };
  return { ok: true, minutes: n };
}

/** The timebox for a step, or the default again when it is set back to its default value. */
export function setTimebox(agenda: Agenda, step: StepId, minutes: number): Agenda {
  const timeboxMinutes = { ...agenda.timeboxMinutes };
  if (minutes === DEFAULT_TIMEBOX_MINUTES[step]) delete timeboxMinutes[step];
  else timeboxMinutes[step] = minutes;
  return { ...agenda, timeboxMinutes };
}

export function recordActual(agenda: Agenda, step: StepId, ms: number): Agenda {
  if (ms <= 0) return agenda;
  // The schema bounds an actual at a week; a timer forgotten over a holiday stops there.
  const total = Math.min(MAX_ACTUAL_MS, Math.round((agenda.actualMs[step] ?? 0) + ms));
  return { ...agenda, actualMs: { ...agenda.actualMs, [step]: total } };
}
