import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock, PenLine, Snowflake } from 'lucide-react';
import { currentDocument } from '../../../shared/sla/content';
import { diffSlaContent } from '../../../shared/sla/diff';
import { amendSla, freezeIssues, freezeSla, latestVersion, signingState, type FreezeIssue } from '../../../shared/sla/versions';
import { useOpenWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { AuditBrokenError, auditedUpdate } from '../../app/auditedUpdate';
import { auditProblemText } from '../../app/auditWords';
import { i18n } from '../../i18n';
import { storage } from '../../app/storageContext';
import { Modal } from '../../ui/Modal';
import { DiffList } from './DiffList';
import { freezeIssueText, useDiffWords } from './slaWords';


/** Where the SLA stands, its fingerprint, and the one action that moves it on (freeze, or amend). */
export function StatusBar() {
  const w = useOpenWorkshop();
  const { t } = useTranslation('sla');
  const [busy, setBusy] = useState(false);
  const words = useDiffWords();
  const [problems, setProblems] = useState<FreezeIssue[]>([]);
  const [amending, setAmending] = useState(false);
  const state = signingState(w);
  const doc = useMemo(() => currentDocument(w), [w]);
  const latest = latestVersion(w);
  // While amending, what the next version changes against the last frozen one.
  const changes = useMemo(() => (state === 'draft' && latest ? diffSlaContent(latest.content, doc.content, words) : null), [state, latest, doc, words]);

  // Freezing and amending are recorded in the audit trail and sealed: they take a moment, and cannot be undone.
  const record = async (change: Parameters<typeof auditedUpdate>[0], done: string) => {
    setBusy(true);
    try {
      await auditedUpdate(change);
      showToast({ message: done });
    } catch (e) {
      const problem = e instanceof AuditBrokenError ? auditProblemText(e.verdict) : null;
      showToast({ tone: 'error', message: problem ? i18n.t('seal:blocked.change', { problem }) : e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const freeze = () => {
    const found = freezeIssues(w);
    setProblems(found);
    if (found.length > 0) return;
    void record((d, now) => void freezeSla(d, now), t('status.frozenToast', { n: doc.versionNumber }));
  };
  const amend = () => {
    // Amending is the one change a signed agreement can take; History keeps the signed state too.
    void storage().snapshots.take(w, 'beforeAmend').catch(() => undefined);
    setAmending(false);
    void record((d, now) => amendSla(d, now), t('status.amendingToast', { n: latest?.number ?? 1, next: (latest?.number ?? 0) + 1 }));
  };

  return (
    <section className="card section sla-status" aria-labelledby="sla-status-h">
      <div className="section-head">
        <h2 id="sla-status-h">{t('status.heading', { n: doc.versionNumber })}</h2>
        <span className={`sign-state sign-state-${state}`} data-testid="signing-state">{t(`state.${state}`)}</span>
      </div>
      <ol className="sla-steps" aria-label={t('status.workflow')}>
        {(['draft', 'ready', 'partiallySigned', 'fullySigned'] as const).map((s) => (
          <li key={s} className={s === state ? 'current' : undefined} aria-current={s === state ? 'step' : undefined}>{t(`state.${s}`)}</li>
        ))}
      </ol>
      <div className="hash-box">
        <span className="field-label">
          {state === 'draft' ? t('status.fingerprintDraft') : t('status.fingerprintVersion', { n: doc.versionNumber })}
        </span>
        <code className="mono" data-testid="sla-hash">{doc.contentHash}</code>
      </div>
      {state === 'draft' ? (
        <div className="row">
          <button id="sla-freeze" className="btn btn-primary" onClick={freeze} disabled={busy} aria-busy={busy}><Snowflake size={18} aria-hidden="true" /> {t('status.freeze')}</button>
          <span className="muted">{t('status.freezeNote', { n: doc.versionNumber })}</span>
        </div>
      ) : (
        <div className="callout callout-info row lock-banner" role="status">
          <Lock size={20} aria-hidden="true" />
          <span className="spacer">
            {t(state === 'fullySigned' ? 'status.lockedSigned' : 'status.lockedReady', { n: doc.versionNumber, next: doc.versionNumber + 1 })}
          </span>
          <button className="btn" onClick={() => setAmending(true)} disabled={busy}><PenLine size={18} aria-hidden="true" /> {t('status.amend')}</button>
        </div>
      )}
      {problems.length > 0 && state === 'draft' && (
        <div className="callout callout-warn" role="alert">
          <strong>{t('status.notReady')}</strong>
          <ul>{problems.map((p) => freezeIssueText(t, p)).map((text) => <li key={text}>{text}</li>)}</ul>
        </div>
      )}
      {changes && (
        <div className="amend-diff" data-testid="amend-diff">
          <h3>{t('status.changesAgainst', { n: latest!.number })}</h3>
          <DiffList entries={changes} empty={t('status.noChangesYet', { n: doc.versionNumber })} />
        </div>
      )}
      <Modal open={amending} onOpenChange={setAmending} title={t('status.amendTitle', { n: doc.versionNumber })}
        description={t('status.amendDescription', { n: doc.versionNumber, next: doc.versionNumber + 1 })}>
        <div className="modal-actions">
          <button className="btn" onClick={() => setAmending(false)}>{t('status.keep', { n: doc.versionNumber })}</button>
          <button className="btn btn-primary" onClick={amend}>{t('status.amendConfirm', { next: doc.versionNumber + 1 })}</button>
        </div>
      </Modal>
    </section>
  );
}
