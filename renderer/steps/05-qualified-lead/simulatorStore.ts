import { create } from 'zustand';
import { emptyLead, type SampleLead } from '../../../shared/scoring/lead';

/**
 * What the room tries out in the simulators. Not part of the workshop document (a trial, not
 * a decision), but kept while the facilitator moves between steps of the same workshop.
 */
interface SimulatorState {
  workshopId: string | null;
  lead: SampleLead;
  /** The file itself, never its text: it is streamed in a worker each time the model changes. */
  csv: { name: string; file: Blob } | null;
  leadsPerMonth: number | null;
}

const fresh = (workshopId: string | null): SimulatorState => ({ workshopId, lead: emptyLead(), csv: null, leadsPerMonth: null });

const useSimulatorStore = create<SimulatorState>(() => fresh(null));

export function useSimulator(workshopId: string) {
  const s = useSimulatorStore();
  const state = s.workshopId === workshopId ? s : fresh(workshopId);
  const patch = (p: Partial<Omit<SimulatorState, 'workshopId'>>) =>
    useSimulatorStore.setState((cur) => ({ ...(cur.workshopId === workshopId ? cur : fresh(workshopId)), ...p }));
  return { ...state, patch };
}
