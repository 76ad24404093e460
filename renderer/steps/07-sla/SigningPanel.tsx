import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PenLine } from 'lucide-react';
import { isLocked, latestVersion } from '../../../shared/sla/versions';
import type { Participant } from '../../../shared/workshop/schema';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { SelectField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';
import { SignatureDialog } from './SignatureDialog';
import { formatDateTime } from '../../i18n/format';

const SIGNING_TEAMS = new Set(['marketing', 'sales', 'sdr']);

/**
 * Who signs, and signing in the room. Before freezing, the room picks the marketing and sales
 * representatives (and optionally an executive witness); once frozen, each signs version N.
 */
export function SigningPanel() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('sla');
  const [signing, setSigning] = useState<{ participant: Participant; capacity: string } | null>(null);
  const locked = isLocked(w);
  const version = locked ? latestVersion(w) : null;
  const people = w.commitment.participants;
  const candidates = people.filter((p) => SIGNING_TEAMS.has(p.team) && p.id !== w.sla.witnessId);
  const signerRows = version
    ? version.content.signers.map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        team: s.team,
        capacity: s.capacity ?? (s.team === 'marketing' ? 'marketing' : 'sales'),
      }))
    : [...w.sla.signerIds.filter((id) => id !== w.sla.witnessId), ...(w.sla.witnessId ? [w.sla.witnessId] : [])].map((id) => {
        const p = people.find((x) => x.id === id);
        return {
          id,
          name: p?.name ?? '',
          role: p?.role ?? '',
          team: p?.team ?? null,
          capacity: id === w.sla.witnessId ? 'witness' : p?.team === 'marketing' ? 'marketing' : 'sales',
        };
      });

  return (
    <section className="card section" aria-labelledby="signing-h">
      <div className="section-head">
        <h2 id="signing-h">{version ? t('signing.titleVersion', { n: version.number }) : t('signing.title')}</h2>
      </div>
      {!locked && (
        <>
          <fieldset id="signers" tabIndex={-1} className="signer-pick">
            <legend className="field-label">{t('signing.whoSigns')}</legend>
            {people.length === 0 && <p className="muted">{t('signing.needParticipants')}</p>}
            <div className="signer-options">
              {candidates.map((p) => (
                <label key={p.id} className="signer-option">
                  <input
                    type="checkbox"
                    checked={w.sla.signerIds.includes(p.id)}
                    onChange={(e) =>
                      update((d) => {
                        d.sla.signerIds = e.target.checked ? [...d.sla.signerIds, p.id] : d.sla.signerIds.filter((x) => x !== p.id);
                      })
                    }
                  />
                  <span>{p.name || t('signing.unnamed')}</span>
                  <TeamBadge team={p.team} />
                </label>
              ))}
            </div>
          </fieldset>
          <SelectField
            id="sla-witness"
            label={t('signing.witness')}
            value={w.sla.witnessId ?? ''}
            options={[
              { value: '', label: t('signing.noWitness') },
              ...people.map((p) => ({ value: p.id, label: `${p.name || t('signing.unnamed')}${p.role ? ` — ${p.role}` : ''}` })),
            ]}
            onChange={(id) =>
              update((d) => {
                d.sla.witnessId = id === '' ? null : id;
                d.sla.signerIds = d.sla.signerIds.filter((x) => x !== id);
              })
            }
          />
          <p className="muted">{t('signing.signAfterFreeze')}</p>
        </>
      )}
      {signerRows.length > 0 && (
        <ul className="signer-list">
          {signerRows.map((p) => {
            const sig = version?.signatures.find((s) => s.participantId === p.id);
            const participant = people.find((x) => x.id === p.id);
            return (
              <li key={p.id} className="signer-card" data-testid={`signer-${p.id}`}>
                <div className="signer-who">
                  <strong>{p.name || t('signing.unnamed')}</strong>
                  <span className="muted">{p.role}</span>
                  {p.team && <TeamBadge team={p.team} />}
                  <span className="signer-capacity">
                    {p.capacity === 'witness'
                      ? t('signing.witness')
                      : t(`signing.signsFor.${p.capacity === 'marketing' ? 'marketing' : 'sales'}`)}
                  </span>
                  {/* The one signing status never waits for the witness: say so where the room looks. */}
                  {p.capacity === 'witness' && !sig && (
                    <span className="signer-capacity" data-testid="witness-optional">
                      {version ? t('signing.witnessWaiting') : t('signing.witnessRole')}
                    </span>
                  )}
                </div>
                {sig ? (
                  <div className="signer-done">
                    <img src={sig.image} alt={t('signing.signatureOf', { name: sig.typedName })} className="signature-img" />
                    <span>
                      {t(sig.title ? 'signing.signedByTitled' : 'signing.signedBy', {
                        name: sig.typedName,
                        title: sig.title,
                        when: formatDateTime(sig.signedAt),
                      })}
                    </span>
                  </div>
                ) : version && participant ? (
                  <button
                    className="btn btn-primary"
                    disabled={!p.name.trim()}
                    onClick={() => setSigning({ participant, capacity: p.capacity })}
                  >
                    <PenLine size={18} aria-hidden="true" /> {t('signing.signAs', { name: p.name || t('signing.participant') })}
                  </button>
                ) : (
                  <span className="muted">{version ? t('signing.notParticipant') : t('signing.afterFreezing')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {signing && version && (
        <SignatureDialog
          participant={signing.participant}
          capacity={signing.capacity}
          version={version.number}
          contentHash={version.contentHash}
          consentLine={version.content.consentLine ?? ''}
          onClose={() => setSigning(null)}
        />
      )}
    </section>
  );
}
