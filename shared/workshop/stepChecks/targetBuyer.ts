import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { ICP_FIELDS } from '../steps/targetBuyer';
import { rowRef, say } from '../checkMessage';

const blank = (s: string) => s.trim() === '';

/**
 * What step "targetBuyer" still needs before it can be marked done. Persona fields live in
 * an editor dialog, so their gap ids name a focus target on the card that opens it there.
 */
export function targetBuyerGaps(w: Workshop): Gap[] {
  const { icp, personas } = w.targetBuyer;
  const gaps: Gap[] = [];
  if (!icp.industries.some((f) => !blank(f.text))) gaps.push({ field: 'icp-industries-new', ...say('icpIndustry') });
  if (personas.length === 0) gaps.push({ field: 'add-persona', ...say('personas') });
  personas.forEach((p, i) => {
    const n = rowRef(i + 1, p.name);
    if (blank(p.name)) gaps.push({ field: `persona-${p.id}-name`, ...say('personaName', { n }) });
    if (blank(p.title)) gaps.push({ field: `persona-${p.id}-title`, ...say('personaTitle', { n }) });
    if (p.buyingRole === null) gaps.push({ field: `persona-${p.id}-role`, ...say('personaRole', { n }) });
  });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function targetBuyerStarted(w: Workshop): boolean {
  const { icp, personas } = w.targetBuyer;
  return personas.length > 0 || ICP_FIELDS.some((f) => icp[f].length > 0);
}
