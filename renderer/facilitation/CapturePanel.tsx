import { Dialog, Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { Trash2, X } from 'lucide-react';
import { removeCaptured, sortedActionItems, type CaptureKind } from '../../shared/facilitation/capture';
import { stepNumber, type StepId } from '../../shared/workshop/stepIds';
import { useOpenWorkshop, useWorkshop } from '../app/workshopStore';
import { formatDateTime } from '../i18n/format';
import { CaptureForm } from './CaptureForm';
import { typingIn } from '../app/undoScope';
import { useFacilitationUi } from './facilitationUi';
import '../ui/modal.css';

/**
 * Decisions, action items and the parking lot, from any step: a drawer over the step so the
 * room keeps its place. Every edit goes through the workshop store (autosave, undo).
 */
export function CapturePanel({ tab, step }: { tab: CaptureKind; step: StepId }) {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const { open, close } = useFacilitationUi.getState();
  const f = w.facilitation;
  const count: Record<CaptureKind, number> = {
    decision: f.decisions.length,
    actionItem: f.actionItems.length,
    parkingLot: f.parkingLot.length,
  };
  return (
    <Dialog.Root open onOpenChange={(o) => !o && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className="drawer" aria-describedby={undefined}>
          <div className="drawer-head">
            <Dialog.Title className="modal-title">{t('panel.title')}</Dialog.Title>
            <Dialog.Close className="btn btn-sm btn-ghost icon-btn" aria-label={t('panel.close')}>
              <X size={18} aria-hidden="true" />
            </Dialog.Close>
          </div>
          <Tabs.Root value={tab} onValueChange={(v) => open({ name: 'capture', tab: v as CaptureKind })} className="stack">
            <Tabs.List className="tabs-list" aria-label={t('panel.title')}>
              {(['decision', 'actionItem', 'parkingLot'] as const).map((k) => (
                <Tabs.Trigger key={k} value={k} className="tab">
                  {t(`panel.tab.${k}`, { count: count[k] })}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Tabs.Content value="decision" className="stack">
              <CaptureForm kind="decision" step={step} />
              <DecisionList />
            </Tabs.Content>
            <Tabs.Content value="actionItem" className="stack">
              <CaptureForm kind="actionItem" step={step} />
              <ActionItemList />
            </Tabs.Content>
            <Tabs.Content value="parkingLot" className="stack">
              <CaptureForm kind="parkingLot" step={step} />
              <ParkingLotList />
            </Tabs.Content>
          </Tabs.Root>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function StepTag({ stepId }: { stepId: StepId | null }) {
  const { t } = useTranslation();
  return <span>{stepId ? `${stepNumber(stepId)}. ${t(`steps.${stepId}.title`)}` : '—'}</span>;
}

function RemoveButton({ kind, id, label }: { kind: CaptureKind; id: string; label: string }) {
  const update = useWorkshop((s) => s.update);
  return (
    <button
      className="btn btn-sm btn-ghost icon-btn"
      aria-label={label}
      onClick={() => update((d) => removeCaptured(d.facilitation, kind, id))}
    >
      <Trash2 size={16} aria-hidden="true" />
    </button>
  );
}

function DecisionList() {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  if (w.facilitation.decisions.length === 0) return <p className="muted">{t('panel.empty.decision')}</p>;
  return (
    <ol className="capture-list" aria-label={t('panel.tab.decision', { count: w.facilitation.decisions.length })}>
      {w.facilitation.decisions.map((d, i) => (
        <li key={d.id} className="capture-item" data-testid="decision-item">
          <label className="sr-only" htmlFor={`decision-${d.id}`}>
            {t('panel.decisionN', { n: i + 1 })}
          </label>
          <textarea
            id={`decision-${d.id}`}
            className="textarea"
            rows={2}
            maxLength={1000}
            value={d.text}
            onChange={(e) =>
              update(
                (x) => {
                  const it = x.facilitation.decisions.find((y) => y.id === d.id);
                  if (it) it.text = e.target.value;
                },
                { coalesceKey: `field:decision-${d.id}` },
              )
            }
          />
          <div className="capture-meta">
            <StepTag stepId={d.stepId} />
            <span>{formatDateTime(d.at)}</span>
            <span className="spacer" />
            <RemoveButton kind="decision" id={d.id} label={t('panel.removeDecision', { n: i + 1 })} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function ActionItemList() {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const items = sortedActionItems(w.facilitation.actionItems);
  if (items.length === 0) return <p className="muted">{t('panel.empty.actionItem')}</p>;
  const edit = (id: string, change: (a: (typeof items)[number]) => void) =>
    update((x) => {
      const it = x.facilitation.actionItems.find((y) => y.id === id);
      if (it) change(it);
    });
  return (
    <ul className="capture-list">
      {items.map((a, i) => (
        <li key={a.id} className="capture-item" data-done={a.status === 'done'} data-testid="action-item">
          <label className="sr-only" htmlFor={`action-${a.id}`}>
            {t('panel.actionN', { n: i + 1 })}
          </label>
          <input
            id={`action-${a.id}`}
            className="input"
            maxLength={500}
            value={a.text}
            onChange={(e) => typingIn(`field:action-${a.id}`, () => edit(a.id, (it) => void (it.text = e.target.value)))}
          />
          <div className="grid-2">
            <div className="field">
              <label htmlFor={`action-${a.id}-owner`}>{t('capture.owner')}</label>
              <select
                id={`action-${a.id}-owner`}
                className="select"
                value={a.ownerId ?? ''}
                onChange={(e) => edit(a.id, (it) => void (it.ownerId = e.target.value || null))}
              >
                <option value="">{t('capture.noOwner')}</option>
                {w.commitment.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name || t('capture.unnamed')}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`action-${a.id}-due`}>{t('capture.dueDate')}</label>
              <input
                id={`action-${a.id}-due`}
                className="input"
                type="date"
                value={a.dueDate}
                onChange={(e) => typingIn(`field:action-${a.id}-due`, () => edit(a.id, (it) => void (it.dueDate = e.target.value)))}
              />
            </div>
          </div>
          <div className="capture-meta">
            <label className="check">
              <input
                type="checkbox"
                checked={a.status === 'done'}
                onChange={(e) => edit(a.id, (it) => void (it.status = e.target.checked ? 'done' : 'open'))}
              />
              {t('panel.done')}
            </label>
            <StepTag stepId={a.stepId} />
            <span className="spacer" />
            <RemoveButton kind="actionItem" id={a.id} label={t('panel.removeAction', { n: i + 1 })} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function ParkingLotList() {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  if (w.facilitation.parkingLot.length === 0) return <p className="muted">{t('panel.empty.parkingLot')}</p>;
  const edit = (id: string, change: (p: (typeof w.facilitation.parkingLot)[number]) => void) =>
    update((x) => {
      const it = x.facilitation.parkingLot.find((y) => y.id === id);
      if (it) change(it);
    });
  return (
    <ul className="capture-list">
      {w.facilitation.parkingLot.map((p, i) => (
        <li key={p.id} className="capture-item" data-done={p.resolved} data-testid="parking-item">
          <label className="sr-only" htmlFor={`parking-${p.id}`}>
            {t('panel.parkingN', { n: i + 1 })}
          </label>
          <input
            id={`parking-${p.id}`}
            className="input"
            maxLength={500}
            value={p.text}
            onChange={(e) => typingIn(`field:parking-${p.id}`, () => edit(p.id, (it) => void (it.text = e.target.value)))}
          />
          <div className="capture-meta">
            <label className="check">
              <input type="checkbox" checked={p.resolved} onChange={(e) => edit(p.id, (it) => void (it.resolved = e.target.checked))} />
              {t('panel.resolved')}
            </label>
            <StepTag stepId={p.stepId} />
            <span className="spacer" />
            <RemoveButton kind="parkingLot" id={p.id} label={t('panel.removeParking', { n: i + 1 })} />
          </div>
        </li>
      ))}
    </ul>
  );
}
