import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Eye, FileDown } from 'lucide-react';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import { diffSlaContent } from '../../../shared/sla/diff';
import { versionIntact, versionState } from '../../../shared/sla/versions';
import type { SlaVersion } from '../../../shared/workshop/steps/sla';
import { exportSlaPdf } from '../../app/fileActions';
import { useOpenWorkshop } from '../../app/workshopStore';
import { Modal } from '../../ui/Modal';
import { formatDateTime } from '../../i18n/format';
import { AcceptedDifferences } from './ConsistencyPanel';
import { DiffList } from './DiffList';
import { asLanguage, useDiffWords } from './slaWords';

/** Every frozen version, newest first: viewable as it was signed, exportable, and its diff to the one before. */
export function VersionsPanel() {
  const w = useOpenWorkshop();
  const { t } = useTranslation('sla');
  const [viewing, setViewing] = useState<number | null>(null);
  const versions = w.sla.versions;
  if (versions.length === 0) return null;
  const latest = versions.at(-1)!.number;
  return (
    <section className="card section" aria-labelledby="versions-h">
      <h2 id="versions-h">{t('versions.title')}</h2>
      <ul className="version-list">
        {[...versions].reverse().map((v) => {
          const superseded = v.number < latest || !w.sla.frozen;
          const signed = v.signatures.filter((s) => s.contentHash === v.contentHash).length;
          return (
            <li key={v.number} className="version-row" data-testid={`version-${v.number}`}>
              <strong>{t('versions.version', { n: v.number })}</strong>
              <span>
                {t(`state.${versionState(v)}`)}
                {superseded && v.number < latest ? t('versions.superseded') : ''}
              </span>
              <span className="muted">{t('versions.frozen', { when: formatDateTime(v.frozenAt), count: signed })}</span>
              <code className="mono" title={v.contentHash}>
                {v.contentHash.slice(0, 16)}…
              </code>
              {!versionIntact(v) && (
                <span className="field-error" role="alert">
                  {t('versions.altered')}
                </span>
              )}
              <span className="row version-actions">
                <button className="btn btn-sm" onClick={() => setViewing(v.number)}>
                  <Eye size={16} aria-hidden="true" /> {t('versions.view', { n: v.number })}
                </button>
                <button className="btn btn-sm" onClick={() => void exportSlaPdf(w, v.number)}>
                  <FileDown size={16} aria-hidden="true" /> {t('versions.export', { n: v.number })}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {viewing !== null && (
        <VersionView
          version={versions.find((v) => v.number === viewing)!}
          previous={versions.find((v) => v.number === viewing - 1) ?? null}
          onClose={() => setViewing(null)}
        />
      )}
    </section>
  );
}

function VersionView({ version: v, previous, onClose }: { version: SlaVersion; previous: SlaVersion | null; onClose(): void }) {
  const { t } = useTranslation('sla');
  const words = useDiffWords();
  const diff = useMemo(() => (previous ? diffSlaContent(previous.content, v.content, words) : null), [previous, v, words]);
  // The version as it was frozen: its commitments in its own document language, like its clauses.
  const docLanguage = asLanguage(v.content.language);
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      wide
      title={t('versions.viewTitle', { n: v.number })}
      description={t('versions.fingerprint', { hash: v.contentHash })}
    >
      <div className="version-view">
        {diff && (
          <>
            <h3>{t('status.changesAgainst', { n: previous!.number })}</h3>
            <DiffList entries={diff} empty={t('versions.noDifferences')} />
          </>
        )}
        <h3>{t('versions.commitments')}</h3>
        <ul>
          {v.content.commitments.map((c, i) => (
            <li key={c.id ?? i}>
              {describeCommitment(c, docLanguage).party}: {describeCommitment(c, docLanguage).what}
            </li>
          ))}
        </ul>
        {v.content.overrides && (
          <AcceptedDifferences overrides={v.content.overrides} version={v.number} commitments={v.content.commitments} />
        )}
        {(v.content.clauses ?? []).map((c, i) => (
          <div key={c.kind}>
            <h3>
              {i + 1}. {c.title}
            </h3>
            {c.text.split('\n').map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </div>
        ))}
        <h3>{t('versions.signatures')}</h3>
        {v.signatures.length === 0 ? (
          <p className="muted">{t('versions.nobodySigned')}</p>
        ) : (
          <ul>
            {v.signatures.map((s) => (
              <li key={s.participantId}>
                {s.typedName}
                {s.title ? `, ${s.title}` : ''} — {formatDateTime(s.signedAt)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="modal-actions">
        <button className="btn" onClick={onClose}>
          {t('versions.close')}
        </button>
      </div>
    </Modal>
  );
}
