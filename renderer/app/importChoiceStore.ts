import { create } from 'zustand';
import type { Workshop } from '../../shared/workshop/schema';

/** What the facilitator chose for a workshop file whose workshop is already here. */
export type ImportDecision = 'replace' | 'keepBoth' | 'cancel';

export interface ImportQuestion {
  fileName: string;
  /** The workshop on this computer. */
  existing: Workshop;
  /** The workshop in the file. */
  incoming: Workshop;
}

interface ImportChoiceState {
  pending: (ImportQuestion & { answer(d: ImportDecision): void }) | null;
}

/** The question on screen (App shows ImportChoiceDialog while there is one). */
export const useImportChoice = create<ImportChoiceState>(() => ({ pending: null }));

/** Shows both versions and waits for the facilitator's answer; one question at a time. */
export function askImportChoice(q: ImportQuestion): Promise<ImportDecision> {
  return new Promise((resolve) => {
    // A file opened while another question is up answers that one "cancel" (nothing changes).
    useImportChoice.getState().pending?.answer('cancel');
    useImportChoice.setState({
      pending: {
        ...q,
        answer: (d) => {
          useImportChoice.setState({ pending: null });
          resolve(d);
        },
      },
    });
  });
}
