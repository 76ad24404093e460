import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TextField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';

const timeFmt = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', dateStyle: 'short' });

export function AgreementSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const c = w.commitment;
  const agreed = c.participants.filter((p) => c.agreements[p.id]).length;
  return (
    <section className="card section" aria-labelledby="statement-h">
      <div className="section-head">
        <h2 id="statement-h">Commitment statement</h2>
        <span className="muted" role="status">{agreed} of {c.participants.length} agreed</span>
      </div>
      <TextField id="commitmentStatement" label="Statement everyone agrees to" multiline maxLength={4000} value={c.commitmentStatement}
        onChange={(v) => update((d) => void (d.commitment.commitmentStatement = v))} />
      <fieldset id="agreements" tabIndex={-1} className="agreements">
        <legend className="field-label">Who agrees</legend>
        {c.participants.length === 0 && <p className="muted">Add participants above; each one then ticks their agreement here.</p>}
        {c.participants.map((p) => {
          const at = c.agreements[p.id];
          return (
            <label key={p.id} className="agreement-row">
              <input type="checkbox" checked={Boolean(at)}
                onChange={(e) => update((d) => {
                  if (e.target.checked) d.commitment.agreements[p.id] = new Date().toISOString();
                  else delete d.commitment.agreements[p.id];
                })} />
              <span className="agreement-name">{p.name || 'Unnamed participant'}</span>
              <TeamBadge team={p.team} />
              <span className="muted">{at ? `agreed ${timeFmt.format(new Date(at))}` : 'not yet'}</span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
