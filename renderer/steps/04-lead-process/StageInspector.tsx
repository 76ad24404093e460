import { useState } from 'react';
import { ArrowLeft, ArrowRight, Trash2 } from 'lucide-react';
import { STAGE_KINDS, STAGE_OWNERS, type LeadProcessStep, type Stage, type StageOwner } from '../../../shared/workshop/steps/leadProcess';
import { connectionProblem } from '../../../shared/leadProcess/edit';
import { KIND_LABEL, OWNER_LABEL, TRANSITION_KIND_LABEL } from '../../../shared/leadProcess/labels';
import type { Issue } from '../../../shared/leadProcess/validate';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { connectStages, deleteStage, updateStage } from './actions';
import { InspectorIssues } from './InspectorIssues';
import { useLeadProcessUi } from './store';

const OWNER_OPTIONS: { value: StageOwner | ''; label: string }[] = [
  { value: '', label: 'Choose…' },
  ...STAGE_OWNERS.map((o) => ({ value: o, label: OWNER_LABEL[o] })),
];
const KIND_OPTIONS = STAGE_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }));

export function StageInspector({ step, stage, issues }: { step: LeadProcessStep; stage: Stage; issues: readonly Issue[] }) {
  const set = (patch: Partial<Omit<Stage, 'id'>>) => updateStage(stage.id, patch);
  const name = (id: string) => step.stages.find((s) => s.id === id)?.name || 'a missing stage';
  const links = step.transitions.filter((t) => t.from === stage.id || t.to === stage.id);

  return (
    <div className="stack lp-inspector-body">
      <InspectorIssues issues={issues} />
      <TextField id="leadProcess-stage-name" label="Stage name" value={stage.name} maxLength={80} onChange={(v) => set({ name: v })} />
      <div className="grid-2">
        <SelectField id="leadProcess-stage-kind" label="Kind" value={stage.kind} options={KIND_OPTIONS} onChange={(kind) => set({ kind })} />
        <SelectField id="leadProcess-stage-owner" label="Owner" value={stage.owner ?? ''} options={OWNER_OPTIONS} onChange={(o) => set({ owner: o === '' ? null : o })} />
      </div>
      <NumberField id="leadProcess-stage-rate" label="Expected conversion to next stage" unit="%" value={stage.conversionToNext} onChange={(v) => set({ conversionToNext: v })} hint="Share of leads that move on: more than 0, at most 100." />
      <NumberField id="leadProcess-stage-days" label="Expected time in stage" unit="days" min={0} max={3650} value={stage.daysInStage} onChange={(v) => set({ daysInStage: v })} />
      <TextField id="leadProcess-stage-criteria" label="Entry criteria" multiline maxLength={1000} value={stage.entryCriteria} onChange={(v) => set({ entryCriteria: v })} hint="What must be true for a lead to enter this stage." />

      <section className="lp-links" aria-labelledby="lp-links-h">
        <h3 id="lp-links-h">Transitions</h3>
        {links.length === 0 ? (
          <p className="muted">None yet. Add one below, or drag from its right edge to another stage.</p>
        ) : (
          <ul className="lp-link-list">
            {links.map((t) => (
              <li key={t.id}>
                <button className="link-btn" onClick={() => useLeadProcessUi.getState().select({ kind: 'transition', id: t.id })}>
                  {t.from === stage.id ? <ArrowRight size={16} aria-label="to" /> : <ArrowLeft size={16} aria-label="from" />} {name(t.from === stage.id ? t.to : t.from)}
                </button>
                <span className="muted"> · {TRANSITION_KIND_LABEL[t.kind]}</span>
              </li>
            ))}
          </ul>
        )}
        <ConnectControl step={step} stage={stage} direction="to" />
        <ConnectControl step={step} stage={stage} direction="from" />
      </section>

      <button className="btn btn-danger" onClick={() => deleteStage(stage.id)}>
        <Trash2 size={18} aria-hidden="true" /> Delete stage
      </button>
    </div>
  );
}

/** The keyboard way to connect stages: pick the other stage, then Connect. */
function ConnectControl({ step, stage, direction }: { step: LeadProcessStep; stage: Stage; direction: 'to' | 'from' }) {
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const options = [
    { value: '', label: 'Choose a stage…' },
    ...step.stages.filter((s) => s.id !== stage.id).map((s) => ({ value: s.id, label: s.name || 'Unnamed stage' })),
  ];
  const id = `leadProcess-connect-${direction}`;
  const connect = () => {
    if (!other) return setMessage('Choose a stage first.');
    const [from, to] = direction === 'to' ? [stage.id, other] : [other, stage.id];
    const problem = connectionProblem(step, from, to, 'forward');
    if (problem) return setMessage(problem);
    connectStages(from, to, 'forward');
    setOther('');
    setMessage(null);
  };
  return (
    <div className="lp-connect">
      <SelectField id={id} label={direction === 'to' ? 'Add a transition to' : 'Add a transition from'} value={other} options={options} onChange={(v) => { setOther(v); setMessage(null); }} />
      <button className="btn btn-sm" onClick={connect} aria-label={`Add transition ${direction}`} aria-describedby={message ? `${id}-message` : undefined}>Add</button>
      {message && <span className="field-error" id={`${id}-message`} role="alert">{message}</span>}
    </div>
  );
}
