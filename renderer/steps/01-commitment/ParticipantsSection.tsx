import { Plus, Trash2 } from 'lucide-react';
import { newParticipant } from '../../../shared/workshop/factory';
import { TEAMS } from '../../../shared/workshop/teams';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { TEAM_LABEL, TeamBadge } from '../../ui/TeamBadge';
import { SelectField } from '../../ui/fields';

export function ParticipantsSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const people = w.commitment.participants;

  const add = () => {
    const p = newParticipant({ team: people.some((x) => x.team === 'marketing') ? 'sales' : 'marketing' });
    update((d) => void d.commitment.participants.push(p));
    requestAnimationFrame(() => document.getElementById(`participant-${p.id}-name`)?.focus());
  };

  const remove = (id: string) => {
    const before = w;
    const who = people.find((p) => p.id === id)?.name || 'Participant';
    update((d) => {
      d.commitment.participants = d.commitment.participants.filter((p) => p.id !== id);
      delete d.commitment.agreements[id];
      if (d.commitment.executiveSponsorId === id) d.commitment.executiveSponsorId = null;
      d.sla.signerIds = d.sla.signerIds.filter((s) => s !== id);
    });
    showToast({ message: `Removed ${who}.`, action: { label: 'Undo', run: () => replace(before) } });
  };

  return (
    <section className="card section" aria-labelledby="participants-h">
      <div className="section-head">
        <h2 id="participants-h" tabIndex={-1}>Participants</h2>
        <button className="btn" id="participants" onClick={add}><Plus size={18} aria-hidden="true" /> Add participant</button>
      </div>
      {people.length === 0 ? (
        <p className="muted">
          Add everyone in the room: at least one person from marketing and one from sales. Typical rooms also have an SDR
          manager, someone from operations, and an executive sponsor.
        </p>
      ) : (
        <table className="table" aria-labelledby="participants-h">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">E-mail</th>
              <th scope="col"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              <tr key={p.id}>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-name`}>Participant {i + 1} name</label>
                  <input className="input" id={`participant-${p.id}-name`} value={p.name} maxLength={120} placeholder="Full name"
                    aria-invalid={p.name.trim() === '' ? true : undefined}
                    onChange={(e) => update((d) => void (d.commitment.participants[i]!.name = e.target.value))} />
                </td>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-role`}>Participant {i + 1} role</label>
                  <input className="input" id={`participant-${p.id}-role`} value={p.role} maxLength={120} placeholder="e.g. Head of Sales"
                    onChange={(e) => update((d) => void (d.commitment.participants[i]!.role = e.target.value))} />
                </td>
                <td>
                  <div className="row" style={{ flexWrap: 'nowrap' }}>
                    <label className="sr-only" htmlFor={`participant-${p.id}-team`}>Participant {i + 1} team</label>
                    <select className="select" id={`participant-${p.id}-team`} value={p.team}
                      onChange={(e) => update((d) => void (d.commitment.participants[i]!.team = e.target.value as (typeof TEAMS)[number]))}>
                      {TEAMS.map((t) => <option key={t} value={t}>{TEAM_LABEL[t]}</option>)}
                    </select>
                    <TeamBadge team={p.team} />
                  </div>
                </td>
                <td>
                  <label className="sr-only" htmlFor={`participant-${p.id}-email`}>Participant {i + 1} e-mail</label>
                  <input className="input" id={`participant-${p.id}-email`} type="email" value={p.email} maxLength={200}
                    onChange={(e) => update((d) => void (d.commitment.participants[i]!.email = e.target.value))} />
                </td>
                <td>
                  <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove ${p.name || `participant ${i + 1}`}`} onClick={() => remove(p.id)}>
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
          label="Executive sponsor"
          value={w.commitment.executiveSponsorId ?? ''}
          options={[{ value: '', label: 'Choose a participant…' }, ...people.map((p) => ({ value: p.id, label: p.name || 'Unnamed participant' }))]}
          onChange={(v) => update((d) => void (d.commitment.executiveSponsorId = v || null))}
          hint="The leader who backs the agreement and breaks deadlocks."
        />
      </div>
    </section>
  );
}
