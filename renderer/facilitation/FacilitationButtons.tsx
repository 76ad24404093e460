import { useTranslation } from 'react-i18next';
import { ListChecks, MonitorPlay } from 'lucide-react';
import { useRoute } from '../app/route';
import { useOpenWorkshop } from '../app/workshopStore';
import { openDialog } from './facilitationUi';
import { openPresenterView } from './openPresenter';
import { TimerWidget } from './TimerWidget';

/** The facilitation corner of the top bar: the step timer, the capture panel, the presenter view. */
export function FacilitationButtons() {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const route = useRoute((s) => s.route);
  const step = route.name === 'workshop' ? route.step : 'commitment';
  const open = w.facilitation.actionItems.filter((a) => a.status === 'open').length;
  return (
    <div className="topbar-facilitation">
      <TimerWidget step={step} />
      {/* Icon and count only: the top bar is full at 1366×768; the name is in the label and tooltip. */}
      <button className="btn btn-sm btn-ghost icon-btn" onClick={() => openDialog({ name: 'capture', tab: 'decision' })}
        aria-label={t('topBar.capture', { count: open })} title={t('topBar.capture', { count: open })}>
        <ListChecks size={18} aria-hidden="true" /> <span>{open}</span>
      </button>
      <button className="btn btn-sm btn-ghost icon-btn" onClick={() => void openPresenterView(w.id, step)} aria-label={t('topBar.presenter')} title={t('topBar.presenter')}>
        <MonitorPlay size={18} aria-hidden="true" />
      </button>
    </div>
  );
}
