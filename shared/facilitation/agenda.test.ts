import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEP_IDS } from '../workshop/steps';
import { agendaSchema } from '../workshop/facilitation';
import {
  agendaOf,
  canMoveBreak,
  clockOfMinute,
  DEFAULT_BREAKS,
  DEFAULT_TIMEBOX_MINUTES,
  defaultAgenda,
  moveBreak,
  nextBreak,
  parseMinutes,
  plannedMinutes,
  recordActual,
  setBreakMinutes,
  setTimebox,
  summarise,
  validBreaks,
  type AgendaBreak,
} from './agenda';
import { MINUTE_MS } from './timer';

describe('agenda', () => {
  it('plans a one-day workshop that fits its day exactly, step by step from 09:00', () => {
    const s = summarise(defaultAgenda());
    expect(s.plannedMinutes).toBe(390);
    expect(s.overPlanMinutes).toBe(0);
    expect(s.rows.map((r) => r.step)).toEqual([...STEP_IDS]);
    expect(clockOfMinute(s.rows[0]!.plannedStartMinute)).toBe('09:00');
    expect(clockOfMinute(s.rows[1]!.plannedStartMinute)).toBe('09:25');
    expect(s.rows.at(-1)!.plannedTotalMinutes).toBe(390);
    expect(agendaSchema.safeParse(defaultAgenda()).success).toBe(true);
  });

  it('places a morning break, lunch and an afternoon break so the default day runs 09:00 to 17:00', () => {
    const s = summarise(defaultAgenda());
    const at = (step: string) => clockOfMinute(s.rows.find((r) => r.step === step)!.plannedStartMinute);
    const breaks = s.rows.flatMap((r) =>
      r.breaksAfter.map((b) => `${b.kind} ${clockOfMinute(b.startMinute)}–${clockOfMinute(b.startMinute + b.minutes)} after ${r.step}`),
    );
    expect(breaks).toEqual(['break 10:00–10:15 after goals', 'lunch 12:30–13:30 after qualifiedLead', 'break 15:00–15:15 after sla']);
    // Counted in every start after them, never as working time.
    expect(at('targetBuyer')).toBe('10:15');
    expect(at('handOff')).toBe('13:30');
    expect(at('metrics')).toBe('15:15');
    expect(s.breakMinutes).toBe(90);
    expect(clockOfMinute(s.plannedEndMinute)).toBe('17:00');
    expect(s.plannedMinutes).toBe(390);
    expect(s.overPlanMinutes).toBe(0);
    expect(nextBreak(s, 10 * 60 + 15)?.kind).toBe('lunch');
  });

  it('moves a break a step at a time within the day, and changes its length, the day ending later or earlier', () => {
    let b = moveBreak(DEFAULT_BREAKS, 'lunch', -1);
    expect(b.find((x) => x.id === 'lunch')!.afterStep).toBe('leadProcess');
    let s = summarise(defaultAgenda(), null, b);
    expect(clockOfMinute(s.rows.find((r) => r.step === 'qualifiedLead')!.plannedStartMinute)).toBe('12:40');
    expect(clockOfMinute(s.plannedEndMinute)).toBe('17:00');
    b = setBreakMinutes(b, 'lunch', 45);
    s = summarise(defaultAgenda(), null, b);
    expect(clockOfMinute(s.plannedEndMinute)).toBe('16:45');
    // Never after the last step, never before the first one's end.
    let last: AgendaBreak[] = DEFAULT_BREAKS.map((x) => ({ ...x, afterStep: 'technology' as const }));
    expect(canMoveBreak(last[0]!, 1)).toBe(false);
    expect(moveBreak(last, 'morning', 1)).toEqual(last);
    last = DEFAULT_BREAKS.map((x) => ({ ...x, afterStep: 'commitment' as const }));
    expect(canMoveBreak(last[0]!, -1)).toBe(false);
    expect(setBreakMinutes(DEFAULT_BREAKS, 'morning', 999).find((x) => x.id === 'morning')!.minutes).toBe(180);
  });

  it('drops stored breaks that are not well-formed', () => {
    expect(
      validBreaks([
        ...DEFAULT_BREAKS,
        null,
        { id: 'x', kind: 'nap', afterStep: 'goals', minutes: 5 },
        { id: 'y', kind: 'break', afterStep: 'feedback', minutes: 5 },
        { id: 'z', kind: 'break', afterStep: 'goals', minutes: 2.5 },
      ]),
    ).toEqual(DEFAULT_BREAKS);
  });

  it('uses the default timebox for a workshop written before agendas existed', () => {
    expect(plannedMinutes(agendaOf(undefined), 'sla')).toBe(DEFAULT_TIMEBOX_MINUTES.sla);
  });

  it('adds actual time per step, the running total and the live timer, and says how much of the day is left', () => {
    let a = recordActual(defaultAgenda(), 'commitment', 30 * MINUTE_MS);
    a = recordActual(a, 'commitment', 5 * MINUTE_MS);
    a = recordActual(a, 'goals', 20 * MINUTE_MS);
    const s = summarise(a, { stepId: 'targetBuyer', ms: 10 * MINUTE_MS });
    expect(s.rows.map((r) => r.actualMs / MINUTE_MS).slice(0, 4)).toEqual([35, 20, 10, 0]);
    expect(s.rows[2]!.actualTotalMs).toBe(65 * MINUTE_MS);
    expect(s.dayLeftMs).toBe((390 - 65) * MINUTE_MS);
  });

  it('says by how much an edited plan overruns the day, and forgets a timebox set back to its default', () => {
    let a = setTimebox(defaultAgenda(), 'sla', 85);
    expect(summarise(a).overPlanMinutes).toBe(30);
    // Metrics starts after the seven steps before it and all three breaks (15 + 60 + 15 minutes).
    expect(summarise(a).rows[7]!.plannedStartMinute).toBe(9 * 60 + 25 + 35 + 40 + 45 + 50 + 35 + 85 + 90);
    a = setTimebox(a, 'sla', DEFAULT_TIMEBOX_MINUTES.sla);
    expect(a.timeboxMinutes).toEqual({});
  });

  it('refuses timeboxes that are not whole minutes from 1 to 480, naming the field', () => {
    expect(parseMinutes('Goals timebox', '45')).toEqual({ ok: true, minutes: 45 });
    for (const bad of ['', '0', '-5', '12.5', 'abc', '481'])
      expect(parseMinutes('Goals timebox', bad)).toEqual({ ok: false, message: 'Goals timebox: enter whole minutes from 1 to 480.' });
  });

  it('keeps every recorded agenda valid against the schema, however long the timers ran', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...STEP_IDS), fc.integer({ min: 0, max: 10 * 24 * 3_600_000 })), { maxLength: 30 }),
        (records) => {
          const a = records.reduce((acc, [step, ms]) => recordActual(acc, step, ms), defaultAgenda());
          expect(agendaSchema.safeParse(a).success).toBe(true);
        },
      ),
    );
  });
});
