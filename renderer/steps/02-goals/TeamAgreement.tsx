import { useState } from 'react';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TeamBadge } from '../../ui/TeamBadge';

const timeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Each team agrees to the goals explicitly, by a named person, at a recorded time. */
export function TeamAgreement() {
  return (
    <section className="card section" aria-labelledby="goal-agreement-h">
      <h2 id="goal-agreement-h">Both teams agree</h2>
      <div className="grid-2">
        <TeamAgreementBox team="marketing" />
        <TeamAgreementBox team="sales" />
      </div>
    </section>
  );
}

function TeamAgreementBox({ team }: { team: 'marketing' | 'sales' }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const members = w.commitment.participants.filter((p) => p.team === team && p.name.trim());
  const [who, setWho] = useState(members[0]?.name ?? '');
  const agreement = w.goals.agreement[team];
  const label = team === 'marketing' ? 'Marketing' : 'Sales';
  return (
    <div className="agreement-box" id={`agreement-${team}`} tabIndex={-1}>
      <TeamBadge team={team} />
      {agreement ? (
        <>
          <p><strong>{agreement.by}</strong> agreed for {label.toLowerCase()} on {timeFmt.format(new Date(agreement.at))}.</p>
          <button className="btn btn-sm" onClick={() => update((d) => void (d.goals.agreement[team] = null))}>Withdraw agreement</button>
        </>
      ) : members.length === 0 ? (
        <p className="muted">Add a {label.toLowerCase()} participant in step 1 to record their agreement.</p>
      ) : (
        <div className="row">
          <label className="sr-only" htmlFor={`agree-${team}-who`}>Who agrees for {label.toLowerCase()}</label>
          <select id={`agree-${team}-who`} className="select" style={{ width: 'auto' }} value={who} onChange={(e) => setWho(e.target.value)}>
            {members.map((p) => <option key={p.id} value={p.name}>{p.name}</option>)}
          </select>
          <button className="btn btn-primary" onClick={() => update((d) => void (d.goals.agreement[team] = { by: who || members[0]!.name, at: new Date().toISOString() }))}>
            {label} agrees to these goals
          </button>
        </div>
      )}
    </div>
  );
}
