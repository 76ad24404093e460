import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/workshop/schema';
import { formatCurrency, formatDay, formatNumber, formatPercentPoints } from '../../i18n/format';
import { commitmentView, goalsView, handOffView, personasView, scoreboardView, toolsView, type GoalView } from './adapters';
import { FitBox } from './FitBox';
import { loose } from './words';

/**
 * The artefacts of steps 1, 2, 3, 6, 8 and 9 as the back row reads them: the room's own words
 * in large type, one idea per block, nothing that needs a second look at the laptop.
 */

export function EmptySlide({ purpose }: { purpose: string }) {
  const { t } = useTranslation('facilitation');
  return (
    <div className="pv-empty" data-testid="presenter-empty">
      <p className="pv-empty-purpose">{purpose}</p>
      <p className="pv-empty-note">{t('presenter.empty')}</p>
    </div>
  );
}

export function CommitmentSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const v = commitmentView(w);
  if (!v.statement && v.people.length === 0) return <EmptySlide purpose={purpose} />;
  const agreed = v.people.filter((p) => p.agreed).length;
  return (
    <FitBox testId="presenter-artefact" className="pv-commitment">
      {v.statement && <blockquote className="pv-quote">{v.statement}</blockquote>}
      {v.people.length > 0 && (
        <section className="pv-block" aria-label={t('presenter.commitment.people')}>
          <h2 className="pv-label">{t('presenter.commitment.agreedCount', { agreed, total: v.people.length })}</h2>
          <ul className="pv-people">
            {v.people.map((p) => (
              <li key={p.id} className="pv-person" data-agreed={p.agreed}>
                <span className={`pv-team-dot team-${p.team}`} aria-hidden="true" />
                <span className="pv-person-name">{p.name}</span>
                <span className="pv-person-role">{p.role || t(`app:team.${p.team as 'sales'}`)}</span>
                <span className="pv-person-state">
                  {p.agreed ? `✓ ${t('presenter.commitment.agreed')}` : t('presenter.commitment.notYet')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </FitBox>
  );
}

function goalValue(g: GoalView, v: number | null, currency: string): string {
  if (v === null) return '—';
  if (g.unit === 'currency') return formatCurrency(v, currency);
  if (g.unit === 'percent') return formatPercentPoints(v, 1);
  return formatNumber(v);
}

export function GoalsSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const v = goalsView(w);
  if (v.goals.length === 0) return <EmptySlide purpose={purpose} />;
  const team = (k: 'marketing' | 'sales') => t(`app:team.${k}`);
  return (
    <FitBox testId="presenter-artefact" className="pv-goals">
      <ul className="pv-cards" data-count={v.goals.length}>
        {v.goals.map((g) => (
          <li key={g.id} className="pv-card">
            <span className="pv-card-kicker">{t(`app:team.${g.owner as 'shared'}`)}</span>
            <strong className="pv-card-title">{g.title}</strong>
            <span className="pv-goal-figures">
              {g.baseline !== null && <span className="pv-goal-from">{goalValue(g, g.baseline, v.currency)} →</span>}
              <span className="pv-goal-target">{goalValue(g, g.target, v.currency)}</span>
            </span>
            {g.deadline && <span className="pv-card-meta">{t('presenter.goals.by', { date: formatDay(g.deadline) })}</span>}
          </li>
        ))}
      </ul>
      <p className="pv-agreed-line">
        {(['marketing', 'sales'] as const).map((k) => (
          <span key={k} data-agreed={!!v.agreedBy[k]}>
            {v.agreedBy[k]
              ? `✓ ${t('presenter.goals.agreedBy', { team: team(k), name: v.agreedBy[k] })}`
              : t('presenter.goals.notAgreed', { team: team(k) })}
          </span>
        ))}
      </p>
    </FitBox>
  );
}

export function PersonasSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'targetBuyer']);
  const say = loose(t);
  const personas = personasView(w);
  if (personas.length === 0) return <EmptySlide purpose={purpose} />;
  // With many personas each card keeps fewer facts, so the type stays large.
  const facts = personas.length > 4 ? 1 : 2;
  return (
    <FitBox testId="presenter-artefact" className="pv-personas">
      <ul className="pv-cards" data-count={personas.length}>
        {personas.map((p) => (
          <li key={p.id} className="pv-card pv-persona" data-testid="presenter-persona">
            <strong className="pv-card-title">{p.name || p.title}</strong>
            {p.name && p.title && <span className="pv-card-sub">{p.title}</span>}
            <span className="pv-tags">
              {p.buyingRole && <span className="pv-tag">{say(`targetBuyer:role.${p.buyingRole}`)}</span>}
              {p.seniority && <span className="pv-tag pv-tag-quiet">{say(`targetBuyer:seniority.${p.seniority}`)}</span>}
            </span>
            {(['goals', 'pains', 'triggers'] as const).map((k) =>
              p[k].length > 0 ? (
                <span key={k} className="pv-facts">
                  <span className="pv-facts-label">{t(`presenter.personas.${k}`)}</span>
                  <span>{p[k].slice(0, facts).join(' · ')}</span>
                </span>
              ) : null,
            )}
          </li>
        ))}
      </ul>
    </FitBox>
  );
}

export function HandOffSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'handOff']);
  const say = loose(t);
  const v = handOffView(w);
  if (v.windowHours === null && v.followUp.length === 0 && v.conditions.length === 0 && v.rejectionReasons.length === 0)
    return <EmptySlide purpose={purpose} />;
  return (
    <FitBox testId="presenter-artefact" className="pv-handoff">
      <ol className="pv-flow" aria-label={t('presenter.handOff.flow')}>
        <li className="pv-flow-tile">
          <span className="pv-label">{t('presenter.handOff.trigger')}</span>
          <strong className="pv-big">{t('presenter.handOff.points', { points: formatNumber(v.threshold) })}</strong>
          {v.conditions.length > 0 && <span className="pv-card-meta">+ {v.conditions.join(' · ')}</span>}
        </li>
        <li className="pv-flow-tile">
          <span className="pv-label">{t('presenter.handOff.routing')}</span>
          <strong className="pv-big">{say(`handOff:routing.method.${v.routing}.label`)}</strong>
          {v.routingDetail && <span className="pv-card-meta">{v.routingDetail}</span>}
        </li>
        <li className="pv-flow-tile">
          <span className="pv-label">{t('presenter.handOff.window')}</span>
          <strong className="pv-big">
            {v.windowHours === null
              ? t('presenter.handOff.notAgreed')
              : t('presenter.handOff.hours', { hours: formatNumber(v.windowHours) })}
          </strong>
        </li>
      </ol>
      {v.followUp.length > 0 && (
        <section className="pv-block">
          <h2 className="pv-label">{t('presenter.handOff.cadence')}</h2>
          <ol className="pv-chips">
            {v.followUp.map((a, i) => (
              <li key={i} className="pv-chip">
                <strong>{t('presenter.handOff.day', { n: a.day })}</strong> {say(`handOff:cadence.channel.${a.channel}`)}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="pv-columns">
        {v.travels.length > 0 && (
          <section className="pv-block">
            <h2 className="pv-label">{t('presenter.handOff.travels')}</h2>
            <ul className="pv-list">
              {v.travels.map((x) => (
                <li key={x}>{say(`handOff:routing.item.${x}.label`)}</li>
              ))}
            </ul>
          </section>
        )}
        {v.rejectionReasons.length > 0 && (
          <section className="pv-block">
            <h2 className="pv-label">{t('presenter.handOff.rejection')}</h2>
            <ul className="pv-list">
              {v.rejectionReasons.slice(0, 5).map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          </section>
        )}
        {v.recycleReasons.length > 0 && (
          <section className="pv-block">
            <h2 className="pv-label">{t('presenter.handOff.recycle')}</h2>
            <ul className="pv-list">
              {v.recycleReasons.slice(0, 5).map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </FitBox>
  );
}

/** Past this many metrics the scoreboard is two tables side by side, so the type stays large. */
const ONE_TABLE = 10;

export function ScoreboardSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const say = loose(t);
  const metrics = scoreboardView(w);
  if (metrics.length === 0) return <EmptySlide purpose={purpose} />;
  const split = metrics.length > ONE_TABLE;
  const halves = split ? [metrics.slice(0, Math.ceil(metrics.length / 2)), metrics.slice(Math.ceil(metrics.length / 2))] : [metrics];
  return (
    <FitBox testId="presenter-artefact" className="pv-scoreboard">
      <div className={split ? 'pv-columns pv-columns-2' : undefined}>
        {halves.map((list, i) => (
          <table key={i} className="pv-table" data-testid="presenter-scoreboard">
            <thead>
              <tr>
                <th scope="col">{t('presenter.scoreboard.metric')}</th>
                <th scope="col">{t('presenter.scoreboard.owner')}</th>
                <th scope="col" className="num">
                  {t('presenter.scoreboard.target')}
                </th>
                {!split && <th scope="col">{t('presenter.scoreboard.frequency')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.owner ? <span className={`team-badge team-${m.owner}`}>{say(`app:team.${m.owner}`)}</span> : '—'}</td>
                  <td className="num">
                    {m.target === null ? '—' : `${formatNumber(m.target)}${m.unit ? ` ${m.unit}` : ''}`}
                    {m.target !== null && m.period && <span className="pv-quiet"> {say(`facilitation:presenter.per.${m.period}`)}</span>}
                  </td>
                  {!split && <td>{say(`facilitation:presenter.frequency.${m.frequency}`)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </FitBox>
  );
}

export function ToolsSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t } = useTranslation(['facilitation', 'technology']);
  const say = loose(t);
  const v = toolsView(w);
  if (v.tools.length === 0 && v.automation.every((a) => a.by === null)) return <EmptySlide purpose={purpose} />;
  return (
    <FitBox testId="presenter-artefact" className="pv-tools">
      <div className="pv-columns pv-columns-2">
        <section className="pv-block">
          <h2 className="pv-label">{t('presenter.tools.tools')}</h2>
          <ul className="pv-list pv-list-strong">
            {v.tools.map((tool) => (
              <li key={tool.id}>
                {tool.name} <span className="pv-quiet">· {say(`technology:category.${tool.category}`)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="pv-block">
          <h2 className="pv-label">{t('presenter.tools.automation')}</h2>
          <ul className="pv-pieces">
            {v.automation.map((a) => (
              <li key={a.piece} data-gap={a.by === null}>
                <span>{say(`technology:piece.${a.piece}.label`)}</span>
                <strong>{a.by === null ? t('presenter.tools.gap') : a.by === 'manual' ? t('presenter.tools.manual') : a.by}</strong>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </FitBox>
  );
}
