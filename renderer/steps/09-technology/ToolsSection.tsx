import { Plus, Trash2 } from 'lucide-react';
import { TOOL_CATEGORIES, type Tool } from '../../../shared/workshop/steps/technology';
import { TEAMS } from '../../../shared/workshop/teams';
import { newId } from '../../../shared/workshop/factory';
import { TOOL_CATEGORY_LABEL } from '../../../shared/technology/labels';
import { automationWithoutTool } from '../../../shared/technology/automation';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { TEAM_LABEL, TeamBadge } from '../../ui/TeamBadge';

/** The category to suggest next: the first of the usual stack the room has not listed yet. */
const nextCategory = (tools: readonly Tool[]): Tool['category'] => TOOL_CATEGORIES.find((c) => c !== 'other' && !tools.some((t) => t.category === c)) ?? 'other';

export function ToolsSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const tools = w.technology.tools;

  const add = () => {
    const id = newId();
    const category = nextCategory(tools);
    update((d) => void d.technology.tools.push({ id, name: '', category, owner: category === 'marketingAutomation' || category === 'enrichment' ? 'marketing' : 'operations' }));
    requestAnimationFrame(() => document.getElementById(`tool-${id}-name`)?.focus());
  };

  const remove = (i: number) => {
    const before = w;
    const tool = tools[i]!;
    update((d) => {
      d.technology.tools.splice(i, 1);
      d.technology.automation = automationWithoutTool(d.technology.automation, tool.id);
    });
    showToast({ message: `Removed ${tool.name.trim() || 'the tool'}; what it automated is a gap again.`, action: { label: 'Undo', run: () => replace(before) } });
  };

  const set = (i: number, patch: Partial<Tool>) => update((d) => void Object.assign(d.technology.tools[i]!, patch));

  return (
    <section className="card section" aria-labelledby="tools-h">
      <div className="section-head">
        <h2 id="tools-h">Tools in use</h2>
        <button className="btn" id="tools" onClick={add}><Plus size={18} aria-hidden="true" /> Add tool</button>
      </div>
      {tools.length === 0 ? (
        <div className="tech-empty">
          <p>
            List the systems the process runs on today — CRM, marketing automation, enrichment, routing, reporting. In Demand Metric’s
            survey, <strong>80 %</strong> of organisations with highly integrated sales and marketing systems met their revenue goals,
            against <strong>36 %</strong> of those without.
          </p>
          <p className="muted">Example (Northwind Analytics): Salesforce (CRM), HubSpot (marketing automation), Clearbit (enrichment), LeanData (routing), Looker (BI).</p>
          <div><button className="btn btn-primary" onClick={add}><Plus size={18} aria-hidden="true" /> Add your CRM</button></div>
        </div>
      ) : (
        <table className="table tools-table" aria-labelledby="tools-h">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Name</th>
              <th scope="col">Owner</th>
              <th scope="col"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {tools.map((t, i) => (
              <tr key={t.id}>
                <td>
                  <label className="sr-only" htmlFor={`tool-${t.id}-category`}>Tool {i + 1} category</label>
                  <select className="select" id={`tool-${t.id}-category`} value={t.category} onChange={(e) => set(i, { category: e.target.value as Tool['category'] })}>
                    {TOOL_CATEGORIES.map((c) => <option key={c} value={c}>{TOOL_CATEGORY_LABEL[c]}</option>)}
                  </select>
                </td>
                <td>
                  <label className="sr-only" htmlFor={`tool-${t.id}-name`}>Tool {i + 1} name</label>
                  <input className="input" id={`tool-${t.id}-name`} value={t.name} maxLength={120} placeholder="e.g. Salesforce"
                    aria-invalid={t.name.trim() === '' ? true : undefined} onChange={(e) => set(i, { name: e.target.value })} />
                </td>
                <td>
                  <div className="row tool-owner">
                    <label className="sr-only" htmlFor={`tool-${t.id}-owner`}>Tool {i + 1} owner</label>
                    <select className="select" id={`tool-${t.id}-owner`} value={t.owner} onChange={(e) => set(i, { owner: e.target.value as Tool['owner'] })}>
                      {TEAMS.map((team) => <option key={team} value={team}>{TEAM_LABEL[team]}</option>)}
                    </select>
                    <TeamBadge team={t.owner} />
                  </div>
                </td>
                <td>
                  <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove tool ${i + 1} (${t.name.trim() || 'unnamed'})`} onClick={() => remove(i)}>
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
