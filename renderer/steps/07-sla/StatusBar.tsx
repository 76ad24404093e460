import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Lock, PenLine, Snowflake } from 'lucide-react';
import { consistencyIssues } from '../../../shared/sla/consistency';
import { currentDocument, draftContent } from '../../../shared/sla/content';
import { diffSlaContent, driftSinceFrozen } from '../../../shared/sla/diff';
import {
  amendSla,
  freezeIssues,
  freezeSla,
  latestVersion,
  signingState,
  type FreezeIssue,
  type FreezeOverride,
} from '../../../shared/sla/versions';
import type { ConsistencyIssue } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { AuditBrokenError, auditedUpdate } from '../../app/auditedUpdate';
import { auditProblemText } from '../../app/auditWords';
import { i18n } from '../../i18n';
import { storage } from '../../app/storageContext';
import { Modal } from '../../ui/Modal';
import { AcceptedDifferences, ConsistencyPanel } from './ConsistencyPanel';
import { DiffList } from './DiffList';
import { FreezeDialog } from './FreezeDialog';
import { useCheckMessage } from '../../i18n/checks';
import { useDiffWords } from './slaWords';

/**
 * Where the SLA stands, its fingerprint, and the one action that moves it on (freeze, or amend).
 * Before freezing: whether the numbers about to be signed agree. Once frozen: the version as
 * frozen, what the room accepted when freezing, and what the workshop has changed since.
 */
