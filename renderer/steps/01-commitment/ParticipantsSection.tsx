import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { newParticipant } from '../../../shared/workshop/factory';
import { TEAMS } from '../../../shared/workshop/teams';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { TeamBadge, useTeamLabel } from '../../ui/TeamBadge';
import { SelectField } from '../../ui/fields';

export function ParticipantsSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const people = w.commitment.participants;
  const { t } = useTranslation(['commitment', 'app']);
  const teamLabel = useTeamLabel();

  const add = () => {
    const p = newParticipant({ team: people.some((x) => x.team === 'marketing') ? 'sales' : 'marketing' });
    update((d) => void d.commitment.participants.push(p));
    requestAnimationFrame(() => document.getElementById(`participant-${p.id}-name`)?.focus());
  };

  const remove = (id: string) => {
    const who = people.find((p) => p.id === id)?.name || t('participants.removedFallback');
    const undoId = update((d) => {
      d.commitment.participants = d.commitment.participants.filter((p) => p.id !== id);
      delete d.commitment.agreements[id];
      if (d.commitment.executiveSponsorId === id) d.commitment.executiveSponsorId = null;
      d.sla.signerIds = d.sla.signerIds.filter((s) => s !== id);
      if (d.sla.witnessId === id) d.sla.witnessId = null;
    });
    showUndoToast(t('participants.removed', { name: who }), undoId);
  };

  return (
    <section className="card section" aria-labelledby="participants-h">
      <div className="section-head">
        <h2 id="participants-h" tabIndex={-1}>
          {t('participants.title')}
        </h2>
        <button className="btn" id="participants" onClick={add}>
          <Plus size={18} aria-hidden="true" /> {t('participants.add')}
        </button>
      </div>
      {people.length === 0 ? (
        <p className="muted">{t('participants.empty')}</p>
      ) : (
        <table className="table" aria-labelledby="participants-h">
          <thead>
            <tr>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.role')}</th>
              <th scope="col">{t('participants.team')}</th>
              <th scope="col">{t('participants.email')}</th>
              <th scope="col">
                <span className="sr-only">{t('participants.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              <tr key={p.id}>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-name`}>
                    {t('participants.nameLabel', { n: i + 1 })}
                  </label>
                  <input
                    className="input"
                    id={`participant-${p.id}-name`}
                    value={p.name}
                    maxLength={120}
                    placeholder={t('participants.namePlaceholder')}
                    aria-invalid={p.name.trim() === '' ? true : undefined}
                    onChange={(e) =>
                      update((d) => void (d.commitment.participants[i]!.name = e.target.value), {
                        coalesceKey: `field:commitment.participants.${p.id}.name`,
                      })
                    }
                  />
                </td>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-role`}>
                    {t('participants.roleLabel', { n: i + 1 })}
                  </label>
                  <input
                    className="input"
                    id={`participant-${p.id}-role`}
                    value={p.role}
                    maxLength={120}
                    placeholder={t('participants.rolePlaceholder')}
                    onChange={(e) =>
                      update((d) => void (d.commitment.participants[i]!.role = e.target.value), {
                        coalesceKey: `field:commitment.participants.${p.id}.role`,
                      })
                    }
                  />
                </td>
                <td>
                  <div className="row" style={{ flexWrap: 'nowrap' }}>
                    <label className="sr-only" htmlFor={`participant-${p.id}-team`}>
                      {t('participants.teamLabel', { n: i + 1 })}
                    </label>
                    <select
                      className="select"
                      id={`participant-${p.id}-team`}
                      value={p.team}
                      onChange={(e) => update((d) => void (d.commitment.participants[i]!.team = e.target.value as (typeof TEAMS)[number]))}
                    >
                      {TEAMS.map((team) => (
                        <option key={team} value={team}>
                          {teamLabel(team)}
                        </option>
                      ))}
                    </select>
                    <TeamBadge team={p.team} />
                  </div>
                </td>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-email`}>
                    {t('participants.emailLabel', { n: i + 1 })}
                  </label>
                  <input
                    className="input"
                    id={`participant-${p.id}-email`}
                    type="email"
                    value={p.email}
                    maxLength={200}
                    onChange={(e) =>
                      update((d) => void (d.commitment.participants[i]!.email = e.target.value), {
                        coalesceKey: `field:commitment.participants.${p.id}.email`,
                      })
                    }
                  />
                </td>
                <td>
                  <button
                    className="btn btn-ghost btn-sm icon-btn"
                    aria-label={t('participants.removeOne', { name: p.name || t('participants.fallbackName', { n: i + 1 }) })}
                    onClick={() => remove(p.id)}
                  >
                    <Trash2 size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div style={{ maxWidth: 420 }}>
        <SelectField
          id="executiveSponsor"
          label={t('participants.sponsor')}
          value={w.commitment.executiveSponsorId ?? ''}
          options={[
            { value: '', label: t('participants.sponsorChoose') },
            ...people.map((p) => ({ value: p.id, label: p.name || t('app:common.unnamedParticipant') })),
          ]}
          onChange={(v) => update((d) => void (d.commitment.executiveSponsorId = v || null))}
          hint={t('participants.sponsorHint')}
        />
      </div>
    </section>
  );
}
