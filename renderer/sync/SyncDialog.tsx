import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../i18n/format';
import { useWorkshop } from '../app/workshopStore';
import { mergeUnit, unitDifferences, type Side } from '../../shared/sync/conflicts';
import { shownState, useSyncStatus, type UnitConflict } from './syncStatus';
import { teamSync } from './teamSync';

/** What the top bar's sync status opens: why, what to do, conflicts to resolve, documents refused. */
export function SyncDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const state = shownState(status);
  const openId = useWorkshop((s) => s.workshop?.id);
  const editors = openId ? (status.editors[openId] ?? []) : [];
  const [resolving, setResolving] = useState<UnitConflict | null>(null);
  if (resolving) return <ConflictDialog conflict={resolving} onClose={() => setResolving(null)} />;
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={t('dialog.title')}
      description={t(`status.${state === 'off' ? 'synced' : state}`)}
      wide
    >
      <div className="stack" data-testid="sync-dialog">
        {status.reason && (
          <div role="alert" data-testid="sync-reason" data-reason={status.reason}>
            <p>
              <strong>{t(`verdict.${status.reason}`)}</strong>
            </p>
            <p>{t(`todo.${status.reason}`)}</p>
          </div>
        )}
        <p className="muted">
          {t('dialog.lastSynced', { when: status.lastSyncedAt ? formatDateTime(status.lastSyncedAt) : t('dialog.never') })}
        </p>
        {openId && (
          <section>
            <h3>{t('dialog.editorsTitle')}</h3>
            {editors.length === 0 ? (
              <p className="muted">{t('dialog.noEditors')}</p>
            ) : (
              <ul className="sync-list" data-testid="sync-editors">
                {editors.map((e) => (
                  <li key={e.by}>{t('dialog.editedBy', { name: e.by, when: formatDateTime(e.at) })}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        {status.conflicts.length > 0 && (
          <section>
            <h3>{t('dialog.conflictsTitle')}</h3>
            <ul className="sync-list">
              {status.conflicts.map((c) => (
                <li key={c.docId}>
                  {t('dialog.conflict', { step: t(`units.${c.unit}`), name: c.theirsBy })}{' '}
                  <button className="btn btn-sm" data-testid="sync-resolve" onClick={() => setResolving(c)}>
                    {t('dialog.resolve')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {status.quarantined.length > 0 && (
          <section>
            <h3>{t('dialog.quarantinedTitle')}</h3>
            <p>{t('dialog.quarantinedIntro')}</p>
            <ul className="sync-list" data-testid="sync-quarantined">
              {status.quarantined.map((q) => (
                <li key={`${q.docId}-${q.code}`} data-code={q.code}>
                  <code>{q.docId}</code> — {t(`quarantine.${q.code}`)}
                  {q.path ? ` (${t('quarantine.field', { path: q.path })})` : ''}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}

const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v, null, 1));

/** Both versions of a step side by side, field by field; the user takes one side or picks per field. */
function ConflictDialog({ conflict, onClose }: { conflict: UnitConflict; onClose(): void }) {
  const { t } = useTranslation('sync');
  const diffs = unitDifferences(conflict.mine, conflict.theirs);
  const [picks, setPicks] = useState<Record<string, Side>>(() => Object.fromEntries(diffs.map((d) => [d.field, 'mine' as Side])));
  const [problem, setProblem] = useState<string | null>(null);
  const apply = async (chosen: Record<string, Side>) => {
    const merged = mergeUnit(conflict.unit, conflict.mine, conflict.theirs, chosen);
    if (!merged.ok) return setProblem(merged.path);
    const service = await teamSync();
    await service?.resolve(conflict, merged.data, chosen);
    onClose();
  };
  const all = (side: Side) => Object.fromEntries(diffs.map((d) => [d.field, side]));
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={t('conflict.title', { step: t(`units.${conflict.unit}`) })}
      description={t('conflict.description', { name: conflict.theirsBy, when: formatDateTime(conflict.theirsAt) })}
      wide
    >
      <table className="sync-conflict-table" data-testid="sync-conflict">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">{t('conflict.theirs', { name: conflict.theirsBy })}</th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((d) => (
            <tr key={d.field}>
              <th scope="row">
                <code>{d.field}</code>
              </th>
              {(['mine', 'theirs'] as const).map((side) => (
                <td key={side}>
                  <label className="row">
                    <input
                      type="radio"
                      name={`pick-${d.field}`}
                      checked={picks[d.field] === side}
                      onChange={() => setPicks((p) => ({ ...p, [d.field]: side }))}
                    />
                    <pre>{shown(d[side])}</pre>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {problem !== null && <p role="alert">{t('conflict.invalid', { path: problem })}</p>}
      <div className="modal-actions">
        <button className="btn" onClick={() => void apply(all('mine'))}>
          {t('conflict.keepMine')}
        </button>
        <button className="btn" data-testid="sync-keep-theirs" onClick={() => void apply(all('theirs'))}>
          {t('conflict.keepTheirs')}
        </button>
        <button className="btn btn-primary" data-testid="sync-apply-picks" onClick={() => void apply(picks)}>
          {t('conflict.apply')}
        </button>
      </div>
    </Modal>
  );
}
