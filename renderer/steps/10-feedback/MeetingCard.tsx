import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { MEETING_FREQUENCIES, MEETING_KINDS, type Meeting } from '../../../shared/workshop/steps/feedback';
import type { MeetingCadence, Participant } from '../../../shared/workshop/schema';
import { describeRecurrence, nextOccurrences } from '../../../shared/calendar/recurrence';
import { addMinutes, isIsoDate } from '../../../shared/calendar/dates';
import { formatDay } from '../../i18n/format';
import { useCheckMessage } from '../../i18n/checks';
import { isKnownTimeZone } from '../../../shared/calendar/timeZones';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { RequiredInput } from './RequiredInput';
import { AgendaEditor, AttendeePicker } from './MeetingParts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Props {
  meeting: Meeting;
  index: number;
  participants: readonly Participant[];
  onChange(patch: Partial<Meeting>): void;
  onRemove(): void;
  /** The last day meetings recur on (the pilot term's), or null. */
  until?: string | null;
  /** The triage meets at the one review cadence: changing its frequency changes that cadence. */
  onCadence?(cadence: MeetingCadence): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function MeetingCard({ meeting: m, index, participants, onChange, onRemove, until = null, onCadence }: Props) {
  const { t } = useTranslation('feedback');
  const say = useCheckMessage();
  const title = m.title.trim() || t('meeting.fallbackTitle', { n: index + 1 });
  const end = addMinutes(m.firstDate, m.startTime, m.durationMinutes);
  const next = nextOccurrences(m, 3, until)
    .map((d) => formatDay(d, 'weekday'))
    .join(', ');
  const followsCadence = m.kind === 'weeklyTriage' && onCadence !== undefined;
  return (
    <article className="meeting-card" aria-label={title} data-testid="meeting-card">
      <header className="meeting-head">
        <div className="meeting-title">
          <TextField
            id={`meeting-${m.id}-title`}
            label={t('meeting.title')}
            value={m.title}
            maxLength={120}
            onChange={(v) => onChange({ title: v })}
          />
        </div>
        <div className="meeting-kind">
          <SelectField
            id={`meeting-${m.id}-kind`}
            label={t('meeting.purpose')}
            value={m.kind}
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
            onChange={(kind) => onChange({ kind })}
          />
        </div>
        <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('meeting.remove', { title })} onClick={onRemove}>
          <Trash2 size={16} />
        </button>
      </header>
      <div className="meeting-schedule">
        <SelectField
          id={`meeting-${m.id}-frequency`}
          label={t('meeting.frequency')}
          value={m.frequency}
          hint={followsCadence ? t('meetings.triageFollows') : undefined}
          options={MEETING_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
          onChange={(frequency) => (followsCadence ? onCadence!(frequency) : onChange({ frequency }))}
        />
        <RequiredInput
          id={`meeting-${m.id}-firstDate`}
          label={t('meeting.firstDate')}
          type="date"
          value={m.firstDate}
          isValid={isIsoDate}
          error={t('meeting.firstDateError')}
          onChange={(firstDate) => onChange({ firstDate })}
        />
        <RequiredInput
          id={`meeting-${m.id}-startTime`}
          label={t('meeting.startTime')}
          type="time"
          value={m.startTime}
          isValid={(v) => TIME.test(v)}
          error={t('meeting.startTimeError')}
          onChange={(startTime) => onChange({ startTime })}
        />
        <NumberField
          id={`meeting-${m.id}-duration`}
          label={t('meeting.duration')}
          unit={t('meeting.minutes')}
          value={m.durationMinutes}
          integer
          min={5}
          max={480}
          onChange={(v) => v !== null && onChange({ durationMinutes: v })}
        />
        <RequiredInput
          id={`meeting-${m.id}-timeZone`}
          label={t('meeting.timeZone')}
          type="text"
          value={m.timeZone}
          isValid={isKnownTimeZone}
          list="time-zones"
          error={t('meeting.timeZoneError')}
          onChange={(timeZone) => onChange({ timeZone })}
        />
      </div>
      <p className="meeting-when" data-testid="meeting-when">
        <strong>
          {say(describeRecurrence(m))}, {m.startTime}–{pad(end.hour)}:{pad(end.minute)}
        </strong>{' '}
        ({m.timeZone}). {next ? t('meeting.next', { dates: next }) : t('meetings.noneBeforeEnd')}
      </p>
      <div className="meeting-people">
        <AttendeePicker
          id={`meeting-${m.id}-attendees`}
          meetingTitle={title}
          participants={participants}
          selected={m.attendeeIds}
          onChange={(attendeeIds) => onChange({ attendeeIds })}
        />
        <AgendaEditor
          idPrefix={`meeting-${m.id}-agenda`}
          meetingTitle={title}
          items={m.agenda}
          onChange={(agenda) => onChange({ agenda })}
        />
      </div>
    </article>
  );
}
