import { Plus, Trash2 } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { TOOL_CATEGORIES, type Tool } from '../../../shared/workshop/steps/technology';
import { TEAMS } from '../../../shared/workshop/teams';
import { newId } from '../../../shared/workshop/factory';
import { automationWithoutTool } from '../../../shared/technology/automation';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { typingIn } from '../../app/undoScope';
import { TeamBadge, useTeamLabel } from '../../ui/TeamBadge';

/** The category to suggest next: the first of the usual stack the room has not listed yet. */
const nextCategory = (tools: readonly Tool[]): Tool['category'] =>
  TOOL_CATEGORIES.find((c) => c !== 'other' && !tools.some((t) => t.category === c)) ?? 'other';

export function ToolsSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const teamLabel = useTeamLabel();
  const { t } = useTranslation(['technology', 'app']);
  const tools = w.technology.tools;

  const add = () => {
    const id = newId();
    const category = nextCategory(tools);
    update(
      (d) =>
        void d.technology.tools.push({
          id,
          name: '',
          category,
          owner: category === 'marketingAutomation' || category === 'enrichment' ? 'marketing' : 'operations',
        }),
    );
    requestAnimationFrame(() => document.getElementById(`tool-${id}-name`)?.focus());
  };

  const remove = (i: number) => {
    const tool = tools[i]!;
    const undoId = update((d) => {
      d.technology.tools.splice(i, 1);
      d.technology.automation = automationWithoutTool(d.technology.automation, tool.id);
    });
    showUndoToast(t('tools.removed', { name: tool.name.trim() || t('tools.theTool') }), undoId);
  };

  const set = (i: number, patch: Partial<Tool>) => update((d) => void Object.assign(d.technology.tools[i]!, patch));

  return (
    <section className="card section" aria-labelledby="tools-h">
      <div className="section-head">
        <h2 id="tools-h">{t('tools.title')}</h2>
        <button className="btn" id="tools" onClick={add}>
          <Plus size={18} aria-hidden="true" /> {t('tools.add')}
        </button>
      </div>
      {tools.length === 0 ? (
        <div className="tech-empty">
          <p>
            <Trans t={t} i18nKey="tools.emptyWhy" components={{ strong: <strong />, b: <strong /> }} />
          </p>
          <p className="muted">{t('tools.example')}</p>
          <div>
            <button className="btn btn-primary" onClick={add}>
              <Plus size={18} aria-hidden="true" /> {t('tools.addCrm')}
            </button>
          </div>
        </div>
      ) : (
        <table className="table tools-table" aria-labelledby="tools-h">
          <thead>
            <tr>
              <th scope="col">{t('tools.colCategory')}</th>
              <th scope="col">{t('tools.colName')}</th>
              <th scope="col">{t('tools.colOwner')}</th>
              <th scope="col">
                <span className="sr-only">{t('tools.colRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tools.map((tool, i) => (
              <tr key={tool.id}>
                <td>
                  <label className="sr-only" htmlFor={`tool-${tool.id}-category`}>
                    {t('tools.category', { n: i + 1 })}
                  </label>
                  <select
                    className="select"
                    id={`tool-${tool.id}-category`}
                    value={tool.category}
                    onChange={(e) => set(i, { category: e.target.value as Tool['category'] })}
                  >
                    {TOOL_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`category.${c}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="sr-only" htmlFor={`tool-${tool.id}-name`}>
                    {t('tools.name', { n: i + 1 })}
                  </label>
                  <input
                    className="input"
                    id={`tool-${tool.id}-name`}
                    value={tool.name}
                    maxLength={120}
                    placeholder={t('tools.namePlaceholder')}
                    aria-invalid={tool.name.trim() === '' ? true : undefined}
                    onChange={(e) => typingIn(`field:technology.tools.${tool.id}.name`, () => set(i, { name: e.target.value }))}
                  />
                </td>
                <td>
                  <div className="row tool-owner">
                    <label className="sr-only" htmlFor={`tool-${tool.id}-owner`}>
                      {t('tools.owner', { n: i + 1 })}
                    </label>
                    <select
                      className="select"
                      id={`tool-${tool.id}-owner`}
                      value={tool.owner}
                      onChange={(e) => set(i, { owner: e.target.value as Tool['owner'] })}
                    >
                      {TEAMS.map((team) => (
                        <option key={team} value={team}>
                          {teamLabel(team)}
                        </option>
                      ))}
                    </select>
                    <TeamBadge team={tool.owner} />
                  </div>
                </td>
                <td>
                  <button
                    className="btn btn-ghost btn-sm icon-btn"
                    aria-label={t('tools.remove', { n: i + 1, name: tool.name.trim() || t('tools.unnamed') })}
                    onClick={() => remove(i)}
                  >
                    <Trash2 size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
