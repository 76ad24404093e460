import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { Trans, useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/workshop/schema';
import { signSla } from '../../../shared/sla/versions';
import { AuditBrokenError, auditedUpdate } from '../../app/auditedUpdate';
import { auditProblemText } from '../../app/auditWords';
import { i18n } from '../../i18n';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/fields';
import { formatDateTime, uiLocale } from '../../i18n/format';

interface Props {
  participant: Participant;
  /** 'marketing', 'sales' or 'witness': printed in the title so the signer sees in which role they sign. */
  capacity: string;
  version: number;
  contentHash: string;
  consentLine: string;
  onClose(): void;
}

/** Signing in the room: drawn signature, typed name and title, consent, time recorded now. */
export function SignatureDialog({ participant, capacity, version, contentHash, consentLine, onClose }: Props) {
  const { t } = useTranslation('sla');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [typedName, setTypedName] = useState(participant.name);
  const [title, setTitle] = useState(participant.role);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  // After a first try, what is still missing is said live, and the message goes once all is done.
  const [tried, setTried] = useState(false);
  const missing = [
    !drawn && t('sign.missing.drawn'),
    !typedName.trim() && t('sign.missing.name'),
    !consent && t('sign.missing.consent'),
  ].filter((m): m is string => Boolean(m));
  const incomplete =
    tried && missing.length > 0
      ? t('sign.toSign', { missing: new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(missing) })
      : null;

  useEffect(() => {
    // Radix mounts the dialog content after this effect's first run; wait a frame for the canvas.
    const raf = requestAnimationFrame(() => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      const pad = new SignaturePad(canvas, { penColor: '#10233f', minWidth: 0.8, maxWidth: 2.6 });
      pad.addEventListener('endStroke', () => setDrawn(!pad.isEmpty()));
      padRef.current = pad;
    });
    return () => {
      cancelAnimationFrame(raf);
      padRef.current?.off();
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    setDrawn(false);
  };

  /** Keyboard-only signers can adopt their typed name, drawn in a script style, as the mark. */
  const adoptTyped = () => {
    const canvas = canvasRef.current;
    const pad = padRef.current;
    if (!canvas || !pad || !typedName.trim()) return;
    pad.clear();
    const ctx = canvas.getContext('2d')!;
    ctx.save();
    ctx.fillStyle = '#10233f';
    ctx.font = `italic 34px "Segoe Script", "Brush Script MT", cursive, serif`;
    ctx.textBaseline = 'middle';
    ctx.fillText(typedName.trim(), 20, canvas.offsetHeight / 2, canvas.offsetWidth - 40);
    ctx.restore();
    setDrawn(true);
  };

  const sign = async () => {
    setTried(true);
    setError(null);
    if (missing.length) return;
    const image = canvasRef.current!.toDataURL('image/png');
    setSigning(true);
    try {
      // The time is taken now, in the room; signSla records it in the version and the audit trail, sealed at once.
      await auditedUpdate((d, now) => signSla(d, { participantId: participant.id, typedName, title, image, consent: consentLine }, now));
      onClose();
    } catch (e) {
      const problem = e instanceof AuditBrokenError ? auditProblemText(e.verdict) : null;
      setError(problem ? i18n.t('seal:blocked.change', { problem }) : e instanceof Error ? e.message : String(e));
    } finally {
      setSigning(false);
    }
  };

  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={
        capacity === 'witness'
          ? t('sign.titleWitness', { n: version, name: participant.name })
          : t(`sign.titleFor.${capacity === 'marketing' ? 'marketing' : 'sales'}`, { n: version, name: participant.name })
      }
      wide
      description={t('sign.description')}
    >
      <div className="signature-pad-wrap">
        <canvas ref={canvasRef} className="signature-pad" data-testid="signature-pad" aria-label={t('sign.pad')} />
        <span className="signature-line" aria-hidden="true">
          ✕
        </span>
      </div>
      <div className="row">
        <button className="btn btn-sm" onClick={clear}>
          {t('sign.clear')}
        </button>
        <button className="btn btn-sm" onClick={adoptTyped} disabled={!typedName.trim()}>
          {t('sign.useTyped')}
        </button>
      </div>
      <div className="grid-2">
        <TextField id="sign-name" label={t('sign.fullName')} value={typedName} onChange={setTypedName} maxLength={120} />
        <TextField id="sign-title" label={t('sign.jobTitle')} value={title} onChange={setTitle} maxLength={120} />
      </div>
      <p className="sign-when">
        <Trans t={t} i18nKey="sign.when" values={{ when: formatDateTime(new Date().toISOString()) }} components={{ strong: <strong /> }} />
      </p>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>
          {consentLine}{' '}
          <Trans
            t={t}
            i18nKey="sign.versionHash"
            values={{ n: version, hash: contentHash.slice(0, 16) }}
            components={{ code: <code className="mono" /> }}
          />
        </span>
      </label>
      {(incomplete ?? error) && (
        <p className="field-error" role="alert">
          {incomplete ?? error}
        </p>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={onClose}>
          {t('sign.cancel')}
        </button>
        <button className="btn btn-primary" onClick={() => void sign()} disabled={signing} aria-busy={signing}>
          {t('sign.signNow')}
        </button>
      </div>
    </Modal>
  );
}
