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
  /** When this step is planned to start, minutes after midnight. */
  plannedStartMinute: number;
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
 */
export function summarise(agenda: Agenda, live: { stepId: StepId; ms: number } | null = null): AgendaSummary {
  let plannedTotal = 0;
  let actualTotal = 0;
  const start = minuteOfDay(agenda.dayStart);
  const rows = STEP_IDS.map((step): AgendaRow => {
    const planned = plannedMinutes(agenda, step);
    const actual = (agenda.actualMs[step] ?? 0) + (live?.stepId === step ? live.ms : 0);
    const plannedStartMinute = start + plannedTotal;
    plannedTotal += planned;
    actualTotal += actual;
    return { step, plannedMinutes: planned, actualMs: actual, plannedTotalMinutes: plannedTotal, actualTotalMs: actualTotal, plannedStartMinute };
  });
  return {
    rows,
    plannedMinutes: plannedTotal,
    actualMs: actualTotal,
    dayMinutes: agenda.dayMinutes,
    overPlanMinutes: plannedTotal - agenda.dayMinutes,
    dayLeftMs: agenda.dayMinutes * MINUTE_MS - actualTotal,
  };
}

export type TimeboxCheck = { ok: true; minutes: number } | { ok: false; message: string };

/** What the agenda's minute fields accept, with a message naming the field. */
export function parseMinutes(field: string, raw: string, max = 480): TimeboxCheck {
  const t = raw.trim();
  const n = Number(t);
  if (t === '' || !Number.isInteger(n) || n < 1 || n > max) return { ok: false, message: `${field}: enter whole minutes from 1 to ${max}.` };
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
