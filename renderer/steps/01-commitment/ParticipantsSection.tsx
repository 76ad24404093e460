import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { newParticipant } from '../../../shared/workshop/factory';
import { TEAMS, type Team } from '../../../shared/workshop/teams';
import type { Participant } from '../../../shared/workshop/schema';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { useTeamLabel } from '../../ui/TeamBadge';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
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

  const set = (i: number, patch: Partial<Participant>, field?: keyof Participant) =>
    update(
      (d) => void Object.assign(d.commitment.participants[i]!, patch),
      field ? { coalesceKey: `field:commitment.participants.${people[i]!.id}.${field}` } : undefined,
    );

  // The team column is the select alone: its choice is the team's full name (a badge beside it said it again).
  const columns: EditableColumn<Participant>[] = [
    {
      key: 'name',
      className: 'editable-table-text',
      header: t('participants.name'),
      id: (p) => `participant-${p.id}-name`,
      label: (_, n) => t('participants.nameLabel', { n }),
      invalid: (p) => p.name.trim() === '',
      render: (p, i, cell) => (
        <input
          className="input"
          id={cell.id}
          value={p.name}
          maxLength={120}
          placeholder={t('participants.namePlaceholder')}
          aria-invalid={cell.invalid || undefined}
          onChange={(e) => set(i, { name: e.target.value }, 'name')}
        />
      ),
    },
    {
      key: 'role',
      className: 'editable-table-text',
      header: t('participants.role'),
      id: (p) => `participant-${p.id}-role`,
      label: (_, n) => t('participants.roleLabel', { n }),
      render: (p, i, cell) => (
        <input
          className="input"
          id={cell.id}
          value={p.role}
          maxLength={120}
          placeholder={t('participants.rolePlaceholder')}
          onChange={(e) => set(i, { role: e.target.value }, 'role')}
        />
      ),
    },
    {
      key: 'team',
      header: t('participants.team'),
      className: 'editable-table-fit',
      id: (p) => `participant-${p.id}-team`,
      label: (_, n) => t('participants.teamLabel', { n }),
      render: (p, i, cell) => (
        <select className="select" id={cell.id} value={p.team} onChange={(e) => set(i, { team: e.target.value as Team })}>
          {TEAMS.map((team) => (
            <option key={team} value={team}>
              {teamLabel(team)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'email',
      className: 'editable-table-text',
      header: t('participants.email'),
      id: (p) => `participant-${p.id}-email`,
      label: (_, n) => t('participants.emailLabel', { n }),
      render: (p, i, cell) => (
        <input
          className="input"
          id={cell.id}
          type="email"
          value={p.email}
          maxLength={200}
          onChange={(e) => set(i, { email: e.target.value }, 'email')}
        />
      ),
    },
  ];

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
        <EditableTable
          rows={people}
          columns={columns}
          labelledBy="participants-h"
          className="participants-table"
          removeHeader={t('participants.remove')}
          removeLabel={(p, n) => t('participants.removeOne', { name: p.name || t('participants.fallbackName', { n }) })}
          onRemove={(p) => remove(p.id)}
          onAdd={add}
        />
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
