import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Cloud, CloudOff, RefreshCw, TriangleAlert } from 'lucide-react';
import { allStrings } from '../i18n';
import { configuredServer } from './settings';
import { shownState, useSyncStatus } from './syncStatus';
import { startTeamSync } from './teamSync';
import './sync.css';

const SyncDialog = lazy(() => import('./SyncDialog').then((m) => ({ default: m.SyncDialog })));

const ICONS = { synced: Cloud, syncing: RefreshCw, offline: CloudOff, attention: TriangleAlert } as const;

/**
 * The team workspace's state in the top bar: synced, syncing, offline or needs attention.
 * Renders nothing, and starts nothing, when no team server is configured.
 */
export function SyncStatus() {
  const configured = configuredServer() !== null;
  const state = useSyncStatus(shownState);
  const [open, setOpen] = useState(false);
  const [ready, setReady] = useState(false);
  const { t } = useTranslation('sync');
  useEffect(() => {
    if (!configured) return;
    void allStrings().then(() => setReady(true));
    void startTeamSync().catch(() => useSyncStatus.setState({ state: 'attention', reason: 'unreachable' }));
  }, [configured]);
  if (!configured || !ready || state === 'off') return null;
  const Icon = ICONS[state];
  const label = t(`status.${state}`);
  return (
    <>
      <button
        className="btn btn-sm sync-status"
        data-state={state}
        data-testid="sync-status"
        title={t('status.label', { state: label })}
        aria-label={t('status.label', { state: label })}
        onClick={() => setOpen(true)}
      >
        <Icon size={16} aria-hidden="true" />
        <span className="sync-status-label">{label}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SyncDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
