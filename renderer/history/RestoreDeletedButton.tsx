import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveRestore } from 'lucide-react';
import { withStrings } from '../i18n/withStrings';

/** Loaded when first opened, off the path to the home list. */
const DeletedWorkshopsDialog = lazy(() =>
  withStrings(import('./DeletedWorkshopsDialog')).then((m) => ({ default: m.DeletedWorkshopsDialog })),
);

/** Home-screen button: workshops deleted from this computer, back from their last snapshot. */
export function RestoreDeletedButton({ existingIds, onRestored }: { existingIds: readonly string[]; onRestored(): void }) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="btn" onClick={() => setOpen(true)}>
        <ArchiveRestore size={18} aria-hidden="true" /> {t('deleted.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DeletedWorkshopsDialog existingIds={existingIds} onClose={() => setOpen(false)} onRestored={onRestored} />
        </Suspense>
      )}
    </>
  );
}
