import { useTranslation } from 'react-i18next';
import { ListChecks, MonitorOff, MonitorPlay } from 'lucide-react';
import { useRoute } from '../app/route';
import { useOpenWorkshop } from '../app/workshopStore';
import { openDialog } from './facilitationUi';
import { openPresenterView } from './openPresenter';
import { usePresenterLink } from './presenterSync';
import { TimerWidget } from './TimerWidget';

/** The facilitation corner of the top bar: the step timer, the capture panel, the presenter view. */
export function FacilitationButtons() {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const route = useRoute((s) => s.route);
  const step = route.name === 'workshop' ? route.step : route.name === 'wrapUp' ? 'feedback' : 'commitment';
  const open = w.facilitation.actionItems.filter((a) => a.status === 'open').length;
  return (
    <div className="topbar-facilitation">
      <TimerWidget step={step} />
      {/* Icon and count only: the top bar is full at 1366×768; the name is in the label and tooltip. */}
      <button
        className="btn btn-sm btn-ghost icon-btn"
        onClick={() => openDialog({ name: 'capture', tab: 'decision' })}
        aria-label={t('topBar.capture', { count: open })}
        title={t('topBar.capture', { count: open })}
      >
        <ListChecks size={18} aria-hidden="true" /> <span>{open}</span>
      </button>
      <button
        className="btn btn-sm btn-ghost icon-btn"
        onClick={() => void openPresenterView(w.id, step)}
        aria-label={t('topBar.presenter')}
        title={t('topBar.presenter')}
      >
        <MonitorPlay size={18} aria-hidden="true" />
      </button>
      <BlankToggle workshopId={w.id} />
    </div>
  );
}

/**
 * While a presenter window is open: the visible hint that B blanks it, and a button that does
 * the same (pressed while blank, so the facilitator always sees what the room sees).
 */
function BlankToggle({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('facilitation');
  const open = usePresenterLink((s) => (s.open[workshopId] ?? 0) > 0);
  const blank = usePresenterLink((s) => s.blank[workshopId] ?? false);
  if (!open) return null;
  return (
    <button
      className="btn btn-sm btn-ghost presenter-blank-toggle"
      aria-pressed={blank}
      data-testid="presenter-blank-toggle"
      onClick={() => usePresenterLink.getState().toggleBlank(workshopId)}
      title={blank ? t('topBar.show') : t('topBar.blank')}
    >
      {blank ? <MonitorOff size={16} aria-hidden="true" /> : <kbd aria-hidden="true">B</kbd>}
      {/* The visible words lead the accessible name (WCAG 2.5.3); the rest is for screen readers. */}
      <span>{blank ? t('topBar.blanked') : t('topBar.blankHint')}</span>
      <span className="sr-only"> — {blank ? t('topBar.show') : t('topBar.blank')}</span>
    </button>
  );
}
