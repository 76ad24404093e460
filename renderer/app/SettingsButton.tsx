import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { closeAppDialog, openAppDialog, useAppDialogs } from './appDialogs';
import { Settings } from 'lucide-react';

/** Loaded when first opened, off the path to the home list. */
const SettingsDialog = lazy(() => import('./SettingsDialog').then((m) => ({ default: m.SettingsDialog })));

/** The gear in the top bar, on the home screen and in every workshop. */
export function SettingsButton() {
  const { t } = useTranslation();
  const open = useAppDialogs((s) => s.open === 'settings');
  return (
    <>
      {/* A gear alone: the top bar is full, and longer languages would push buttons off screen. */}
      <button
        className="btn btn-sm btn-ghost icon-btn topbar-settings"
        onClick={() => openAppDialog('settings')}
        aria-label={t('topBar.settings')}
        title={t('topBar.settings')}
      >
        <Settings size={20} aria-hidden="true" />
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={closeAppDialog} />
        </Suspense>
      )}
    </>
  );
}
