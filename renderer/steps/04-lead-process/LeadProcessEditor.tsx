import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { validateLeadProcess } from '../../../shared/leadProcess/validate';
import { useOpenWorkshop } from '../../app/workshopStore';
import { deleteSelection, redo, undo } from './actions';
import { DiagramCanvas } from './DiagramCanvas';
import { useFlowElements } from './flowElements';
import { Inspector } from './Inspector';
import { Legend } from './Legend';
import { CANVAS_ID } from './reveal';
import { useLeadProcessUi } from './store';
import { Toolbar } from './Toolbar';
import { ValidationPanel } from './ValidationPanel';

const isTextEntry = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.matches('input:not([type=checkbox]):not([type=radio]), textarea'));

/**
 * The canvas screen, loaded on demand (React Flow and its styles stay out of the app's first load).
 * Memoised (it has no props): the step screen around it re-renders as a drag starts, and the
 * inspector's stage pickers alone hold an option per stage, 600 with 300 stages.
 */
export default memo(function LeadProcessEditor() {
  return (
    <ReactFlowProvider>
      <EditorBody />
    </ReactFlowProvider>
  );
});

function EditorBody() {
  const w = useOpenWorkshop();
  const step = w.leadProcess;
  const selection = useLeadProcessUi((s) => s.selection);
  const issues = useMemo(() => validateLeadProcess(step), [step]);
  const { nodes, edges } = useFlowElements(step, issues, selection);
  const canvasRef = useRef<HTMLDivElement>(null);
  const { t } = useTranslation('leadProcess');

  useEffect(() => {
    // On the canvas the shortcuts undo diagram edits (its own history, as the toolbar does); in
    // text fields the workshop-wide undo (useUndoShortcuts) takes them. Capture phase, so this
    // runs first and marks what it handled.
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const onCanvasKey = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as Element;
    if (!target.closest('.react-flow') || target.closest('input, textarea, select')) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      deleteSelection();
      canvasRef.current?.focus();
    } else if (e.key === 'F2' && useLeadProcessUi.getState().selection) {
      e.preventDefault();
      document
        .getElementById(useLeadProcessUi.getState().selection?.kind === 'stage' ? 'leadProcess-stage-name' : 'leadProcess-transition-kind')
        ?.focus();
    }
  }, []);

  return (
    <>
      <section className="card lp-editor" aria-label={t('canvas.label')}>
        <Toolbar canvasRef={canvasRef} issueCount={issues.length} />
        <div
          className="lp-canvas-wrap"
          id={CANVAS_ID}
          ref={canvasRef}
          tabIndex={-1}
          onKeyDown={onCanvasKey}
          data-inspector={selection ? '' : undefined}
        >
          <DiagramCanvas nodes={nodes} edges={edges} />
          <Inspector step={step} issues={issues} />
        </div>
        <p className="lp-help muted">{t('canvas.help')}</p>
        <Legend />
      </section>
      <ValidationPanel step={step} issues={issues} />
    </>
  );
}
