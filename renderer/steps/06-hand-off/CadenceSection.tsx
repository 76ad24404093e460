import { useMemo } from 'react';
import { Plus, Sparkles, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCheckMessage } from '../../i18n/checks';
import { CHANNELS, MAX_ATTEMPTS } from '../../../shared/workshop/steps/handOff';
import { cadenceSentence, cadenceSummary, nextAttemptDay, standardCadence } from '../../../shared/handOff/cadence';
import { cadenceVsSla } from '../../../shared/handOff/slaConsistency';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { NumberField, SelectField } from '../../ui/fields';
import { CadenceTimeline } from './CadenceTimeline';

export function CadenceSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const attempts = w.handOff.followUp;
  const summary = useMemo(() => cadenceSummary(attempts), [attempts]);
  const warnings = useMemo(() => cadenceVsSla(w), [w]);
  const { t } = useTranslation(['handOff', 'app']);
  const say = useCheckMessage();

  const applyStandard = () => {
    const undoId = update((d) => void (d.handOff.followUp = standardCadence()));
    if (attempts.length > 0) showUndoToast(t('cadence.replaced'), undoId);
  };
  const add = () => {
    if (attempts.length >= MAX_ATTEMPTS) return;
    const a = { id: newId(), day: nextAttemptDay(attempts), channel: 'phone' as const };
    update((d) => void d.handOff.followUp.push(a));
    requestAnimationFrame(() => document.getElementById(`attempt-${a.id}-day`)?.focus());
  };
  const remove = (i: number) => {
    const undoId = update((d) => void d.handOff.followUp.splice(i, 1));
    showUndoToast(t('cadence.removed', { n: i + 1 }), undoId);
  };
  // Rows follow the order typed; once the cursor leaves a row they settle into day order.
  const settle = () => {
    const sorted = summary.sorted;
    if (sorted.some((a, i) => a !== attempts[i])) update((d) => void (d.handOff.followUp = sorted.map((a) => ({ ...a }))));
  };

  return (
    <section className="card section" aria-labelledby="handoff-cadence-h">
      <div className="section-head">
        <h2 id="handoff-cadence-h">{t('cadence.title')}</h2>
        <div className="row">
          <button className="btn" id="handoff-cadence" onClick={applyStandard}>
            <Sparkles size={18} aria-hidden="true" /> {t('cadence.standard')}
          </button>
          <button className="btn" onClick={add} disabled={attempts.length >= MAX_ATTEMPTS}>
            <Plus size={18} aria-hidden="true" /> {t('cadence.add')}
          </button>
        </div>
      </div>
      {attempts.length === 0 && <p className="muted">{t('cadence.empty')}</p>}
      <CadenceTimeline summary={summary} sentence={say(cadenceSentence(summary))} />
      {warnings.map((m) => (
        <p key={m.code} className="callout callout-warn" role="status">
          {say(m)}
        </p>
      ))}
      {attempts.length > 0 && (
        <ol className="attempt-rows" aria-label={t('cadence.attempts')}>
          {attempts.map((a, i) => (
            <li key={a.id} className="attempt-row" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && settle()}>
              <span className="attempt-num">{t('cadence.attempt', { n: i + 1 })}</span>
              <NumberField
                id={`attempt-${a.id}-day`}
                label={t('cadence.attemptDay', { n: i + 1 })}
                integer
                min={1}
                max={90}
                value={a.day}
                onChange={(v) => v !== null && update((d) => void (d.handOff.followUp[i]!.day = v))}
              />
              <SelectField
                id={`attempt-${a.id}-channel`}
                label={t('cadence.attemptChannel', { n: i + 1 })}
                value={a.channel}
                options={CHANNELS.map((c) => ({ value: c, label: t(`cadence.channel.${c}`) }))}
                onChange={(channel) => update((d) => void (d.handOff.followUp[i]!.channel = channel))}
              />
              <button
                className="btn btn-ghost btn-sm icon-btn"
                aria-label={t('cadence.remove', { n: i + 1 })}
                title={t('cadence.removeTitle')}
                onClick={() => remove(i)}
              >
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
