import { Fragment, useState } from 'react';
import { ArrowDown, ArrowUp, Coffee, UtensilsCrossed } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS, stepNumber, type StepId } from '../../shared/workshop/stepIds';
import {
  agendaOf,
  canMoveBreak,
  clockOfMinute,
  MAX_BREAK_MINUTES,
  parseMinutes,
  setTimebox,
  summarise,
} from '../../shared/facilitation/agenda';
import { MINUTE_MS, unrecordedMs } from '../../shared/facilitation/timer';
import { useOpenWorkshop, useWorkshop } from '../app/workshopStore';
import { Modal } from '../ui/Modal';
import { useFacilitationUi } from './facilitationUi';
import { useTimers, useWorkshopTimer } from './timerStore';
import { useNow } from './useNow';
import { beepFor } from './sound';
import { typingIn } from '../app/undoScope';
import { useBreaks, useBreaksStore } from './breaksStore';
import { useDuration } from './duration';

export { useDuration };

/**
 * The day's plan: a timebox per step (editable), planned start, actual time, and running
 * totals against the working day. Actual time comes from the step timer. Two breaks and lunch
 * sit between steps; the facilitator moves them a step earlier or later and sets their length,
 * and every planned start after them moves with them.
 */
export function AgendaPanel({ step }: { step: StepId }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const close = useFacilitationUi((s) => s.close);
  const timer = useWorkshopTimer(w.id);
  const sound = useTimers((s) => s.sound);
  const setSound = useTimers((s) => s.setSound);
  const now = useNow(timer?.status === 'running', 1000);
  const agenda = agendaOf(w.facilitation.agenda);
  const live = timer ? { stepId: timer.stepId, ms: unrecordedMs(timer, now) } : null;
  const breaks = useBreaks(w.id);
  const s = summarise(agenda, live, breaks);
  const dur = useDuration();
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const setError = (key: string, message: string | null) => setErrors((e) => ({ ...e, [key]: message ?? undefined }));
  const breakStore = useBreaksStore.getState();
  // The row moves to its new place (a new row in the table): focus follows it, on the same arrow
  // while it can go further, else on the other one.
  const moveBreak = (id: string, by: -1 | 1) => {
    breakStore.move(w.id, id, by);
    requestAnimationFrame(() => {
      const same = document.getElementById(`break-${id}-${by < 0 ? 'earlier' : 'later'}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : document.getElementById(`break-${id}-${by < 0 ? 'later' : 'earlier'}`))?.focus();
    });
  };
  const edit = (change: (a: typeof agenda) => typeof agenda) =>
    update((d) => void (d.facilitation.agenda = change(agendaOf(d.facilitation.agenda))));

  return (
    <Modal open onOpenChange={(o) => !o && close()} title={t('agenda.title')} description={t('agenda.description')} wide>
      <div className="grid-3">
        <div className="field">
          <label htmlFor="agenda-day-start">{t('agenda.dayStart')}</label>
          <input
            id="agenda-day-start"
            className="input"
            type="time"
            value={agenda.dayStart}
            onChange={(e) =>
              /^\d\d:\d\d$/.test(e.target.value) &&
              typingIn('field:agenda-day-start', () => edit((a) => ({ ...a, dayStart: e.target.value })))
            }
          />
        </div>
        <MinutesInput
          id="agenda-day-minutes"
          label={t('agenda.dayMinutes')}
          value={agenda.dayMinutes}
          max={960}
          error={errors.day}
          onValid={(m) => edit((a) => ({ ...a, dayMinutes: m }))}
          onError={(msg) => setError('day', msg)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked);
              // A sample of the orange beep: the facilitator hears how loud it is before the room does.
              if (e.target.checked) beepFor('warning');
            }}
          />
          {t('agenda.sound')}
        </label>
      </div>
      <table className="table agenda-table">
        <thead>
          <tr>
            <th scope="col">{t('agenda.step')}</th>
            <th scope="col">{t('agenda.start')}</th>
            <th scope="col" className="num">
              {t('agenda.planned')}
            </th>
            <th scope="col" className="num">
              {t('agenda.actual')}
            </th>
            <th scope="col" className="num">
              {t('agenda.plannedTotal')}
            </th>
            <th scope="col" className="num">
              {t('agenda.actualTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r) => {
            const title = t(`app:steps.${r.step}.title`);
            const over = r.actualMs > r.plannedMinutes * MINUTE_MS;
            return (
              <Fragment key={r.step}>
                <tr data-current={r.step === step} data-testid="agenda-row">
                  <td className="agenda-step">
                    {stepNumber(r.step)}. {title}
                  </td>
                  <td>{clockOfMinute(r.plannedStartMinute)}</td>
                  <td className="num">
                    <MinutesInput
                      id={`timebox-${r.step}`}
                      label={t('agenda.timeboxOf', { title })}
                      hideLabel
                      value={r.plannedMinutes}
                      max={480}
                      error={errors[r.step]}
                      onValid={(m) => edit((a) => setTimebox(a, r.step, m))}
                      onError={(msg) => setError(r.step, msg)}
                    />
                  </td>
                  <td className={`num ${over ? 'over' : ''}`}>
                    {r.actualMs > 0 ? dur(r.actualMs) : '—'}
                    {over && <span className="sr-only"> {t('agenda.overSr')}</span>}
                  </td>
                  <td className="num">{dur(r.plannedTotalMinutes * MINUTE_MS)}</td>
                  <td className="num">{dur(r.actualTotalMs)}</td>
                </tr>
                {r.breaksAfter.map((b) => {
                  const name = t(`agenda.breakKind.${b.kind}`);
                  const Icon = b.kind === 'lunch' ? UtensilsCrossed : Coffee;
                  return (
                    <tr key={b.id} className="agenda-break" data-testid="agenda-break" data-kind={b.kind}>
                      <td className="agenda-step">
                        <div className="agenda-break-head">
                          <span className="agenda-break-name">
                            <Icon size={16} aria-hidden="true" /> {name}
                          </span>
                          <span className="agenda-break-move">
                            <button
                              id={`break-${b.id}-earlier`}
                              className="btn btn-sm btn-ghost icon-btn"
                              disabled={!canMoveBreak(b, -1)}
                              onClick={() => moveBreak(b.id, -1)}
                              aria-label={t('agenda.moveEarlier', { name })}
                              title={t('agenda.moveEarlier', { name })}
                            >
                              <ArrowUp size={16} aria-hidden="true" />
                            </button>
                            <button
                              id={`break-${b.id}-later`}
                              className="btn btn-sm btn-ghost icon-btn"
                              disabled={!canMoveBreak(b, 1)}
                              onClick={() => moveBreak(b.id, 1)}
                              aria-label={t('agenda.moveLater', { name })}
                              title={t('agenda.moveLater', { name })}
                            >
                              <ArrowDown size={16} aria-hidden="true" />
                            </button>
                          </span>
                        </div>
                      </td>
                      <td>{clockOfMinute(b.startMinute)}</td>
                      <td className="num">
                        <MinutesInput
                          id={`break-${b.id}`}
                          label={t('agenda.breakMinutes', { name, n: stepNumber(r.step) })}
                          hideLabel
                          value={b.minutes}
                          max={MAX_BREAK_MINUTES}
                          error={errors[`break-${b.id}`]}
                          onValid={(m) => breakStore.setMinutes(w.id, b.id, m)}
                          onError={(msg) => setError(`break-${b.id}`, msg)}
                        />
                      </td>
                      <td colSpan={3} />
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {[...STEP_IDS, ...breaks.map((b) => `break-${b.id}`)].map(
        (id) =>
          errors[id] && (
            <p key={id} className="field-error" role="alert">
              {errors[id]}
            </p>
          ),
      )}
      <div className="agenda-summary" data-testid="agenda-summary">
        <span>{t('agenda.plannedOfDay', { planned: dur(s.plannedMinutes * MINUTE_MS), day: dur(s.dayMinutes * MINUTE_MS) })}</span>
        {s.overPlanMinutes > 0 && <strong className="over">{t('agenda.overPlan', { over: dur(s.overPlanMinutes * MINUTE_MS) })}</strong>}
        <span>
          {t('agenda.spent', { spent: dur(s.actualMs) })} ·{' '}
          <strong className={s.dayLeftMs < 0 ? 'over' : ''}>
            {s.dayLeftMs >= 0 ? t('agenda.dayLeft', { left: dur(s.dayLeftMs) }) : t('agenda.dayOver', { over: dur(-s.dayLeftMs) })}
          </strong>
        </span>
        <span data-testid="agenda-day-end">
          {t('agenda.dayEnds', { time: clockOfMinute(s.plannedEndMinute), breaks: dur(s.breakMinutes * MINUTE_MS) })}
        </span>
      </div>
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={close}>
          {t('agenda.done')}
        </button>
      </div>
    </Modal>
  );
}

interface MinutesInputProps {
  id: string;
  label: string;
  hideLabel?: boolean;
  value: number;
  max: number;
  error: string | undefined;
  onValid(minutes: number): void;
  onError(message: string | null): void;
}

/** Keeps a half-typed value local; only whole minutes in range reach the workshop. */
function MinutesInput({ id, label, hideLabel, value, max, error, onValid, onError }: MinutesInputProps) {
  const { t } = useTranslation('facilitation');
  const [text, setText] = useState<string | null>(null);
  const input = (
    <input
      id={id}
      className="input num"
      inputMode="numeric"
      value={text ?? String(value)}
      aria-invalid={error ? true : undefined}
      aria-label={hideLabel ? label : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const r = parseMinutes(label, e.target.value, max);
        if (r.ok) {
          onError(null);
          typingIn(`field:${id}`, () => onValid(r.minutes));
        } else onError(t('agenda.minutesError', { field: label, max }));
      }}
      onBlur={() => !error && setText(null)}
    />
  );
  if (hideLabel) return input;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
