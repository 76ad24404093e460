import { useState } from 'react';
import { PenLine } from 'lucide-react';
import { signingState } from '../../../shared/sla/signing';
import type { Participant } from '../../../shared/workshop/schema';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TeamBadge } from '../../ui/TeamBadge';
import { SignatureDialog } from './SignatureDialog';

const STATE_LABEL = { draft: 'Draft — not signed yet', partiallySigned: 'Partially signed', fullySigned: 'Signed and countersigned' } as const;
const timeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SigningPanel({ hash }: { hash: string | null }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const [signing, setSigning] = useState<Participant | null>(null);
  const locked = w.sla.signatures.length > 0;
  const state = signingState(w);
  const people = w.commitment.participants;
  const signers = w.sla.signerIds.map((id) => people.find((p) => p.id === id)).filter((p): p is Participant => Boolean(p));

  return (
    <section className="card section" aria-labelledby="signing-h">
      <div className="section-head">
        <h2 id="signing-h">Signatures</h2>
        <span className={`sign-state sign-state-${state}`} data-testid="signing-state">{STATE_LABEL[state]}</span>
      </div>
      <fieldset id="signers" tabIndex={-1} className="signer-pick" disabled={locked}>
        <legend className="field-label">Who signs — at least one marketing and one sales representative; the sponsor may sign as witness</legend>
        {people.length === 0 && <p className="muted">Add participants in step 1 first.</p>}
        <div className="signer-options">
          {people.map((p) => (
            <label key={p.id} className="signer-option">
              <input type="checkbox" checked={w.sla.signerIds.includes(p.id)}
                onChange={(e) => update((d) => {
                  d.sla.signerIds = e.target.checked ? [...d.sla.signerIds, p.id] : d.sla.signerIds.filter((x) => x !== p.id);
                })} />
              <span>{p.name || 'Unnamed participant'}</span>
              <TeamBadge team={p.team} />
            </label>
          ))}
        </div>
      </fieldset>
      {signers.length > 0 && (
        <ul className="signer-list">
          {signers.map((p) => {
            const sig = w.sla.signatures.find((s) => s.participantId === p.id);
            return (
              <li key={p.id} className="signer-card" data-testid={`signer-${p.id}`}>
                <div className="signer-who">
                  <strong>{p.name || 'Unnamed participant'}</strong>
                  <span className="muted">{p.role}</span>
                  <TeamBadge team={p.team} />
                </div>
                {sig ? (
                  <div className="signer-done">
                    <img src={sig.image} alt={`Signature of ${sig.typedName}`} className="signature-img" />
                    <span>Signed by {sig.typedName}{sig.title ? `, ${sig.title}` : ''} · {timeFmt.format(new Date(sig.signedAt))}</span>
                  </div>
                ) : (
                  <button className="btn btn-primary" disabled={!hash || !p.name.trim()} onClick={() => setSigning(p)}>
                    <PenLine size={18} aria-hidden="true" /> Sign as {p.name || 'participant'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="hash-box">
        <span className="field-label">Content fingerprint (SHA-256 of the SLA text every signature applies to)</span>
        <code className="mono" data-testid="sla-hash">{hash ?? 'computing…'}</code>
      </div>
      {signing && hash && <SignatureDialog participant={signing} contentHash={hash} onClose={() => setSigning(null)} />}
    </section>
  );
}
