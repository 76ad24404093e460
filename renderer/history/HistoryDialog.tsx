import { useEffect, useMemo, useState } from 'react';
import { closeAppDialog, openAppDialog, useAppDialogs } from '../app/appDialogs';
import { useTranslation } from 'react-i18next';
import { History as HistoryIcon } from 'lucide-react';
import { outlineChanges } from '../../shared/workshop/outline';
import type { Workshop } from '../../shared/workshop/schema';
import { storage } from '../app/storageContext';
import { showToast } from '../app/toastStore';
import { useWorkshop } from '../app/workshopStore';
import { formatDateTime } from '../i18n/format';
import { Modal } from '../ui/Modal';
import type { SnapshotInfo, SnapshotRead } from '../storage/snapshots';
import type { HistoryEntry } from '../storage/historyEntries';
import './history.css';

/** The top-bar button and the dialog it opens, for the open workshop. */
export function HistoryButton() {
  const { t } = useTranslation('history');
  const open = useAppDialogs((s) => s.open === 'history');
  return (
    <>
      <button className="btn btn-sm topbar-action" onClick={() => openAppDialog('history')} title={t('open')}>
        <HistoryIcon size={18} aria-hidden="true" />
        <span className="topbar-action-label">{t('open')}</span>
      </button>
      {open && <HistoryDialog onClose={closeAppDialog} />}
    </>
  );
}

function HistoryDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('history');
  const current = useWorkshop((s) => s.workshop);
  const [snapshots, setSnapshots] = useState<HistoryEntry[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [preview, setPreview] = useState<SnapshotRead | null>(null);

  useEffect(() => {
    if (!current) return;
    void storage()
      .snapshots.entries(current.id)
      .then((list) => {
        setSnapshots(list);
        setSelected((s) => s ?? list[0]?.id ?? null);
      });
    // Only when the dialog opens: the list must not jump while the facilitator reads it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    setPreview(null);
    if (selected !== null) void storage().snapshots.read(selected).then(setPreview);
  }, [selected]);

  const chosen = snapshots?.find((s) => s.id === selected);
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('title')} description={t('description')} wide>
      {snapshots === null ? (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : snapshots.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="history-layout">
          <ul className="history-list" aria-label={t('listLabel')}>
            {snapshots.map((s) => (
              <li key={s.id}>
                <button
                  className="history-item"
                  aria-pressed={s.id === selected}
                  onClick={() => setSelected(s.id)}
                  data-testid="history-item"
                >
                  <strong>{formatDateTime(s.takenAt)}</strong>
                  <span>
                    {t(`reason.${s.reason}`)}
                    {s.repeats > 1 && ` · ${t('entry.repeats', { n: s.repeats })}`}
                  </span>
                  <small className="history-since">{sinceBefore(s, t)}</small>
                </button>
              </li>
            ))}
          </ul>
          <section className="history-preview" aria-label={t('preview')} aria-live="polite">
            {chosen && current && preview && <SnapshotPreview current={current} snapshot={chosen} read={preview} onRestored={onClose} />}
          </section>
        </div>
      )}
    </Modal>
  );
}

/** What a snapshot changed since the one before it, in a line: counts that moved, or words only. */
function sinceBefore(s: HistoryEntry, t: ReturnType<typeof useTranslation<'history'>>['t']): string {
  if (s.changes === null) return t('entry.first');
  if (s.changes.length === 0) return t('entry.wordsOnly');
  return s.changes.map((c) => t('change', { what: t(`outline.${c.key}`), from: c.from, to: c.to })).join(' · ');
}

function SnapshotPreview({
  current,
  snapshot,
  read,
  onRestored,
}: {
  current: Workshop;
  snapshot: SnapshotInfo;
  read: SnapshotRead;
  onRestored(): void;
}) {
  const { t } = useTranslation('history');
  const changes = useMemo(() => (read.ok ? outlineChanges(current, read.workshop) : []), [current, read]);
  if (!read.ok)
    return (
      <p className="callout callout-danger" role="alert">
        {t('unreadable', { error: read.error })}
      </p>
    );
  const restore = async () => {
    await storage().snapshots.take(current, 'beforeRestore');
    useWorkshop.getState().replace({ ...read.workshop, id: current.id });
    showToast({ message: t('restored', { when: formatDateTime(snapshot.takenAt) }) });
    onRestored();
  };
  return (
    <>
      <h3>{read.workshop.clientCompany || read.workshop.title || '—'}</h3>
      <p className="muted">
        {formatDateTime(snapshot.takenAt)} · {t(`reason.${snapshot.reason}`)}
      </p>
      {changes.length === 0 ? (
        <p>{t('noChanges')}</p>
      ) : (
        <>
          <p>{t('changesIntro')}</p>
          <ul className="history-changes">
            {changes.map((c) => (
              <li key={c.key}>{t('change', { what: t(`outline.${c.key}`), from: c.from, to: c.to })}</li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={() => void restore()}>
          {t('restore')}
        </button>
      </div>
    </>
  );
}
