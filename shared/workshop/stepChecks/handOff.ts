import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { defaultHandOffStep } from '../steps/handOff';

const blank = (s: string) => s.trim() === '';
const filled = (list: readonly string[]) => list.filter((s) => !blank(s)).length;

/** What step "handOff" still needs before it can be marked done. */
export function handOffGaps(w: Workshop): Gap[] {
  const h = w.handOff;
  const gaps: Gap[] = [];
  if (h.routing === 'namedQueue' && blank(h.routingDetail)) gaps.push({ field: 'handoff-routing-detail', message: 'Routing: name the queue leads go to.' });
  if (h.routing === 'territory' && blank(h.routingDetail)) gaps.push({ field: 'handoff-routing-detail', message: 'Routing: describe the territory rules.' });
  if (h.acceptanceWindowHours === null)
    gaps.push({ field: 'handoff-acceptance', message: 'Sales acceptance window: say within how many hours sales accepts or rejects a lead.' });
  if (filled(h.rejectionReasons) === 0) gaps.push({ field: 'handoff-rejection-new', message: 'Rejection reasons: add at least one reason sales may give to reject a lead.' });
  if (h.followUp.length === 0) gaps.push({ field: 'handoff-cadence', message: 'Follow-up cadence: add at least one attempt, or use the standard cadence.' });
  if (filled(h.recycleReasons) === 0) gaps.push({ field: 'handoff-recycle-new', message: 'Recycling: add at least one reason a lead goes back to nurture.' });
  if (blank(h.reentryRule)) gaps.push({ field: 'handoff-reentry', message: 'Re-entry rule: say when a recycled lead can be handed over again.' });
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
