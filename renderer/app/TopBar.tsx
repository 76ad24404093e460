import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BookOpen, FileDown, FileSignature } from 'lucide-react';
import { routeWorkshopId, useRoute } from './route';
import { useWorkshop } from './workshopStore';
import { exportSlaPdf, exportWorkshopFile, exportWorkshopReport } from './fileCommands';
import { useExportProgress } from './exportProgress';
import { SettingsButton } from './SettingsButton';
import { VerifyButton } from './VerifyButton';
import { SyncStatus } from '../sync/SyncStatus';

/** Only a workshop's top bar has them: their own chunk, fetched with the workshop screen. */
const WorkshopTools = lazy(() => import('./WorkshopTools').then((m) => ({ default: m.WorkshopTools })));

export function TopBar() {
  const navigate = useRoute((s) => s.navigate);
  // Only a workshop's own screens show its chrome: the store still holds the last workshop for a
  // moment after the logo is pressed (it is closed as the home screen opens).
  const shownId = useRoute((s) => routeWorkshopId(s.route));
  const stored = useWorkshop((s) => s.workshop);
  const w = stored && stored.id === shownId ? stored : null;
  const busy = useExportProgress((s) => s.busy);
  const reportBusy = useExportProgress((s) => s.job === 'report');
  // The SLA button shows its own export's progress; the wrap-up's send-ready shows its own.
  const slaBusy = useExportProgress((s) => s.busy !== null && (s.job ?? 'sla') === 'sla');
  const { t } = useTranslation();
  return (
    <header className="topbar" data-workshop={w ? '' : undefined}>
      <button className="brand" onClick={() => navigate({ name: 'home' })} aria-label={t('topBar.home')} title={t('topBar.home')}>
        <span aria-hidden="true">◆</span> <span className="brand-name">Accord</span>
      </button>
      {w && (
        <>
          <div className="topbar-title" title={[w.clientCompany, w.title].filter(Boolean).join(' — ') || undefined}>
            <strong>{w.clientCompany || t('topBar.untitledClient')}</strong>
            <span>{w.title || t('topBar.untitledWorkshop')}</span>
          </div>
          <div className="spacer" />
          <Suspense fallback={null}>
            <WorkshopTools />
          </Suspense>
          <SaveIndicator />
          <TopBarAction
            icon={<FileDown size={18} aria-hidden="true" />}
            label={t('topBar.exportWorkshopFile')}
            onClick={() => void exportWorkshopFile(w)}
          />
          <TopBarAction
            icon={<BookOpen size={18} aria-hidden="true" />}
            label={reportBusy && busy ? busy : t('topBar.exportReport')}
            busy={reportBusy}
            disabled={busy !== null}
            onClick={() => void exportWorkshopReport(w)}
          />
          <TopBarAction
            icon={<FileSignature size={18} aria-hidden="true" />}
            label={slaBusy && busy ? busy : t('topBar.exportSlaPdf')}
            busy={slaBusy}
            keepLabel
            testId="export-sla"
            disabled={busy !== null}
            onClick={() => void exportSlaPdf(w)}
          />
        </>
      )}
      <SyncStatus />
      <VerifyButton />
      <SettingsButton />
    </header>
  );
}

/**
 * A top-bar button whose label folds into its icon below 1900 px (the label stays its accessible
 * name and tooltip), so the bar fits 1366×768 in every language; a running export keeps its
 * progress text in view, and the SLA PDF (what the room came for) always keeps its label.
 */
function TopBarAction({
  icon,
  label,
  onClick,
  disabled,
  busy,
  keepLabel,
  testId,
}: {
  icon: ReactNode;
  label: string;
  onClick(): void;
  disabled?: boolean;
  busy?: boolean;
  keepLabel?: boolean;
  testId?: string;
}) {
  return (
    <button
      className="btn btn-sm topbar-action"
      data-busy={busy || keepLabel || undefined}
      disabled={disabled}
      onClick={onClick}
      title={label}
      aria-live={busy ? 'polite' : undefined}
      data-testid={testId}
    >
      {icon}
      <span className="topbar-action-label">{label}</span>
    </button>
  );
}

function SaveIndicator() {
  const status = useWorkshop((s) => s.saveStatus);
  const error = useWorkshop((s) => s.saveError);
  const { t } = useTranslation();
  const text =
    status === 'saving'
      ? t('save.saving')
      : status === 'saved'
        ? t('save.saved')
        : status === 'error'
          ? t('save.error', { error: error ?? t('save.storageError') })
          : t('save.idle');
  return (
    <span className="save-indicator" role="status" aria-live="polite" data-status={status} data-testid="save-status" title={text}>
      <span aria-hidden="true">{status === 'error' ? '⚠' : status === 'saving' ? '…' : '✓'}</span>
      <span className="save-indicator-text">{text}</span>
    </span>
  );
}
