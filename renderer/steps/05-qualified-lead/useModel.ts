import type { Draft } from 'immer';
import type { QualifiedLeadStep } from '../../../shared/workshop/steps/qualifiedLead';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { i18n } from '../../i18n';

/** The step's model and the two ways to change it: an edit, or a removal the room can undo. */
export function useModel() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const edit = (mutate: (q: Draft<QualifiedLeadStep>) => void) => update((d) => mutate(d.qualifiedLead));
  const removeWithUndo = (mutate: (q: Draft<QualifiedLeadStep>) => void, message: string) => {
    const before = w;
    edit(mutate);
    showToast({ message, action: { label: i18n.t('common.undo'), run: () => replace(before) } });
  };
  return { w, q: w.qualifiedLead, edit, removeWithUndo };
}

/** Focus a freshly added row's first input once React has rendered it. */
export const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
