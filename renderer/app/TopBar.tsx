import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BookOpen, FileDown, FileSignature } from 'lucide-react';
import { useRoute } from './route';
import { useWorkshop } from './workshopStore';
import { exportSlaPdf, exportWorkshopFile, exportWorkshopReport } from './fileCommands';
import { useExportProgress } from './exportProgress';
import { SettingsButton } from './SettingsButton';
import { VerifyButton } from './VerifyButton';

/** Only a workshop's top bar has them: their own chunk, fetched with the workshop screen. */
const WorkshopTools = lazy(() => import('./WorkshopTools').then((m) => ({ default: m.WorkshopTools })));

export function TopBar() {
  const navigate = useRoute((s) => s.navigate);
  const w = useWorkshop((s) => s.workshop);
  const busy = useExportProgress((s) => s.busy);
  const reportBusy = useExportProgress((s) => s.job === 'report');
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <button className="brand" onClick={() => navigate({ name: 'home' })} aria-label={t('topBar.home')}>
        <span aria-hidden="true">◆</span> Accord
      </button>
      {w && (
        <>
          <div className="topbar-title">
            <strong>{w.clientCompany || t('topBar.untitledClient')}</strong>
            <span>{w.title || t('topBar.untitledWorkshop')}</span>
          </div>
          <div className="spacer" />
          <Suspense fallback={null}>
            <WorkshopTools />
          </Suspense>
          <SaveIndicator />
          <TopBarAction icon={<FileDown size={18} aria-hidden="true" />} label={t('topBar.exportWorkshopFile')} onClick={() => void exportWorkshopFile(w)} />
          <TopBarAction
            icon={<BookOpen size={18} aria-hidden="true" />}
            label={reportBusy && busy ? busy : t('topBar.exportReport')}
            busy={reportBusy}
            disabled={busy !== null}
            onClick={() => void exportWorkshopReport(w)}
          />
          <TopBarAction
            icon={<FileSignature size={18} aria-hidden="true" />}
            label={!reportBusy && busy ? busy : t('topBar.exportSlaPdf')}
            busy={busy !== null && !reportBusy}
            keepLabel
            disabled={busy !== null}
            onClick={() => void exportSlaPdf(w)}
          />
        </>
      )}
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
function TopBarAction({ icon, label, onClick, disabled, busy, keepLabel }: { icon: ReactNode; label: string; onClick(): void; disabled?: boolean; busy?: boolean; keepLabel?: boolean }) {
  return (
    <button className="btn btn-sm topbar-action" data-busy={busy || keepLabel || undefined} disabled={disabled} onClick={onClick} title={label} aria-live={busy ? 'polite' : undefined}>
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
    status === 'saving' ? t('save.saving') : status === 'saved' ? t('save.saved') : status === 'error' ? t('save.error', { error: error ?? t('save.storageError') }) : t('save.idle');
  return (
    <span className="save-indicator" role="status" aria-live="polite" data-status={status} data-testid="save-status" title={text}>
      <span aria-hidden="true">{status === 'error' ? '⚠' : status === 'saving' ? '…' : '✓'}</span>
      <span className="save-indicator-text">{text}</span>
    </span>
  );
}
