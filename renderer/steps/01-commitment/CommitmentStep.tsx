import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { DECISION_RULES, MEETING_CADENCES } from '../../../shared/workshop/schema';
import { ParticipantsSection } from './ParticipantsSection';
import { AgreementSection } from './AgreementSection';
import { GroundRules } from './GroundRules';

const DECISION_LABEL: Record<(typeof DECISION_RULES)[number], string> = {
  consensus: 'Consensus — everyone agrees',
  consent: 'Consent — no one objects',
  majority: 'Majority vote',
  sponsorDecides: 'Executive sponsor decides after discussion',
};
const CADENCE_LABEL: Record<(typeof MEETING_CADENCES)[number], string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export function CommitmentStep() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const c = w.commitment;
  return (
    <>
      <section className="card section" aria-labelledby="details-h">
        <h2 id="details-h">The workshop</h2>
        <div className="grid-3">
          <TextField id="clientCompany" label="Client company" value={w.clientCompany} onChange={(v) => update((d) => void (d.clientCompany = v))} maxLength={200} />
          <TextField id="title" label="Workshop title" value={w.title} onChange={(v) => update((d) => void (d.title = v))} maxLength={200} />
          <TextField id="facilitator" label="Facilitator" value={w.facilitator} onChange={(v) => update((d) => void (d.facilitator = v))} maxLength={120} />
          <DateField id="workshopDate" label="Workshop date" value={c.workshopDate} onChange={(v) => update((d) => void (d.commitment.workshopDate = v))} />
          <TextField id="place" label="Place" value={c.place} onChange={(v) => update((d) => void (d.commitment.place = v))} maxLength={200} placeholder="e.g. Client HQ, room 3" />
        </div>
      </section>
      <ParticipantsSection />
      <section className="card section" aria-labelledby="process-h">
        <h2 id="process-h">How we work together</h2>
        <div className="grid-2">
          <SelectField
            id="decisionRule"
            label="Decision rule"
            value={c.decisionRule}
            options={DECISION_RULES.map((r) => ({ value: r, label: DECISION_LABEL[r] }))}
            onChange={(v) => update((d) => void (d.commitment.decisionRule = v))}
          />
          <SelectField
            id="meetingCadence"
            label="Joint meeting cadence"
            value={c.meetingCadence}
            options={MEETING_CADENCES.map((r) => ({ value: r, label: CADENCE_LABEL[r] }))}
            onChange={(v) => update((d) => void (d.commitment.meetingCadence = v))}
          />
        </div>
        <GroundRules />
      </section>
      <AgreementSection />
    </>
  );
}
