import type { Draft } from 'immer';
import type { QualifiedLeadStep } from '../../../shared/workshop/steps/qualifiedLead';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import type { CaptureOptions } from '../../app/undoLog';
import { showUndoToast } from '../../app/undoToast';

/** The step's model and the two ways to change it: an edit, or a removal the room can undo. */
export function useModel() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const edit = (mutate: (q: Draft<QualifiedLeadStep>) => void, options?: CaptureOptions) => update((d) => mutate(d.qualifiedLead), options);
  const removeWithUndo = (mutate: (q: Draft<QualifiedLeadStep>) => void, message: string) => showUndoToast(message, edit(mutate));
  return { w, q: w.qualifiedLead, edit, removeWithUndo };
}

/** Focus a freshly added row's first input once React has rendered it. */
export const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
