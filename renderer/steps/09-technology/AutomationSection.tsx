import { useState } from 'react';
import { AlertTriangle, CheckCircle2, ClipboardList, Hand } from 'lucide-react';
import { PROCESS_PIECES, type ProcessPiece } from '../../../shared/workshop/steps/technology';
import { coverageOf } from '../../../shared/technology/automation';
import { PROCESS_PIECE_TEXT, TOOL_CATEGORY_LABEL } from '../../../shared/technology/labels';
import { formatDay } from '../../../shared/calendar/dates';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { ActionItemDialog } from './ActionItemDialog';

/** For each agreed piece of the process: which tool automates it, "manual", or a gap. */
export function AutomationSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const [dialogFor, setDialogFor] = useState<ProcessPiece | null>(null);
  const tech = w.technology;
  const ownerName = (id: string | null) => w.commitment.participants.find((p) => p.id === id)?.name || 'no owner yet';

  return (
    <section className="card section" aria-labelledby="automation-h">
      <h2 id="automation-h">What automates the agreed process</h2>
      <p className="muted">
        For each piece the room agreed on, choose the tool that runs it, or “Manual” if people do it by hand. A piece nobody has
        answered for is a gap: turn it into an action item with an owner and a due date.
      </p>
      <table className="table automation-table">
        <thead>
          <tr>
            <th scope="col">Process piece</th>
            <th scope="col">Automated by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {PROCESS_PIECES.map((piece) => {
            const text = PROCESS_PIECE_TEXT[piece];
            const coverage = coverageOf(tech, w.facilitation, piece);
            const value = tech.automation[piece] ?? '';
            const dangling = value !== '' && value !== 'manual' && !tech.tools.some((t) => t.id === value);
            return (
              <tr key={piece} data-testid={`automation-${piece}`}>
                <th scope="row">
                  <div className="piece-cell">
                    <span className="piece-label">{text.label}</span>
                    <span className="piece-detail muted">{text.detail}</span>
                  </div>
                </th>
                <td>
                  <label className="sr-only" htmlFor={`automation-${piece}`}>{text.label}: automated by</label>
                  <select className="select" id={`automation-${piece}`} value={dangling ? '' : value}
                    onChange={(e) => update((d) => void (d.technology.automation[piece] = e.target.value === '' ? null : e.target.value))}>
                    <option value="">Not decided (gap)</option>
                    <option value="manual">Manual</option>
                    {tech.tools.map((t, i) => (
                      <option key={t.id} value={t.id}>{t.name.trim() || `Tool ${i + 1} (${TOOL_CATEGORY_LABEL[t.category]})`}</option>
                    ))}
                  </select>
                </td>
                <td className="coverage">
                  {coverage.kind === 'tool' && (
                    <span className="coverage-ok"><CheckCircle2 size={18} aria-hidden="true" /> Automated by {coverage.tool.name.trim() || 'an unnamed tool'}</span>
                  )}
                  {coverage.kind === 'manual' && <span className="coverage-manual"><Hand size={18} aria-hidden="true" /> Manual, by agreement</span>}
                  {coverage.kind === 'actionItem' && (
                    <span className="coverage-action" data-testid={`action-item-${piece}`}>
                      <ClipboardList size={18} aria-hidden="true" />
                      <span>
                        <strong>Action item:</strong> {coverage.item.text} — {ownerName(coverage.item.ownerId)}, due{' '}
                        {coverage.item.dueDate ? formatDay(coverage.item.dueDate) : 'no date'}
                        {coverage.item.status === 'done' && ' (done)'}
                      </span>
                    </span>
                  )}
                  {coverage.kind === 'gap' && (
                    <span className="coverage-gap">
                      <span className="gap-label"><AlertTriangle size={18} aria-hidden="true" /> Gap</span>
                      <button className="btn btn-sm" onClick={() => setDialogFor(piece)} aria-label={`Make an action item for ${text.label.toLowerCase()}`}>
                        Make an action item
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
