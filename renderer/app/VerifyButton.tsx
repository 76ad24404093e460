import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { closeAppDialog, openAppDialog, useAppDialogs } from './appDialogs';
import { ShieldCheck } from 'lucide-react';
import { routeWorkshopId, useRoute } from './route';
import { withStrings } from '../i18n/withStrings';
import './verify.css';

/** The dialog and the PDF reading behind it load when first opened, off the path to the home list. */
const VerifyDialog = lazy(() => withStrings(import('./VerifyDialog')).then((m) => ({ default: m.VerifyDialog })));

/** The button in the top bar (home screen and every workshop). */
export function VerifyButton() {
  const { t } = useTranslation('verify');
  const open = useAppDialogs((s) => s.open === 'verify');
  // In a workshop the top bar is full: the label gives way to the icon below 1900 px (shell.css).
  const inWorkshop = useRoute((s) => routeWorkshopId(s.route) !== null);
  return (
    <>
      <button
        className="btn btn-sm btn-ghost topbar-verify"
        data-compact={inWorkshop}
        title={t('buttonTitle')}
        onClick={() => openAppDialog('verify')}
      >
        <ShieldCheck size={18} aria-hidden="true" /> <span className="topbar-verify-label">{t('buttonTitle')}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <VerifyDialog onClose={closeAppDialog} />
        </Suspense>
      )}
    </>
  );
}
