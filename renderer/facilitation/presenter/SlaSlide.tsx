import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/workshop/schema';
import { formatCurrency, formatDateTime, formatNumber } from '../../i18n/format';
import { slaView } from './adapters';
import { EmptySlide } from './slides';
import { FitBox } from './FitBox';
import { documentLanguageOf, loose } from './words';

/**
 * Step 7: how the MQL number was derived (the calculator's chain, revenue goal back to MQLs),
 * the commitments as the SLA words them, and each signer's status, filling in live as people
 * sign on the laptop.
 */
export function SlaSlide({ w, purpose }: { w: Workshop; purpose: string }) {
  const { t, i18n } = useTranslation(['facilitation', 'app']);
  const say = loose(t);
  const v = slaView(w, documentLanguageOf(i18n.language));
  if (v.rows.length === 0 && v.signers.length === 0 && !v.chain) return <EmptySlide purpose={purpose} />;
  return (
    <FitBox testId="presenter-artefact" className="pv-sla">
      <p className="pv-sla-state" data-state={v.state} data-testid="presenter-sla-state">
        {v.version !== null && <span>{t('presenter.sla.version', { n: v.version })} · </span>}
        <strong>{t(`presenter.sla.state.${v.state}`)}</strong>
      </p>
      <div className="pv-sla-grid">
        {v.chain && (
          <section className="pv-chain" aria-label={t('presenter.sla.chain')} data-testid="presenter-chain">
            <h2 className="pv-label">{t('presenter.sla.chain')}</h2>
            <ol>
              {v.revenueGoal !== null && (
                <li className="pv-chain-goal">
                  <strong>{formatCurrency(v.revenueGoal, v.currency)}</strong>
                  <span>{say(`facilitation:presenter.sla.goalPer.${v.period}`)}</span>
                </li>
              )}
              {v.chain.map((s) => (
                <li key={s.key} data-stage={s.key}>
                  <strong>{formatNumber(s.value)}</strong>
                  <span>{t(`presenter.sla.stage.${s.key}`)}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
        <div className="pv-sla-main">
          {v.rows.length > 0 && (
            <table className="pv-table pv-commitments" data-testid="presenter-commitments">
              <caption className="pv-label">{t('presenter.sla.commitments')}</caption>
              <tbody>
                {v.rows.map((r) => (
                  <tr key={r.id} data-party={r.party}>
                    <th scope="row">
                      <span className={`team-badge team-${r.party}`}>{r.partyText}</span>
                    </th>
                    <td>{r.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {v.signers.length > 0 && (
            <section aria-label={t('presenter.sla.signers')}>
              <h2 className="pv-label">{t('presenter.sla.signers')}</h2>
              <ul className="pv-signers" aria-live="polite">
                {v.signers.map((s) => (
                  <li key={s.id} className="pv-signer" data-state={s.state} data-testid="presenter-signer">
                    <strong>{s.name || t('app:common.unnamedParticipant')}</strong>
                    <span className="pv-quiet">{s.role || say(`facilitation:presenter.sla.capacity.${s.capacity}`)}</span>
                    <span className="pv-signer-state">
                      {s.state === 'signed'
                        ? `✓ ${t('presenter.sla.signer.signed', { when: formatDateTime(s.signedAt!) })}`
                        : t(`presenter.sla.signer.${s.state}`)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </FitBox>
  );
}
