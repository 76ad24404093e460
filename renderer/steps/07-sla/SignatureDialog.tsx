import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import type { Participant } from '../../../shared/workshop/schema';
import { useWorkshop } from '../../app/workshopStore';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/fields';

interface Props {
  participant: Participant;
  contentHash: string;
  onClose(): void;
}

/** Signing in the room: drawn signature, typed name and title, consent, time recorded now. */
export function SignatureDialog({ participant, contentHash, onClose }: Props) {
  const update = useWorkshop((s) => s.update);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [typedName, setTypedName] = useState(participant.name);
  const [title, setTitle] = useState(participant.role);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

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

  const sign = () => {
    const missing = [!drawn && 'draw a signature', !typedName.trim() && 'type the name', !consent && 'tick the consent line'].filter(Boolean);
    if (missing.length) {
      setError(`To sign, ${missing.join(', ')}.`);
      return;
    }
    const image = canvasRef.current!.toDataURL('image/png');
    update((d) => {
      d.sla.signatures = d.sla.signatures.filter((s) => s.participantId !== participant.id);
      d.sla.signatures.push({
        participantId: participant.id,
        typedName: typedName.trim(),
        title: title.trim(),
        team: participant.team,
        image,
        signedAt: new Date().toISOString(),
        contentHash,
      });
    });
    onClose();
  };

  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={`Sign the SLA — ${participant.name}`} wide
      description="Sign with a finger, pen or mouse. The signature is tied to the exact SLA content shown by its fingerprint.">
      <div className="signature-pad-wrap">
        <canvas ref={canvasRef} className="signature-pad" data-testid="signature-pad" aria-label="Signature drawing area" />
        <span className="signature-line" aria-hidden="true">✕</span>
      </div>
      <div className="row">
        <button className="btn btn-sm" onClick={clear}>Clear</button>
        <button className="btn btn-sm" onClick={adoptTyped} disabled={!typedName.trim()}>Use typed name as signature</button>
      </div>
      <div className="grid-2">
        <TextField id="sign-name" label="Full name" value={typedName} onChange={setTypedName} maxLength={120} />
        <TextField id="sign-title" label="Title" value={title} onChange={setTitle} maxLength={120} />
      </div>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <span>I have read this service level agreement and sign it on behalf of my team. Fingerprint <code className="mono">{contentHash.slice(0, 16)}…</code></span>
      </label>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="modal-actions">
        <button className="btn" onClick={onClose}>Cancel</button>
        <button className="btn btn-primary" onClick={sign}>Sign now</button>
      </div>
    </Modal>
  );
}
