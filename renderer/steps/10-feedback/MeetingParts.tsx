import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/workshop/schema';
import { TeamBadge } from '../../ui/TeamBadge';
import { typingIn } from '../../app/undoScope';

interface AttendeesProps {
  id: string;
  meetingTitle: string;
  participants: readonly Participant[];
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/** Attendees come from the step-1 participants; the team badge keeps colour paired with a label. */
export function AttendeePicker({ id, meetingTitle, participants, selected, onChange }: AttendeesProps) {
  const { t } = useTranslation(['feedback', 'app']);
  return (
    <fieldset className="attendees" id={id} tabIndex={-1} aria-label={t('meeting.attendeesLabel', { meeting: meetingTitle })}>
      <legend className="field-label">{t('meeting.attendees')}</legend>
      {participants.length === 0 ? (
        <p className="muted">{t('meeting.noParticipants')}</p>
      ) : (
        <div className="attendee-options">
          {participants.map((p) => (
            <label key={p.id} className="attendee-option">
              <input
                type="checkbox"
                checked={selected.includes(p.id)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? participants.filter((q) => q.id === p.id || selected.includes(q.id)).map((q) => q.id)
                      : selected.filter((s) => s !== p.id),
                  )
                }
              />
              <span>{p.name || t('app:common.unnamedParticipant')}</span>
              <TeamBadge team={p.team} />
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

interface AgendaProps {
  idPrefix: string;
  meetingTitle: string;
  items: readonly string[];
  onChange(items: string[]): void;
}

export function AgendaEditor({ idPrefix, meetingTitle, items, onChange }: AgendaProps) {
  const { t } = useTranslation('feedback');
  const add = () => {
    onChange([...items, '']);
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-${items.length}`)?.focus());
  };
  return (
    <div className="agenda">
      <span className="field-label">{t('meeting.agenda')}</span>
      <ol className="agenda-list">
        {items.map((item, i) => (
          <li key={i} className="agenda-item">
            <label className="sr-only" htmlFor={`${idPrefix}-${i}`}>
              {t('meeting.agendaItem', { meeting: meetingTitle, n: i + 1 })}
            </label>
            <input
              className="input"
              id={`${idPrefix}-${i}`}
              value={item}
              maxLength={300}
              onChange={(e) => typingIn(`field:${idPrefix}-${i}`, () => onChange(items.map((x, k) => (k === i ? e.target.value : x))))}
            />
            <button
              className="btn btn-ghost btn-sm icon-btn"
              aria-label={t('meeting.removeAgendaItem', { n: i + 1, meeting: meetingTitle })}
              onClick={() => onChange(items.filter((_, k) => k !== i))}
            >
              <X size={16} />
            </button>
          </li>
        ))}
      </ol>
      {items.length < 30 && (
        <button className="btn btn-sm" onClick={add}>
          <Plus size={16} aria-hidden="true" /> {t('meeting.addAgendaItem')}
        </button>
      )}
    </div>
  );
}
