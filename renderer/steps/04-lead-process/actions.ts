import type { LeadProcessStep, Stage, Transition } from '../../../shared/workshop/steps/leadProcess';
import { newId } from '../../../shared/workshop/factory';
import { leadProcessTemplate, type TemplateId } from '../../../shared/leadProcess/templates';
import {
  addStage,
  connect,
  freePosition,
  newStage,
  patchStage,
  patchTransition,
  removeStage,
  removeTransition,
  restore,
  withPositions,
  type Removed,
} from '../../../shared/leadProcess/edit';
import type { Point } from '../../../shared/leadProcess/geometry';
import { i18n } from '../../i18n';
import { useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { useLeadProcessUi } from './store';
import { record, redo as redoStep, undo as undoStep } from './history';

/**
 * Every diagram edit goes through `commit`: it records the step for undo, then writes the
 * new step through the workshop store (autosave follows). Plain functions, not hooks, so a
 * toast's Undo still works after the screen is gone.
 */
const current = (): LeadProcessStep | null => useWorkshop.getState().workshop?.leadProcess ?? null;

/** Workshop-wide undo captures a diagram edit as the diagram's own history does: same key, one step. */
function write(next: LeadProcessStep, coalesceKey: string | null = null) {
  useWorkshop.getState().update(
    (d) => {
      d.leadProcess = next;
    },
    { coalesceKey: coalesceKey && `leadProcess:${coalesceKey}` },
  );
}

export function commit(edit: (step: LeadProcessStep) => LeadProcessStep, coalesceKey: string | null = null): boolean {
  const before = current();
  if (!before) return false;
  const next = edit(before);
  if (next === before) return false;
  useLeadProcessUi.setState((s) => ({ history: record(s.history, before, coalesceKey, Date.now()) }));
  write(next, coalesceKey);
  return true;
}

export function undo() {
  const cur = current();
  const r = cur && undoStep(useLeadProcessUi.getState().history, cur);
  if (!r) return;
  useLeadProcessUi.setState({ history: r.history });
  write(r.step);
}

export function redo() {
  const cur = current();
  const r = cur && redoStep(useLeadProcessUi.getState().history, cur);
  if (!r) return;
  useLeadProcessUi.setState({ history: r.history });
  write(r.step);
}

/** A template's stages are signed in the SLA, so they are written in the workshop's document language. */
export function startFrom(template: TemplateId) {
  const language = useWorkshop.getState().workshop?.language;
  commit(() => leadProcessTemplate(template, newId, language));
}

/** Adds a stage at (or near) a spot, selects it and returns its id. */
export function addStageAt(position: Point): string {
  const id = newId();
  commit((s) => addStage(s, newStage(id, freePosition(s, position))));
  useLeadProcessUi.getState().select({ kind: 'stage', id });
  return id;
}

export function updateStage(id: string, patch: Partial<Omit<Stage, 'id'>>) {
  commit((s) => patchStage(s, id, patch), `stage:${id}:${Object.keys(patch).join(',')}`);
}

export function updateTransition(id: string, patch: Partial<Omit<Transition, 'id'>>) {
  commit((s) => patchTransition(s, id, patch), `transition:${id}:${Object.keys(patch).join(',')}`);
}

export function moveStages(positions: ReadonlyMap<string, Point>) {
  commit((s) => withPositions(s, positions), `move:${[...positions.keys()].join(',')}`);
}

export function applyPositions(positions: ReadonlyMap<string, Point>) {
  commit((s) => withPositions(s, positions));
}

/** Returns the new transition's id, or null when the two stages cannot be connected so. */
export function connectStages(from: string, to: string, kind: Transition['kind'] = 'forward'): string | null {
  const id = newId();
  return commit((s) => connect(s, from, to, kind, id)) ? id : null;
}

function removeWithUndo(removed: Removed, message: string) {
  const { selection, select } = useLeadProcessUi.getState();
  if (selection && (selection.id === removed.stage?.stage.id || removed.transitions.some((t) => t.transition.id === selection.id)))
    select(null);
  showToast({ message, action: { label: i18n.t('common.undo'), run: () => void commit((s) => restore(s, removed)) } });
}

export function deleteStage(id: string) {
  const cur = current();
  const r = cur && removeStage(cur, id);
  if (!r) return;
  commit(() => r.step);
  const n = r.removed.transitions.length;
  const typed = r.removed.stage!.stage.name.trim();
  const name = typed ? `“${typed}”` : i18n.t('leadProcess:anUnnamedStage');
  removeWithUndo(
    r.removed,
    n > 0 ? i18n.t('leadProcess:deleted.stageWith', { name, count: n }) : i18n.t('leadProcess:deleted.stage', { name }),
  );
}

export function deleteTransition(id: string) {
  const cur = current();
  const r = cur && removeTransition(cur, id);
  if (!r) return;
  commit(() => r.step);
  removeWithUndo(r.removed, i18n.t('leadProcess:deleted.transition'));
}

export function deleteSelection() {
  const sel = useLeadProcessUi.getState().selection;
  if (sel?.kind === 'stage') deleteStage(sel.id);
  else if (sel?.kind === 'transition') deleteTransition(sel.id);
}
