import type { KeyboardEvent } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import type { Issue } from '../../../shared/leadProcess/validate';
import { canvasElement } from './reveal';
import { useLeadProcessUi } from './store';
import { StageInspector } from './StageInspector';
import { TransitionInspector } from './TransitionInspector';

/** The side panel for the selected stage or transition; Escape closes it and goes back to it on the canvas. */
export function Inspector({ step, issues }: { step: LeadProcessStep; issues: readonly Issue[] }) {
  const selection = useLeadProcessUi((s) => s.selection);
  const select = useLeadProcessUi((s) => s.select);
  const { t } = useTranslation('leadProcess');
  if (!selection) return null;
  const stage = selection.kind === 'stage' ? step.stages.find((s) => s.id === selection.id) : undefined;
  const transition = selection.kind === 'transition' ? step.transitions.find((t) => t.id === selection.id) : undefined;
  if (!stage && !transition) return null;
  const title = stage ? t('inspector.stage') : t('inspector.transition');

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    // As the shortcut sheet says: Escape closes the panel, from any field in it, and focus goes
    // back to the stage or transition on the canvas.
    canvasElement(selection)?.focus();
    select(null);
  };

  return (
    <aside className="lp-inspector" aria-labelledby="lp-inspector-h" onKeyDown={onKeyDown}>
      <div className="lp-inspector-head">
        <h2 id="lp-inspector-h">{title}</h2>
        <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('inspector.close')} onClick={() => select(null)}>
          <X size={20} aria-hidden="true" />
        </button>
      </div>
      {stage && <StageInspector key={stage.id} step={step} stage={stage} issues={issues.filter((i) => i.target?.id === stage.id)} />}
      {transition && (
        <TransitionInspector
          key={transition.id}
          step={step}
          transition={transition}
          issues={issues.filter((i) => i.target?.id === transition.id)}
        />
      )}
    </aside>
  );
}
