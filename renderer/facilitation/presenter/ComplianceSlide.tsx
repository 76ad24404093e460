import { localIsoDate } from '../../../shared/calendar/dates';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/workshop/schema';
import { formatDay, formatNumber } from '../../i18n/format';
import { complianceView, nextMeeting, type ComplianceState } from './adapters';
import { EmptySlide } from './slides';
import { FitBox } from './FitBox';
import { documentLanguageOf, loose } from './words';

/** One shape per status, so colour is never the only cue (as step 10's chart). */
const MARK: Record<ComplianceState, string> = { met: '●', atRisk: '◆', missed: '■' };
/** Bars are drawn up to 150 % of target; beyond that the number says it. */
const BAR_CAP = 150;

/**
 * Step 10: the compliance chart, one row per commitment and one bar per period (% of target,
 * the 100 % line across), each period with its status in words and shape; the next review
 * meeting below. Without a logged period, the meetings the room has set up.
 */
export function ComplianceSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t, i18n } = useTranslation('facilitation');
  const say = loose(t);
  const v = complianceView(w, documentLanguageOf(i18n.language));
  const next = nextMeeting(w, localIsoDate());
  const logged = v.rows.some((r) => r.points.length > 0);
  if (!logged && v.meetings.length === 0) return <EmptySlide purpose={purpose} />;
  // The periods as columns, newest last: the log's own periods, as many as any row shows.
  const periods = v.rows.reduce<(typeof v.rows)[number]['points']>(
    (longest, r) => (r.points.length > longest.length ? r.points : longest),
    [],
  );
  return (
    <FitBox testId="presenter-artefact" className="pv-compliance">
      {logged ? (
        <table className="pv-chart" data-testid="presenter-compliance">
          <caption className="pv-label">{t('presenter.compliance.title')}</caption>
          <thead>
            <tr>
              <td />
              {periods.map((p) => (
                <th key={p.periodId} scope="col">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {v.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <span className={`team-badge team-${r.party}`}>{say(`app:team.${r.party}`)}</span> {r.what}
                </th>
                {periods.map((col) => {
                  const p = r.points.find((x) => x.periodId === col.periodId);
                  const status = p?.status ?? null;
                  return (
                    <td key={col.periodId} data-status={status ?? 'none'}>
                      <span className="pv-bar" aria-hidden="true">
                        <span
                          className="pv-bar-fill"
                          style={{ width: `${(Math.min(BAR_CAP, Math.max(0, p?.score ?? 0)) / BAR_CAP) * 100}%` }}
                        />
                        <span className="pv-bar-target" />
                      </span>
                      <span className="pv-bar-value">
                        {p?.score == null ? '—' : t('presenter.compliance.percent', { n: formatNumber(p.score, 0) })}
                      </span>{' '}
                      <span className="pv-bar-status">
                        {status ? `${MARK[status]} ${t(`presenter.compliance.status.${status}`)}` : t('presenter.compliance.noData')}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="pv-rule">{t('presenter.compliance.noPeriods')}</p>
      )}
      {/* With periods logged the chart is the point: the meetings shrink to the next one. */}
      {!logged && v.meetings.length > 0 && (
        <section className="pv-block">
          <h2 className="pv-label">{t('presenter.compliance.meetings')}</h2>
          <ul className="pv-list pv-list-strong">
            {v.meetings.map((m) => (
              <li key={m.id}>
                {m.title}{' '}
                <span className="pv-quiet">
                  · {say(`facilitation:presenter.frequency.${m.frequency}`)} · {m.startTime}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {next && (
        <p className="pv-next" data-testid="presenter-next-meeting">
          {t('presenter.compliance.next', { title: next.title, date: formatDay(next.date, 'weekday'), time: next.startTime })}
        </p>
      )}
    </FitBox>
  );
}
