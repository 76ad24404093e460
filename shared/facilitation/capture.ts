import type { StepId } from '../workshop/steps';
import type { ActionItem, Decision, Facilitation, ParkingLotItem } from '../workshop/facilitation';

/**
 * What the room captures from any step. Pure edits on the facilitation record, with the id
 * and the moment passed in, so the renderer's store can run them inside its `update` draft.
 */
export type CaptureKind = 'decision' | 'actionItem' | 'parkingLot';
export const CAPTURE_KINDS: readonly CaptureKind[] = ['decision', 'actionItem', 'parkingLot'];

/** The schema's limits, repeated here so the form can say them before the save refuses. */
export const CAPTURE_MAX_LENGTH: Record<CaptureKind, number> = { decision: 1000, actionItem: 500, parkingLot: 500 };
export const MAX_CAPTURED = 500;

export interface CaptureInput {
  kind: CaptureKind;
  text: string;
  stepId: StepId | null;
  ownerId?: string | null;
  dueDate?: string;
}

export type CaptureCheck = { ok: true } | { ok: false; field: 'text' | 'dueDate' | 'list'; message: string };

const LABEL: Record<CaptureKind, string> = { decision: 'Decision', actionItem: 'Action item', parkingLot: 'Parking-lot item' };
const LIST: Record<CaptureKind, keyof Pick<Facilitation, 'decisions' | 'actionItems' | 'parkingLot'>> = {
  decision: 'decisions',
  actionItem: 'actionItems',
  parkingLot: 'parkingLot',
};

/** English messages for callers without a translator (tests, logs); the UI maps `field` to its own words. */
export function checkCapture(f: Facilitation, input: CaptureInput): CaptureCheck {
  const text = input.text.trim();
  const max = CAPTURE_MAX_LENGTH[input.kind];
  if (!text) return { ok: false, field: 'text', message: `${LABEL[input.kind]}: write what was said before adding it.` };
  if (text.length > max)
    return { ok: false, field: 'text', message: `${LABEL[input.kind]}: at most ${max} characters (this one has ${text.length}).` };
  if (input.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate))
    return { ok: false, field: 'dueDate', message: 'Due date: a calendar date, or leave it empty.' };
  if (f[LIST[input.kind]].length >= MAX_CAPTURED)
    return {
      ok: false,
      field: 'list',
      message: `${LABEL[input.kind]}: this workshop already holds ${MAX_CAPTURED}, the most it can keep.`,
    };
  return { ok: true };
}

/** Adds the item in place (an immer draft or a plain copy). Call `checkCapture` first. */
export function addCaptured(f: Facilitation, input: CaptureInput, id: string, nowIso: string): void {
  const text = input.text.trim();
  if (input.kind === 'decision') {
    const d: Decision = { id, text, stepId: input.stepId, at: nowIso };
    f.decisions.push(d);
  } else if (input.kind === 'actionItem') {
    const a: ActionItem = {
      id,
      text,
      ownerId: input.ownerId ?? null,
      dueDate: input.dueDate ?? '',
      status: 'open',
      stepId: input.stepId,
      createdAt: nowIso,
    };
    f.actionItems.push(a);
  } else {
    const p: ParkingLotItem = { id, text, stepId: input.stepId, at: nowIso, resolved: false };
    f.parkingLot.push(p);
  }
}

export function removeCaptured(f: Facilitation, kind: CaptureKind, id: string): void {
  const list = f[LIST[kind]] as { id: string }[];
  const i = list.findIndex((x) => x.id === id);
  if (i >= 0) list.splice(i, 1);
}

/** Open action items first, then by due date (undated last), so the panel reads as a to-do list. */
export function sortedActionItems(items: readonly ActionItem[]): ActionItem[] {
  return [...items].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
    if (a.dueDate !== b.dueDate) return a.dueDate === '' ? 1 : b.dueDate === '' ? -1 : a.dueDate.localeCompare(b.dueDate);
    return a.createdAt.localeCompare(b.createdAt);
  });
}
