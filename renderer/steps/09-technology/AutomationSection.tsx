import { useState } from 'react';
import { AlertTriangle, CheckCircle2, ClipboardList, Hand } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { PROCESS_PIECES, type ProcessPiece } from '../../../shared/workshop/steps/technology';
import { coverageOf } from '../../../shared/technology/automation';
import { formatDay } from '../../i18n/format';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { ActionItemDialog } from './ActionItemDialog';

/** For each agreed piece of the process: which tool automates it, "manual", or a gap. */
export function AutomationSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const [dialogFor, setDialogFor] = useState<ProcessPiece | null>(null);
  const tech = w.technology;
  const { t } = useTranslation('technology');
  const ownerName = (id: string | null) => w.commitment.participants.find((p) => p.id === id)?.name || t('automation.noOwner');

  return (
    <section className="card section" aria-labelledby="automation-h">
      <h2 id="automation-h">{t('automation.title')}</h2>
      <p className="muted">{t('automation.intro')}</p>
      <table className="table automation-table">
        <thead>
          <tr>
            <th scope="col">{t('automation.colPiece')}</th>
            <th scope="col">{t('automation.colBy')}</th>
            <th scope="col">{t('automation.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {PROCESS_PIECES.map((piece) => {
            const label = t(`piece.${piece}.label`);
            const coverage = coverageOf(tech, w.facilitation, piece);
            const value = tech.automation[piece] ?? '';
            const dangling = value !== '' && value !== 'manual' && !tech.tools.some((tool) => tool.id === value);
            return (
              <tr key={piece} data-testid={`automation-${piece}`}>
                <th scope="row">
                  <div className="piece-cell">
                    <span className="piece-label">{label}</span>
                    <span className="piece-detail muted">{t(`piece.${piece}.detail`)}</span>
                  </div>
                </th>
                <td>
                  <label className="sr-only" htmlFor={`automation-${piece}`}>
                    {t('automation.by', { piece: label })}
                  </label>
                  <select
                    className="select"
                    id={`automation-${piece}`}
                    value={dangling ? '' : value}
                    onChange={(e) => update((d) => void (d.technology.automation[piece] = e.target.value === '' ? null : e.target.value))}
                  >
                    <option value="">{t('automation.notDecided')}</option>
                    <option value="manual">{t('automation.manual')}</option>
                    {tech.tools.map((tool, i) => (
                      <option key={tool.id} value={tool.id}>
                        {tool.name.trim() || t('automation.toolN', { n: i + 1, category: t(`category.${tool.category}`) })}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="coverage">
                  {coverage.kind === 'tool' && (
                    <span className="coverage-ok">
                      <CheckCircle2 size={18} aria-hidden="true" />{' '}
                      {t('automation.automatedBy', { tool: coverage.tool.name.trim() || t('automation.unnamedTool') })}
                    </span>
                  )}
                  {coverage.kind === 'manual' && (
                    <span className="coverage-manual">
                      <Hand size={18} aria-hidden="true" /> {t('automation.manualAgreed')}
                    </span>
                  )}
                  {coverage.kind === 'actionItem' && (
                    <span className="coverage-action" data-testid={`action-item-${piece}`}>
                      <ClipboardList size={18} aria-hidden="true" />
                      <span>
                        <Trans
                          t={t}
                          i18nKey="automation.actionItem"
                          components={{ strong: <strong /> }}
                          values={{
                            text: coverage.item.text,
                            owner: ownerName(coverage.item.ownerId),
                            due: coverage.item.dueDate ? formatDay(coverage.item.dueDate, 'weekday') : t('automation.noDate'),
                          }}
                        />
                        {coverage.item.status === 'done' && t('automation.done')}
                      </span>
                    </span>
                  )}
                  {coverage.kind === 'gap' && (
                    <span className="coverage-gap">
                      <span className="gap-label">
                        <AlertTriangle size={18} aria-hidden="true" /> {t('automation.gap')}
                      </span>
                      <button
                        className="btn btn-sm"
                        onClick={() => setDialogFor(piece)}
                        aria-label={t('automation.makeItemFor', { piece: t(`pieceInSentence.${piece}`) })}
                      >
                        {t('automation.makeItem')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {dialogFor && <ActionItemDialog piece={dialogFor} onClose={() => setDialogFor(null)} />}
    </section>
  );
}
