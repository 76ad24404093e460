import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allStrings } from '../i18n';
import { Users } from 'lucide-react';
import { configuredServer, useTeamSettings } from './settings';
import { useSyncStatus } from './syncStatus';
import { formatDateTime } from '../i18n/format';

/**
 * "Share with team" on a workshop's row and in its top bar: each workshop is opt-in. A shared
 * workshop names who else edited it last. Nothing shows without a team workspace.
 */
export function ShareButton({ workshopId, name }: { workshopId: string; name: string }) {
  const { t, i18n } = useTranslation('sync');
  const shared = useTeamSettings((s) => s.shared.includes(workshopId));
  const setShared = useTeamSettings((s) => s.setShared);
  const last = useSyncStatus((s) => s.editors[workshopId]?.[0]);
  const configured = configuredServer() !== null;
  // The home list shows before every namespace is loaded; the button waits for its words.
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(i18n.language, 'sync'));
  useEffect(() => {
    if (configured && !ready) void allStrings().then(() => setReady(true));
  }, [configured, ready]);
  if (!configured || !ready) return null;
  const label = shared ? t('share.unshare', { name }) : t('share.share', { name });
  const by = last ? t('share.lastBy', { name: last.by, when: formatDateTime(last.at) }) : null;
  return (
    <button
      className="btn btn-sm btn-ghost icon-btn"
      data-testid="share-with-team"
      data-shared={shared || undefined}
      aria-pressed={shared}
      aria-label={label}
      title={by ? `${label} — ${by}` : label}
      onClick={() => setShared(workshopId, !shared)}
    >
      <Users size={16} aria-hidden="true" />
      {shared && <span className="sync-shared-label">{t('share.shared')}</span>}
    </button>
  );
}
