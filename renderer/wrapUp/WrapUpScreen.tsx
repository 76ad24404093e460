import { localIsoDate } from '../../shared/calendar/dates';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BookOpen, CalendarDays, Check, FileSignature, FolderDown } from 'lucide-react';
import { useRoute } from '../app/route';
import { useOpenWorkshop } from '../app/workshopStore';
import { useTrust } from '../app/trustList';
import { useExportProgress } from '../app/exportProgress';
import { exportMeetingsCalendar, exportSendReady, exportSlaPdf, exportWorkshopReport } from '../app/fileCommands';
import { formatDateTime, formatDay } from '../i18n/format';
import { groupedHex, wrapUpView } from './view';
import './wrapUp.css';

/**
 * After step 10: what was agreed (the SLA, its version and signatures, the fingerprint of what
 * was signed and this computer's seal), the decisions, the action items with owners and dates,
 * the parking lot and the next meeting; and the files to send, one button each or all three
 * together. Large and calm: the screen the facilitator leaves on the wall as the room packs up.
 */
export function WrapUpScreen() {
  const w = useOpenWorkshop();
  const { t } = useTranslation(['wrapUp', 'app']);
  const navigate = useRoute((s) => s.navigate);
  const view = useMemo(() => wrapUpView(w, localIsoDate()), [w]);
  const info = useTrust((s) => s.info);
  const busy = useExportProgress((s) => s.busy);
  const job = useExportProgress((s) => s.job);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void useTrust
      .getState()
      .load()
      .catch(() => undefined);
  }, []);
  // Like a step: it opens at its top, with focus on its title.
  useEffect(() => {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  const { sla } = view;
  const client = w.clientCompany || t('app:topBar.untitledClient');
  return (
    <main className="step-main wrapup" aria-labelledby="step-title" data-testid="wrap-up">
      <header className="wrapup-head">
        <div className="step-kicker">{t('kicker', { client })}</div>
        <h1 id="step-title" ref={titleRef} tabIndex={-1}>
          {t('title')}
        </h1>
        {(w.commitment.workshopDate || w.commitment.place) && (
          <p className="step-purpose">
            {[w.commitment.workshopDate && formatDay(w.commitment.workshopDate), w.commitment.place.trim()].filter(Boolean).join(' · ')}
          </p>
        )}
      </header>

      <div className="wrapup-grid">
        <div className="wrapup-col">
          <section className="card wrapup-card wrapup-sla" aria-labelledby="wrapup-sla-h" data-state={sla.state} data-testid="wrap-up-sla">
            <h2 id="wrapup-sla-h">{t('sla.title')}</h2>
            {sla.version === null ? (
              <p className="wrapup-state">{t('sla.draft')}</p>
            ) : (
              <>
                <p className="wrapup-state" data-testid="wrap-up-sla-state">
                  {sla.state === 'fullySigned' && <Check size={28} aria-hidden="true" />}
                  <span>{t('sla.versionState', { n: sla.version, state: t(`sla.state.${sla.state}`) })}</span>
                </p>
                <ul className="wrapup-signers">
                  {sla.signers.map((s) => (
                    <li key={s.id} data-signed={s.signedAt !== null}>
                      {s.signedAt
                        ? t('sla.signedBy', { name: s.name, when: formatDateTime(s.signedAt) })
                        : s.witness
                          ? t('sla.witness', { name: s.name })
                          : t('sla.waiting', { name: s.name })}
                    </li>
                  ))}
                </ul>
                <dl className="wrapup-prints">
                  <div>
                    <dt>{t('sla.fingerprint')}</dt>
                    <dd className="mono" data-testid="wrap-up-content-hash">
                      {groupedHex(sla.contentHash!)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('sla.seal')}</dt>
                    <dd className="mono" data-testid="wrap-up-seal">
                      {info ? groupedHex((info.organisation ?? info.install).fingerprint) : t('sla.sealLoading')}
                    </dd>
                  </div>
                </dl>
              </>
            )}
            {sla.state !== 'fullySigned' && (
              <button className="link-btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'sla' })}>
                {t('sla.toStep7')}
              </button>
            )}
          </section>

          <section className="card wrapup-card" aria-labelledby="wrapup-meeting-h" data-testid="wrap-up-meeting">
            <h2 id="wrapup-meeting-h">{t('meeting.title')}</h2>
            {view.nextMeeting ? (
              <>
                <p className="wrapup-big">{view.nextMeeting.title}</p>
                <p>
                  {t('meeting.when', {
                    date: formatDay(view.nextMeeting.date, 'weekday'),
                    time: view.nextMeeting.startTime,
                    zone: view.nextMeeting.timeZone,
                  })}{' '}
                  · {t('meeting.duration', { minutes: view.nextMeeting.durationMinutes })}
                </p>
                {view.nextMeeting.attendees.length > 0 && (
                  <p className="muted">{t('meeting.attendees', { names: view.nextMeeting.attendees.join(', ') })}</p>
                )}
              </>
            ) : (
              <p className="muted">{t('meeting.none')}</p>
            )}
          </section>
        </div>

        <div className="wrapup-col">
          <section className="card wrapup-card" aria-labelledby="wrapup-decisions-h">
            <h2 id="wrapup-decisions-h">
              {t('decisions.title')} <span className="wrapup-count">{view.decisions.length}</span>
            </h2>
            {view.decisions.length === 0 ? (
              <p className="muted">{t('decisions.empty')}</p>
            ) : (
              <ol className="wrapup-list" data-testid="wrap-up-decisions">
                {view.decisions.map((d) => (
                  <li key={d.id}>
                    {d.text}
                    {d.step !== null && <span className="wrapup-step"> · {t('step', { n: d.step })}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="card wrapup-card" aria-labelledby="wrapup-actions-h">
            <h2 id="wrapup-actions-h">
              {t('actions.title')} <span className="wrapup-count">{view.actionItems.length}</span>
            </h2>
            {view.actionItems.length === 0 ? (
              <p className="muted">{t('actions.empty')}</p>
            ) : (
              <table className="table wrapup-table" data-testid="wrap-up-actions">
                <thead>
                  <tr>
                    <th scope="col">{t('actions.what')}</th>
                    <th scope="col">{t('actions.owner')}</th>
                    <th scope="col">{t('actions.due')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.actionItems.map((a) => (
                    <tr key={a.id} data-done={a.done}>
                      <td>
                        {a.done && <span className="wrapup-done">{t('actions.done')} · </span>}
                        {a.text}
                      </td>
                      <td className={a.owner ? undefined : 'wrapup-missing'}>{a.owner ?? t('actions.noOwner')}</td>
                      <td className={a.due ? 'wrapup-date' : 'wrapup-missing'}>{a.due ? formatDay(a.due) : t('actions.noDate')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="card wrapup-card" aria-labelledby="wrapup-parking-h">
            <h2 id="wrapup-parking-h">
              {t('parking.title')} <span className="wrapup-count">{view.parkingLot.filter((p) => !p.resolved).length}</span>
            </h2>
            {view.parkingLot.length === 0 ? (
              <p className="muted">{t('parking.empty')}</p>
            ) : (
              <ul className="wrapup-list" data-testid="wrap-up-parking">
                {view.parkingLot.map((p) => (
                  <li key={p.id} data-resolved={p.resolved}>
                    {p.text}
                    {p.resolved && <span className="wrapup-step"> · {t('parking.resolved')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <section className="card wrapup-files" aria-labelledby="wrapup-files-h">
        <div>
          <h2 id="wrapup-files-h">{t('files.title')}</h2>
          <p className="muted">{t('files.hint')}</p>
        </div>
        <div className="wrapup-buttons">
          <button className="btn" disabled={busy !== null} onClick={() => void exportSlaPdf(w)}>
            <FileSignature size={18} aria-hidden="true" /> {t('files.sla')}
          </button>
          <button className="btn" disabled={busy !== null} onClick={() => void exportWorkshopReport(w)}>
            <BookOpen size={18} aria-hidden="true" /> {t('files.report')}
          </button>
          <button
            className="btn"
            disabled={busy !== null || w.feedback.meetings.length === 0}
            onClick={() => void exportMeetingsCalendar(w)}
          >
            <CalendarDays size={18} aria-hidden="true" /> {t('files.calendar')}
          </button>
          <button
            className="btn btn-primary"
            disabled={busy !== null}
            onClick={() => void exportSendReady(w)}
            aria-live={job === 'sendReady' ? 'polite' : undefined}
            data-testid="send-ready"
          >
            <FolderDown size={18} aria-hidden="true" /> {job === 'sendReady' && busy ? busy : t('files.sendReady')}
          </button>
        </div>
      </section>

      <nav className="step-nav" aria-label={t('app:frame.nav')}>
        <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'feedback' })}>
          ← {t('app:steps.feedback.title')}
        </button>
      </nav>
    </main>
  );
}
