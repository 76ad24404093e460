import { useRoute } from './route';
import { useWorkshop } from './workshopStore';
import { exportSlaPdf, exportWorkshopFile } from './fileActions';
import { useExportProgress } from './exportProgress';

export function TopBar() {
  const navigate = useRoute((s) => s.navigate);
  const w = useWorkshop((s) => s.workshop);
  const busy = useExportProgress((s) => s.busy);
  return (
    <header className="topbar">
      <button className="brand" onClick={() => navigate({ name: 'home' })} aria-label="Accord — all workshops">
        <span aria-hidden="true">◆</span> Accord
      </button>
      {w && (
        <>
          <div className="topbar-title">
            <strong>{w.clientCompany || 'Untitled client'}</strong>
            <span>{w.title || 'Untitled workshop'}</span>
          </div>
          <div className="spacer" />
          <SaveIndicator />
          <button className="btn btn-sm" onClick={() => void exportWorkshopFile(w)}>Export workshop file</button>
          <button className="btn btn-sm" disabled={busy !== null} onClick={() => void exportSlaPdf(w)}>
            {busy ?? 'Export SLA PDF'}
          </button>
        </>
      )}
    </header>
  );
}

function SaveIndicator() {
  const status = useWorkshop((s) => s.saveStatus);
  const error = useWorkshop((s) => s.saveError);
  const text =
    status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved on this computer' : status === 'error' ? `Not saved yet — retrying (${error ?? 'storage error'})` : 'All changes saved';
  return (
    <span className="save-indicator" role="status" aria-live="polite" data-status={status} data-testid="save-status">
      <span aria-hidden="true">{status === 'error' ? '⚠' : status === 'saving' ? '…' : '✓'}</span>
      {text}
    </span>
  );
}
