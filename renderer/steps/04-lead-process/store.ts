import { create } from 'zustand';
import type { IssueTarget } from '../../../shared/leadProcess/validate';
import { emptyHistory, type History } from './history';

/** Step-local UI state: what is selected on the canvas and the undo history of the diagram. */
export type Selection = IssueTarget | null;

interface LeadProcessUiState {
  workshopId: string | null;
  selection: Selection;
  history: History;
  select(selection: Selection): void;
  /** A different workshop starts with a clean slate: its history is not ours to undo. */
  resetFor(workshopId: string): void;
}

export const useLeadProcessUi = create<LeadProcessUiState>((set, get) => ({
  workshopId: null,
  selection: null,
  history: emptyHistory(),
  select(selection) {
    const cur = get().selection;
    if (cur?.kind === selection?.kind && cur?.id === selection?.id) return;
    set({ selection });
  },
  resetFor(workshopId) {
    if (get().workshopId !== workshopId) set({ workshopId, selection: null, history: emptyHistory() });
  },
}));

/** Selection changes reported by the canvas, one element at a time. */
export function selectionChanged(kind: IssueTarget['kind'], id: string, selected: boolean) {
  const { selection, select } = useLeadProcessUi.getState();
  if (selected) select({ kind, id });
  else if (selection?.kind === kind && selection.id === id) select(null);
}