export function StatusBar() {
  const w = useOpenWorkshop();
  const { t } = useTranslation('sla');
  const [busy, setBusy] = useState(false);
  const words = useDiffWords();
  // Freeze problems are step 7's checks: worded as "Mark step done" words them.
  const sayCheck = useCheckMessage();
  const [problems, setProblems] = useState<FreezeIssue[]>([]);
  const [amending, setAmending] = useState(false);
  const [freezing, setFreezing] = useState<readonly ConsistencyIssue[] | null>(null);
  const state = signingState(w);
  const doc = useMemo(() => currentDocument(w), [w]);
  const latest = latestVersion(w);
  const issues = useMemo(() => (state === 'draft' ? consistencyIssues(w) : []), [state, w]);
  // While amending, what the next version changes against the last frozen one.
  const changes = useMemo(
    () => (state === 'draft' && latest ? diffSlaContent(latest.content, doc.content, words) : null),
    [state, latest, doc, words],
  );
  // While frozen, what the workshop has changed since: none of it is in the version shown and signed.
  const drift = useMemo(
    () => (state !== 'draft' && doc.version ? driftSinceFrozen(doc.content, draftContent(w), words) : []),
    [state, doc, w, words],
  );

  // Freezing and amending are recorded in the audit trail and sealed: they take a moment, and cannot be undone.
  const record = async (change: Parameters<typeof auditedUpdate>[0], done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await auditedUpdate(change);
      showToast({ message: done });
      return true;
    } catch (e) {
      const problem = e instanceof AuditBrokenError ? auditProblemText(e.verdict) : null;
      showToast({
        tone: 'error',
        message: problem ? i18n.t('seal:blocked.change', { problem }) : e instanceof Error ? e.message : String(e),
      });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const askFreeze = () => {
    const found = freezeIssues(w);
    setProblems(found);
    if (found.length > 0) return;
    // The dialog says what freezing means and, with disagreements left, asks for the recorded override.
    setFreezing(consistencyIssues(w));
  };
  const freeze = (override: FreezeOverride | undefined) => {
    void record((d, now) => void freezeSla(d, now, override), t('status.frozenToast', { n: doc.versionNumber })).then(
      (ok) => ok && setFreezing(null),
    );
  };
  const amend = () => {
    // Amending is the one change a signed agreement can take; History keeps the signed state too.
    void storage()
      .snapshots.take(w, 'beforeAmend')
      .catch(() => undefined);
    setAmending(false);
    void record((d, now) => amendSla(d, now), t('status.amendingToast', { n: latest?.number ?? 1, next: (latest?.number ?? 0) + 1 }));
  };
  const overrides = doc.version ? doc.content.overrides : undefined;

  return (
    <section className="card section sla-status" aria-labelledby="sla-status-h">
      <div className="section-head">
        <h2 id="sla-status-h">{t('status.heading', { n: doc.versionNumber })}</h2>
        <span className={`sign-state sign-state-${state}`} data-testid="signing-state">
          {t(`state.${state}`)}
        </span>
      </div>
      <ol className="sla-steps" aria-label={t('status.workflow')}>
        {(['draft', 'ready', 'partiallySigned', 'fullySigned'] as const).map((s) => (
          <li key={s} className={s === state ? 'current' : undefined} aria-current={s === state ? 'step' : undefined}>
            {t(`state.${s}`)}
          </li>
        ))}
      </ol>
      <div className="hash-box">
        <span className="field-label">
          {state === 'draft' ? t('status.fingerprintDraft') : t('status.fingerprintVersion', { n: doc.versionNumber })}
        </span>
        <code className="mono" data-testid="sla-hash">
          {doc.contentHash}
        </code>
      </div>
      {state === 'draft' ? (
        <>
          <div className="row">
            <button id="sla-freeze" className="btn btn-primary" onClick={askFreeze} disabled={busy} aria-busy={busy}>
              <Snowflake size={18} aria-hidden="true" /> {t('status.freeze')}
            </button>
            <span className="muted">{t('status.freezeNote', { n: doc.versionNumber })}</span>
          </div>
          <ConsistencyPanel issues={issues} />
        </>
      ) : (
        <div className="callout callout-info row lock-banner" role="status">
          <Lock size={20} aria-hidden="true" />
          <span className="spacer">
            {t(state === 'fullySigned' ? 'status.lockedSigned' : 'status.lockedReady', {
              n: doc.versionNumber,
              next: doc.versionNumber + 1,
            })}
          </span>
          <button className="btn" onClick={() => setAmending(true)} disabled={busy}>
            <PenLine size={18} aria-hidden="true" /> {t('status.amend')}
          </button>
        </div>
      )}
      {drift.length > 0 && (
        <div className="callout callout-warn drift-banner" role="status" data-testid="sla-drift">
          <strong>
            <AlertTriangle size={18} aria-hidden="true" /> {t('status.driftTitle', { n: doc.versionNumber })}
          </strong>
          <p>
            {t(state === 'fullySigned' ? 'status.driftSigned' : 'status.driftReady', { n: doc.versionNumber, next: doc.versionNumber + 1 })}
          </p>
          <DiffList entries={drift} empty="" />
          <div className="row">
            <button className="btn btn-primary" onClick={() => setAmending(true)} disabled={busy}>
              <PenLine size={18} aria-hidden="true" /> {t('status.driftAmend', { next: doc.versionNumber + 1 })}
            </button>
          </div>
        </div>
      )}
      {overrides && <AcceptedDifferences overrides={overrides} version={doc.versionNumber} commitments={doc.content.commitments} />}
      {problems.length > 0 && state === 'draft' && (
        <div className="callout callout-warn" role="alert">
          <strong>{t('status.notReady')}</strong>
          <ul>
            {problems
              .map((p) => sayCheck(p))
              .map((text) => (
                <li key={text}>{text}</li>
              ))}
          </ul>
        </div>
      )}
      {changes && (
        <div className="amend-diff" data-testid="amend-diff">
          <h3>{t('status.changesAgainst', { n: latest!.number })}</h3>
          <DiffList entries={changes} empty={t('status.noChangesYet', { n: doc.versionNumber })} />
        </div>
      )}
      {freezing && state === 'draft' && (
        <FreezeDialog version={doc.versionNumber} issues={freezing} busy={busy} onCancel={() => setFreezing(null)} onFreeze={freeze} />
      )}
      <Modal
        open={amending}
        onOpenChange={setAmending}
        title={t('status.amendTitle', { n: doc.versionNumber })}
        description={t('status.amendDescription', { n: doc.versionNumber, next: doc.versionNumber + 1 })}
      >
        <div className="modal-actions">
          <button className="btn" onClick={() => setAmending(false)}>
            {t('status.keep', { n: doc.versionNumber })}
          </button>
          <button className="btn btn-primary" onClick={amend}>
            {t('status.amendConfirm', { next: doc.versionNumber + 1 })}
          </button>
        </div>
      </Modal>
    </section>
  );
}
