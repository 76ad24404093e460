import { addCaptured, checkCapture, type CaptureInput } from '../../shared/facilitation/capture';
import { useWorkshop } from '../app/workshopStore';

const PREFIX = { decision: 'd', actionItem: 'a', parkingLot: 'p' } as const;

/**
 * Adds a captured item to the open workshop through the workshop store (so it autosaves and
 * Ctrl/Cmd+Z takes it back). Returns the refusal instead when the input is not acceptable.
 */
export function capture(input: CaptureInput): ReturnType<typeof checkCapture> {
  const w = useWorkshop.getState().workshop;
  if (!w) return { ok: false, field: 'list', message: 'No workshop is open.' };
  const check = checkCapture(w.facilitation, input);
  if (!check.ok) return check;
  const id = `${PREFIX[input.kind]}-${crypto.randomUUID()}`;
  const at = new Date().toISOString();
  useWorkshop.getState().update((d) => addCaptured(d.facilitation, input, id, at));
  return check;
}
