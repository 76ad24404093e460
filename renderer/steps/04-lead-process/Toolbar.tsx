import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { CircleCheck, Download, Network, Plus, Redo2, TriangleAlert, Undo2 } from 'lucide-react';
import { positionAfter } from '../../../shared/leadProcess/edit';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../../../shared/leadProcess/geometry';
import { useOpenWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { addStageAt, applyPositions, redo, undo } from './actions';
import { layoutPositions } from './autoLayout';
import { exportLeadProcessSvg } from './exportSvg';
import { useReveal } from './reveal';
import { useLeadProcessUi } from './store';

export const FIT_VIEW = { padding: 0.06, maxZoom: 1.25 };
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function Toolbar({ canvasRef, issueCount }: { canvasRef: RefObject<HTMLDivElement | null>; issueCount: number }) {
  const w = useOpenWorkshop();
  const rf = useReactFlow();
  const reveal = useReveal();
  const canUndo = useLeadProcessUi((s) => s.history.past.length > 0);
  const canRedo = useLeadProcessUi((s) => s.history.future.length > 0);
  const [layingOut, setLayingOut] = useState(false);
  const { t } = useTranslation('leadProcess');

  const add = () => {
    const sel = useLeadProcessUi.getState().selection;
    const after = sel?.kind === 'stage' ? w.leadProcess.stages.find((s) => s.id === sel.id) : undefined;
    let at: Point;
    if (after) at = positionAfter(after);
    else {
      const r = canvasRef.current?.getBoundingClientRect();
      const c = rf.screenToFlowPosition({ x: (r?.left ?? 0) + (r?.width ?? 0) / 2, y: (r?.top ?? 0) + (r?.height ?? 0) / 2 });
      at = { x: c.x - NODE_WIDTH / 2, y: c.y - NODE_HEIGHT / 2 };
    }
    const id = addStageAt(at);
    void reveal({ kind: 'stage', id }, false).then(() => {
      const name = document.getElementById('leadProcess-stage-name');
      if (name instanceof HTMLInputElement) {
        name.focus();
        name.select();
      }
    });
  };

  const layout = async () => {
    setLayingOut(true);
    try {
      const positions = await layoutPositions(w.leadProcess);
      applyPositions(positions);
      requestAnimationFrame(() => void rf.fitView({ ...FIT_VIEW, duration: 300 }));
      showToast({ message: t('toolbar.laidOut', { count: positions.size }) });
    } catch (e) {
      showToast({ tone: 'error', message: t('toolbar.layoutFailed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setLayingOut(false);
    }
  };

  const exportSvg = async () => {
    try {
      const r = await exportLeadProcessSvg(w);
      if (r.status === 'saved') showToast({ message: t('toolbar.svgSaved', { name: r.name }) });
    } catch (e) {
      showToast({ tone: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="lp-toolbar" aria-label={t('toolbar.label')}>
      <button className="btn btn-primary btn-sm" onClick={add}>
        <Plus size={18} aria-hidden="true" /> {t('toolbar.addStage')}
      </button>
      <span className="lp-toolbar-sep" aria-hidden="true" />
      <button
        className="btn btn-sm"
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('toolbar.undoTitle', { mod: MOD })}
      >
        <Undo2 size={18} aria-hidden="true" /> {t('toolbar.undo')}
      </button>
      <button
        className="btn btn-sm"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={t('toolbar.redoTitle', { mod: MOD })}
      >
        <Redo2 size={18} aria-hidden="true" /> {t('toolbar.redo')}
      </button>
      <span className="lp-toolbar-sep" aria-hidden="true" />
      <button className="btn btn-sm" onClick={() => void layout()} disabled={layingOut} aria-busy={layingOut}>
        <Network size={18} aria-hidden="true" /> {layingOut ? t('toolbar.layingOut') : t('toolbar.autoLayout')}
      </button>
      <button className="btn btn-sm" onClick={() => void exportSvg()}>
        <Download size={18} aria-hidden="true" /> {t('toolbar.exportSvg')}
      </button>
      <span className="spacer" />
      <button
        className={`btn btn-sm btn-ghost lp-status ${issueCount > 0 ? 'lp-status-bad' : 'lp-status-ok'}`}
        onClick={() => {
          const checks = document.getElementById('leadProcess-checks');
          checks?.scrollIntoView({ block: 'start' });
          checks?.focus({ preventScroll: true });
        }}
      >
        {issueCount > 0 ? <TriangleAlert size={18} aria-hidden="true" /> : <CircleCheck size={18} aria-hidden="true" />}
        {issueCount > 0 ? t('toolbar.problems', { count: issueCount }) : t('toolbar.allPass')}
      </button>
    </div>
  );
}
