import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { defaultHandOffStep } from '../steps/handOff';
import { say } from '../checkMessage';

const blank = (s: string) => s.trim() === '';
const filled = (list: readonly string[]) => list.filter((s) => !blank(s)).length;

/** What step "handOff" still needs before it can be marked done. */
export function handOffGaps(w: Workshop): Gap[] {
  const h = w.handOff;
  const gaps: Gap[] = [];
  if (h.routing === 'namedQueue' && blank(h.routingDetail)) gaps.push({ field: 'handoff-routing-detail', ...say('routingQueue') });
  if (h.routing === 'territory' && blank(h.routingDetail)) gaps.push({ field: 'handoff-routing-detail', ...say('routingTerritory') });
  if (h.acceptanceWindowHours === null) gaps.push({ field: 'handoff-acceptance', ...say('acceptance') });
  if (filled(h.rejectionReasons) === 0) gaps.push({ field: 'handoff-rejection-new', ...say('rejection') });
  if (h.followUp.length === 0) gaps.push({ field: 'handoff-cadence', ...say('cadence') });
  if (filled(h.recycleReasons) === 0) gaps.push({ field: 'handoff-recycle-new', ...say('recycle') });
  if (blank(h.reentryRule)) gaps.push({ field: 'handoff-reentry', ...say('reentry') });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function handOffStarted(w: Workshop): boolean {
  const h = w.handOff;
  const d = defaultHandOffStep();
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return (
    h.triggerConditions.length > 0 ||
    h.routing !== d.routing ||
    !blank(h.routingDetail) ||
    !sameSet(h.travelsWith, d.travelsWith) ||
    h.acceptanceWindowHours !== d.acceptanceWindowHours ||
    h.rejectionReasons.length > 0 ||
    h.followUp.length > 0 ||
    h.recycleReasons.length > 0 ||
    !blank(h.reentryRule)
  );
}
