import { useMemo, useState } from 'react';
import { ArrowLeft, ArrowRight, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  STAGE_KINDS,
  STAGE_OWNERS,
  STAGE_ROLES,
  type LeadProcessStep,
  type Stage,
  type StageOwner,
  type StageRole,
} from '../../../shared/workshop/steps/leadProcess';
import { RATE_FIELDS, rateIssuesOf, rateMapping, type RateIssue } from '../../../shared/leadProcess/roles';
import { connectionProblem } from '../../../shared/leadProcess/edit';
import type { Issue } from '../../../shared/leadProcess/validate';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { connectStages, deleteStage, updateStage } from './actions';
import { InspectorIssues } from './InspectorIssues';
import { useLeadProcessUi } from './store';

/** Connection problems from shared/leadProcess/edit, by their English text. */
const PROBLEM_KEY = {
  'A stage cannot lead to itself.': 'self',
  'Both stages must exist.': 'missing',
  'These stages are already connected this way.': 'duplicate',
} as const;

export function StageInspector({ step, stage, issues }: { step: LeadProcessStep; stage: Stage; issues: readonly Issue[] }) {
  const { t } = useTranslation(['leadProcess', 'app']);
  const OWNER_OPTIONS: { value: StageOwner | ''; label: string }[] = [
    { value: '', label: t('app:common.choose') },
    ...STAGE_OWNERS.map((o) => ({ value: o, label: t(`owner.${o}`) })),
  ];
  const KIND_OPTIONS = STAGE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const set = (patch: Partial<Omit<Stage, 'id'>>) => updateStage(stage.id, patch);
  const name = (id: string) => step.stages.find((s) => s.id === id)?.name || t('missingStage');
  const links = step.transitions.filter((tr) => tr.from === stage.id || tr.to === stage.id);
  const ROLE_OPTIONS: { value: StageRole | ''; label: string }[] = [
    { value: '', label: t('role.none') },
    ...STAGE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
  ];
  const mapping = useMemo(() => rateMapping(step), [step]);
  const fills = RATE_FIELDS.filter((f) => mapping.rates[f].stageId === stage.id);
  const used = fills.filter((f) => !mapping.rates[f].notApplicable);
  const skipped = fills.filter((f) => mapping.rates[f].notApplicable);
  const rateIssues = rateIssuesOf(mapping, stage.id);
  const issueText = (i: RateIssue) =>
    i.code === 'rateUsedTwice'
      ? t('rateIssue.rateUsedTwice', { rate: t(`rateField.${i.field}`), first: name(i.stageIds[0]), second: name(i.stageIds[1]) })
      : t(`rateIssue.${i.code}`, { next: name(i.nextId) });

  return (
    <div className="stack lp-inspector-body">
      <InspectorIssues issues={issues} />
      <TextField
        id="leadProcess-stage-name"
        label={t('inspector.stageName')}
        value={stage.name}
        maxLength={80}
        onChange={(v) => set({ name: v })}
      />
      <div className="grid-2">
        <SelectField
          id="leadProcess-stage-kind"
          label={t('inspector.kind')}
          value={stage.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => set({ kind })}
        />
        <SelectField
          id="leadProcess-stage-owner"
          label={t('inspector.owner')}
          value={stage.owner ?? ''}
          options={OWNER_OPTIONS}
          onChange={(o) => set({ owner: o === '' ? null : o })}
        />
      </div>
      {stage.kind === 'stage' && (
        <SelectField
          id="leadProcess-stage-role"
          label={t('inspector.role')}
          value={stage.role ?? ''}
          options={ROLE_OPTIONS}
          hint={t('inspector.roleHint')}
          onChange={(r) => set({ role: r === '' ? null : r })}
        />
      )}
      <NumberField
        id="leadProcess-stage-rate"
        label={t('inspector.rate')}
        unit="%"
        value={stage.conversionToNext}
        onChange={(v) => set({ conversionToNext: v })}
        hint={t('inspector.rateHint')}
      />
      {(used.length > 0 || skipped.length > 0 || rateIssues.length > 0) && (
        <div className="lp-rate-use" data-testid="lp-rate-use">
          {used.map((f) => (
            <p key={f} className="muted">
              {t('inspector.rateFills', { rate: t(`rateField.${f}`) })}
            </p>
          ))}
          {skipped.length > 0 && (
            <p className="muted">{t('inspector.rateSkips', { rates: skipped.map((f) => t(`rateField.${f}`)).join(', ') })}</p>
          )}
          {rateIssues.map((i, k) => (
            <p key={k} className="field-error" role="alert">
              {issueText(i)}
            </p>
          ))}
        </div>
      )}
      <NumberField
        id="leadProcess-stage-days"
        label={t('inspector.days')}
        unit={t('inspector.daysUnit')}
        min={0}
        max={3650}
        value={stage.daysInStage}
        onChange={(v) => set({ daysInStage: v })}
      />
      <TextField
        id="leadProcess-stage-criteria"
        label={t('inspector.criteria')}
        multiline
        maxLength={1000}
        value={stage.entryCriteria}
        onChange={(v) => set({ entryCriteria: v })}
        hint={t('inspector.criteriaHint')}
      />

      <section className="lp-links" aria-labelledby="lp-links-h">
        <h3 id="lp-links-h">{t('inspector.transitions')}</h3>
        {links.length === 0 ? (
          <p className="muted">{t('inspector.noTransitions')}</p>
        ) : (
          <ul className="lp-link-list">
            {links.map((tr) => (
              <li key={tr.id}>
                <button className="link-btn" onClick={() => useLeadProcessUi.getState().select({ kind: 'transition', id: tr.id })}>
                  {tr.from === stage.id ? (
                    <ArrowRight size={16} aria-label={t('inspector.to')} />
                  ) : (
                    <ArrowLeft size={16} aria-label={t('inspector.from')} />
                  )}{' '}
                  {name(tr.from === stage.id ? tr.to : tr.from)}
                </button>
                <span className="muted"> · {t(`transitionKind.${tr.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <ConnectControl step={step} stage={stage} direction="to" />
        <ConnectControl step={step} stage={stage} direction="from" />
      </section>

      <button className="btn btn-danger" onClick={() => deleteStage(stage.id)}>
        <Trash2 size={18} aria-hidden="true" /> {t('inspector.deleteStage')}
      </button>
    </div>
  );
}

/** The keyboard way to connect stages: pick the other stage, then Connect. */
function ConnectControl({ step, stage, direction }: { step: LeadProcessStep; stage: Stage; direction: 'to' | 'from' }) {
  const [other, setOther] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useTranslation('leadProcess');
  const options = [
    { value: '', label: t('inspector.chooseStage') },
    ...step.stages.filter((s) => s.id !== stage.id).map((s) => ({ value: s.id, label: s.name || t('unnamedStage') })),
  ];
  const id = `leadProcess-connect-${direction}`;
  const connect = () => {
    if (!other) return setMessage(t('inspector.chooseFirst'));
    const [from, to] = direction === 'to' ? [stage.id, other] : [other, stage.id];
    const problem = connectionProblem(step, from, to, 'forward');
    if (problem)
      return setMessage(problem in PROBLEM_KEY ? t(`inspector.problem.${PROBLEM_KEY[problem as keyof typeof PROBLEM_KEY]}`) : problem);
    connectStages(from, to, 'forward');
    setOther('');
    setMessage(null);
  };
  return (
    <div className="lp-connect">
      <SelectField
        id={id}
        label={direction === 'to' ? t('inspector.connectTo') : t('inspector.connectFrom')}
        value={other}
        options={options}
        onChange={(v) => {
          setOther(v);
          setMessage(null);
        }}
      />
      <button
        className="btn btn-sm"
        onClick={connect}
        aria-label={direction === 'to' ? t('inspector.addTo') : t('inspector.addFrom')}
        aria-describedby={message ? `${id}-message` : undefined}
      >
        {t('inspector.add')}
      </button>
      {message && (
        <span className="field-error" id={`${id}-message`} role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
