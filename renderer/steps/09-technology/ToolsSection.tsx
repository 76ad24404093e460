import { Plus } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { TOOL_CATEGORIES, type Tool } from '../../../shared/workshop/steps/technology';
import { TEAMS } from '../../../shared/workshop/teams';
import { newId } from '../../../shared/workshop/factory';
import { automationWithoutTool } from '../../../shared/technology/automation';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { typingIn } from '../../app/undoScope';
import { useTeamLabel } from '../../ui/TeamBadge';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';

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

  // The owner column is the select alone: its choice is the team's full name (a badge beside it said it again).
  const columns: EditableColumn<Tool>[] = [
    {
      key: 'category',
      header: t('tools.colCategory'),
      className: 'editable-table-fit',
      id: (tool) => `tool-${tool.id}-category`,
      label: (_, n) => t('tools.category', { n }),
      render: (tool, i, cell) => (
        <select
          className="select"
          id={cell.id}
          value={tool.category}
          onChange={(e) => set(i, { category: e.target.value as Tool['category'] })}
        >
          {TOOL_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'name',
      className: 'editable-table-text',
      header: t('tools.colName'),
      id: (tool) => `tool-${tool.id}-name`,
      label: (_, n) => t('tools.name', { n }),
      invalid: (tool) => tool.name.trim() === '',
      render: (tool, i, cell) => (
        <input
          className="input"
          id={cell.id}
          value={tool.name}
          maxLength={120}
          placeholder={t('tools.namePlaceholder')}
          aria-invalid={cell.invalid || undefined}
          onChange={(e) => typingIn(`field:technology.tools.${tool.id}.name`, () => set(i, { name: e.target.value }))}
        />
      ),
    },
    {
      key: 'owner',
      header: t('tools.colOwner'),
      className: 'editable-table-fit',
      id: (tool) => `tool-${tool.id}-owner`,
      label: (_, n) => t('tools.owner', { n }),
      render: (tool, i, cell) => (
        <select className="select" id={cell.id} value={tool.owner} onChange={(e) => set(i, { owner: e.target.value as Tool['owner'] })}>
          {TEAMS.map((team) => (
            <option key={team} value={team}>
              {teamLabel(team)}
            </option>
          ))}
        </select>
      ),
    },
  ];

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
        <EditableTable
          rows={tools}
          columns={columns}
          labelledBy="tools-h"
          className="tools-table"
          removeHeader={t('tools.colRemove')}
          removeLabel={(tool, n) => t('tools.remove', { n, name: tool.name.trim() || t('tools.unnamed') })}
          onRemove={(_, i) => remove(i)}
          onAdd={add}
        />
      )}
    </section>
  );
}
