import { Trash2 } from 'lucide-react';
import { TRANSITION_KINDS, type LeadProcessStep, type Transition } from '../../../shared/workshop/steps/leadProcess';
import { TRANSITION_KIND_LABEL } from '../../../shared/leadProcess/labels';
import type { Issue } from '../../../shared/leadProcess/validate';
import { SelectField, TextField } from '../../ui/fields';
import { deleteTransition, updateTransition } from './actions';
import { InspectorIssues } from './InspectorIssues';
import { useLeadProcessUi } from './store';

const KIND_OPTIONS = TRANSITION_KINDS.map((k) => ({ value: k, label: TRANSITION_KIND_LABEL[k] }));

const HINT: Record<Transition['kind'], string> = {
  forward: 'Leads move on. The line shows the source stage’s expected conversion.',
  recycle: 'Leads go back, usually to nurture, when they are not ready to buy.',
  feedback: 'Sales tells marketing what it learned about lead quality.',
};

export function TransitionInspector({ step, transition, issues }: { step: LeadProcessStep; transition: Transition; issues: readonly Issue[] }) {
  const from = step.stages.find((s) => s.id === transition.from);
  const to = step.stages.find((s) => s.id === transition.to);
  const select = useLeadProcessUi((s) => s.select);
  const stageButton = (stage: typeof from) =>
    stage ? (
      <button className="link-btn" onClick={() => select({ kind: 'stage', id: stage.id })}>{stage.name || 'Unnamed stage'}</button>
    ) : (
      <strong className="lp-missing">a missing stage</strong>
    );

  return (
    <div className="stack lp-inspector-body">
      <InspectorIssues issues={issues} />
      <p>From {stageButton(from)} to {stageButton(to)}</p>
      <SelectField id="leadProcess-transition-kind" label="Kind" value={transition.kind} options={KIND_OPTIONS} hint={HINT[transition.kind]} onChange={(kind) => updateTransition(transition.id, { kind })} />
      <TextField
        id="leadProcess-transition-label"
        label="Label"
        value={transition.label}
        maxLength={120}
        placeholder={transition.kind === 'forward' ? 'e.g. Disqualified' : 'e.g. Lead-quality feedback'}
        hint={transition.kind === 'forward' ? 'Shown on lines into a Lost stage.' : 'Shown on the line.'}
        onChange={(label) => updateTransition(transition.id, { label })}
      />
      <button className="btn btn-danger" onClick={() => deleteTransition(transition.id)}>
        <Trash2 size={18} aria-hidden="true" /> Delete transition
      </button>
    </div>
  );
}
