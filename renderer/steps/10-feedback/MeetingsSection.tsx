import { useMemo } from 'react';
import { CalendarDays, Download, Plus } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/workshop/steps/feedback';
import { setReviewCadence, standardMeetings } from '../../../shared/calendar/cadence';
import { IcsError } from '../../../shared/calendar/ics';
import { reviewMeetingsIcs } from '../../../shared/calendar/reviewCalendar';
import { meetingsUntil } from '../../../shared/calendar/term';
import { knownTimeZones, workshopTimeZone } from '../../../shared/calendar/timeZones';
import { formatDay } from '../../i18n/format';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { showUndoToast } from '../../app/undoToast';
import { MeetingCard } from './MeetingCard';
import { localIsoDate } from '../../../shared/calendar/dates';
import { safeFileName, systemTimeZone } from './local';
import { platform } from '../../platform';

export function MeetingsSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const meetings = w.feedback.meetings;
  const zones = useMemo(() => knownTimeZones(), []);
  const { t } = useTranslation(['feedback', 'app']);
  // The cadence starts with the SLA when it is still ahead, otherwise from today.
  const from = w.sla.effectiveDate && w.sla.effectiveDate > localIsoDate() ? w.sla.effectiveDate : localIsoDate();
  // One cadence, one zone, one end: step 1's review cadence and time zone, and the pilot term's last day.
  const zone = workshopTimeZone(w.commitment.timeZone, systemTimeZone());
  const until = meetingsUntil(w);

  const applyStandard = () => {
    const added = standardMeetings(w.commitment.participants, {
      from,
      timeZone: zone,
      cadence: w.commitment.meetingCadence,
      existingKinds: meetings.map((m) => m.kind),
      language: w.language,
    });
    if (added.length === 0) {
      showToast({ message: t('meetings.alreadyAll') });
      return;
    }
    const undoId = update((d) => void d.feedback.meetings.push(...added));
    showUndoToast(t('meetings.added', { names: added.map((m) => m.title.toLowerCase()).join(', ') }), undoId);
  };

  const addCustom = () => {
    const m: Meeting = {
      id: newId(),
      kind: 'custom',
      title: '',
      attendeeIds: [],
      agenda: [],
      frequency: 'monthly',
      firstDate: from,
      startTime: '10:00',
      durationMinutes: 60,
      timeZone: zone,
    };
    update((d) => void d.feedback.meetings.push(m));
    requestAnimationFrame(() => document.getElementById(`meeting-${m.id}-title`)?.focus());
  };

  const remove = (i: number) => {
    const title = meetings[i]!.title.trim() || t('meetings.theMeeting');
    const undoId = update((d) => void d.feedback.meetings.splice(i, 1));
    showUndoToast(t('meetings.removed', { title }), undoId);
  };

  const exportIcs = async () => {
    try {
      const text = reviewMeetingsIcs(w, {
        now: new Date(),
        calendarName: t('meetings.calendarName', { name: w.clientCompany || w.title || t('meetings.fallbackName') }),
      });
      const name = `${safeFileName(w.clientCompany || w.title)}-review-meetings.ics`;
      const r = await platform.saveFile(name, 'ics', new TextEncoder().encode(text));
      if (r.status === 'saved') showToast({ message: t('meetings.icsSaved', { name, count: meetings.length }) });
    } catch (e) {
      showToast({ tone: 'error', message: e instanceof IcsError ? e.message : t('meetings.icsFailed', { error: String(e) }) });
    }
  };

  return (
    <section className="card section" aria-labelledby="meetings-h">
      <div className="section-head">
        <h2 id="meetings-h">{t('meetings.title')}</h2>
        <div className="row" id="meetings" tabIndex={-1}>
          <button className={`btn ${meetings.length === 0 ? 'btn-primary' : ''}`} onClick={applyStandard}>
            <CalendarDays size={18} aria-hidden="true" /> {t('meetings.standard')}
          </button>
          <button className="btn" onClick={addCustom}>
            <Plus size={18} aria-hidden="true" /> {t('meetings.add')}
          </button>
          {meetings.length > 0 && (
            <button className="btn" onClick={() => void exportIcs()}>
              <Download size={18} aria-hidden="true" /> {t('meetings.exportIcs')}
            </button>
          )}
        </div>
      </div>
      <p className="muted" data-testid="meetings-rules">
        {t('meetings.cadenceFromStep1', { cadence: t(`frequency.${w.commitment.meetingCadence}`), zone })}{' '}
        {until ? t('meetings.endsWithTerm', { date: formatDay(until) }) : t('meetings.noEnd')}
      </p>
      {meetings.length === 0 ? (
        <div className="meetings-empty">
          <p>
            <Trans t={t} i18nKey="meetings.emptyWhy" components={{ strong: <strong /> }} />
          </p>
          <p className="muted">{t('meetings.example')}</p>
        </div>
      ) : (
        <div className="meeting-list">
          {meetings.map((m, i) => (
            <MeetingCard
              key={m.id}
              meeting={m}
              index={i}
              participants={w.commitment.participants}
              until={until}
              onChange={(patch) => update((d) => void Object.assign(d.feedback.meetings[i]!, patch))}
              onRemove={() => remove(i)}
              onCadence={(cadence) => update((d) => setReviewCadence(d, cadence))}
            />
          ))}
        </div>
      )}
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </section>
  );
}
