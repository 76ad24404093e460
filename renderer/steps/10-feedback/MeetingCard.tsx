import { Trash2 } from 'lucide-react';
import { MEETING_FREQUENCIES, MEETING_KINDS, type Meeting } from '../../../shared/workshop/steps/feedback';
import type { Participant } from '../../../shared/workshop/schema';
import { MEETING_KIND_LABEL } from '../../../shared/calendar/cadence';
import { describeRecurrence, nextOccurrences } from '../../../shared/calendar/recurrence';
import { addMinutes, formatDay, isIsoDate } from '../../../shared/calendar/dates';
import { isKnownTimeZone } from '../../../shared/calendar/timeZones';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { RequiredInput } from './RequiredInput';
import { AgendaEditor, AttendeePicker } from './MeetingParts';

const FREQUENCY_LABEL: Record<Meeting['frequency'], string> = { weekly: 'Weekly', biweekly: 'Every 2 weeks', monthly: 'Monthly', quarterly: 'Quarterly' };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Props {
  meeting: Meeting;
  index: number;
  participants: readonly Participant[];
  onChange(patch: Partial<Meeting>): void;
  onRemove(): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function MeetingCard({ meeting: m, index, participants, onChange, onRemove }: Props) {
  const title = m.title.trim() || `Meeting ${index + 1}`;
  const end = addMinutes(m.firstDate, m.startTime, m.durationMinutes);
  const next = nextOccurrences(m, 3).map(formatDay).join(', ');
  return (
    <article className="meeting-card" aria-label={title} data-testid="meeting-card">
      <header className="meeting-head">
        <div className="meeting-title">
          <TextField id={`meeting-${m.id}-title`} label="Meeting" value={m.title} maxLength={120} onChange={(v) => onChange({ title: v })} />
        </div>
        <div className="meeting-kind">
          <SelectField id={`meeting-${m.id}-kind`} label="Purpose" value={m.kind}
            options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABEL[k] }))} onChange={(kind) => onChange({ kind })} />
        </div>
        <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove ${title}`} onClick={onRemove}><Trash2 size={16} /></button>
      </header>
      <div className="meeting-schedule">
        <SelectField id={`meeting-${m.id}-frequency`} label="Frequency" value={m.frequency}
          options={MEETING_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABEL[f] }))} onChange={(frequency) => onChange({ frequency })} />
        <RequiredInput id={`meeting-${m.id}-firstDate`} label="First date" type="date" value={m.firstDate} isValid={isIsoDate}
          error="First date: choose the day of the first meeting." onChange={(firstDate) => onChange({ firstDate })} />
        <RequiredInput id={`meeting-${m.id}-startTime`} label="Start time" type="time" value={m.startTime} isValid={(v) => TIME.test(v)}
          error="Start time: enter a time as HH:MM." onChange={(startTime) => onChange({ startTime })} />
        <NumberField id={`meeting-${m.id}-duration`} label="Duration" unit="minutes" value={m.durationMinutes} integer min={5} max={480}
          onChange={(v) => v !== null && onChange({ durationMinutes: v })} />
        <RequiredInput id={`meeting-${m.id}-timeZone`} label="Time zone" type="text" value={m.timeZone} isValid={isKnownTimeZone} list="time-zones"
          error="Time zone: choose an IANA zone from the list, e.g. Europe/Lisbon." onChange={(timeZone) => onChange({ timeZone })} />
      </div>
      <p className="meeting-when" data-testid="meeting-when">
        <strong>{describeRecurrence(m)}, {m.startTime}–{pad(end.hour)}:{pad(end.minute)}</strong> ({m.timeZone}). Next: {next}.
      </p>
      <div className="meeting-people">
        <AttendeePicker id={`meeting-${m.id}-attendees`} meetingTitle={title} participants={participants} selected={m.attendeeIds}
          onChange={(attendeeIds) => onChange({ attendeeIds })} />
        <AgendaEditor idPrefix={`meeting-${m.id}-agenda`} meetingTitle={title} items={m.agenda} onChange={(agenda) => onChange({ agenda })} />
      </div>
    </article>
  );
}
