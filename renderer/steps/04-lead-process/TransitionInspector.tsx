import { Trash2 } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { TRANSITION_KINDS, type LeadProcessStep, type Transition } from '../../../shared/workshop/steps/leadProcess';
import type { Issue } from '../../../shared/leadProcess/validate';
import { SelectField, TextField } from '../../ui/fields';
import { deleteTransition, updateTransition } from './actions';
import { InspectorIssues } from './InspectorIssues';
import { useLeadProcessUi } from './store';

export function TransitionInspector({
  step,
  transition,
  issues,
}: {
  step: LeadProcessStep;
  transition: Transition;
  issues: readonly Issue[];
}) {
  const from = step.stages.find((s) => s.id === transition.from);
  const to = step.stages.find((s) => s.id === transition.to);
  const select = useLeadProcessUi((s) => s.select);
  const { t } = useTranslation('leadProcess');
  const KIND_OPTIONS = TRANSITION_KINDS.map((k) => ({ value: k, label: t(`transitionKind.${k}`) }));
  const stageButton = (stage: typeof from) =>
    stage ? (
      <button className="link-btn" onClick={() => select({ kind: 'stage', id: stage.id })}>
        {stage.name || t('unnamedStage')}
      </button>
    ) : (
      <strong className="lp-missing">{t('missingStage')}</strong>
    );

  return (
    <div className="stack lp-inspector-body">
      <InspectorIssues issues={issues} />
      <p>
        <Trans t={t} i18nKey="inspector.fromTo" components={{ from: stageButton(from), to: stageButton(to) }} />
      </p>
      <SelectField
        id="leadProcess-transition-kind"
        label={t('inspector.kind')}
        value={transition.kind}
        options={KIND_OPTIONS}
        hint={t(`inspector.hint.${transition.kind}`)}
        onChange={(kind) => updateTransition(transition.id, { kind })}
      />
      <TextField
        id="leadProcess-transition-label"
        label={t('inspector.label')}
        value={transition.label}
        maxLength={120}
        placeholder={transition.kind === 'forward' ? t('inspector.labelForward') : t('inspector.labelOther')}
        hint={transition.kind === 'forward' ? t('inspector.labelHintForward') : t('inspector.labelHintOther')}
        onChange={(label) => updateTransition(transition.id, { label })}
      />
      <button className="btn btn-danger" onClick={() => deleteTransition(transition.id)}>
        <Trash2 size={18} aria-hidden="true" /> {t('inspector.deleteTransition')}
      </button>
    </div>
  );
}
