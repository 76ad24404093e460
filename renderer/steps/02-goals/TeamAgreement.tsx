import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { goalsAgreement, goalsAgreementStatus } from '../../../shared/workshop/agreements';
import { formatDateTime } from '../../i18n/format';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TeamBadge } from '../../ui/TeamBadge';
import './agreement.css';

/**
 * Each team agrees to the goals explicitly, by a named person, at a recorded time, to the goals
 * as they stand: change a goal afterwards and the agreement shows "changed since you agreed".
 */
export function TeamAgreement() {
  const { t } = useTranslation('goals');
  return (
    <section className="card section" aria-labelledby="goal-agreement-h">
      <h2 id="goal-agreement-h">{t('agreement.title')}</h2>
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
  const status = goalsAgreementStatus(w.goals, team);
  const { t } = useTranslation(['goals', 'app']);
  const label = t(`app:team.${team}`);
  const inSentence = t(`app:teamInSentence.${team}`);
  // Agreeing binds to the goals as they stand at this moment (their fingerprint is stored with it).
  const agree = (by: string) => update((d) => void (d.goals.agreement[team] = goalsAgreement(d.goals, by, new Date().toISOString())));
  const picker =
    members.length === 0 ? null : (
      <>
        <label className="sr-only" htmlFor={`agree-${team}-who`}>
          {t('agreement.who', { team: inSentence })}
        </label>
        <select id={`agree-${team}-who`} className="select" style={{ width: 'auto' }} value={who} onChange={(e) => setWho(e.target.value)}>
          {members.map((p) => (
            <option key={p.id} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </>
    );
  return (
    <div className="agreement-box" id={`agreement-${team}`} tabIndex={-1} data-testid={`goals-agreement-${team}`}>
      <TeamBadge team={team} />
      {agreement && status === 'agreed' ? (
        <>
          <p>
            <Trans
              t={t}
              i18nKey="agreement.agreed"
              values={{ by: agreement.by, team: inSentence, at: formatDateTime(agreement.at) }}
              components={{ strong: <strong /> }}
            />
          </p>
          <button className="btn btn-sm" onClick={() => update((d) => void (d.goals.agreement[team] = null))}>
            {t('agreement.withdraw')}
          </button>
        </>
      ) : agreement && status === 'changedSince' ? (
        <>
          <p className="agreement-stale" role="status">
            <AlertTriangle size={16} aria-hidden="true" />{' '}
            {t('agreement.changedSince', { by: agreement.by, team: inSentence, at: formatDateTime(agreement.at) })}
          </p>
          <div className="row">
            {picker}
            <button className="btn btn-primary" onClick={() => agree(who || members[0]?.name || agreement.by)}>
              {t('agreement.agreeAgain', { team: label })}
            </button>
            <button className="btn btn-sm" onClick={() => update((d) => void (d.goals.agreement[team] = null))}>
              {t('agreement.withdraw')}
            </button>
          </div>
        </>
      ) : members.length === 0 ? (
        <p className="muted">{t('agreement.noMember', { team: inSentence })}</p>
      ) : (
        <div className="row">
          {picker}
          <button className="btn btn-primary" onClick={() => agree(who || members[0]!.name)}>
            {t('agreement.agrees', { team: label })}
          </button>
        </div>
      )}
    </div>
  );
}
