import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { ICP_FIELDS } from '../steps/targetBuyer';

const blank = (s: string) => s.trim() === '';

/**
 * What step "targetBuyer" still needs before it can be marked done. Persona fields live in
 * an editor dialog, so their gap ids name a focus target on the card that opens it there.
 */
export function targetBuyerGaps(w: Workshop): Gap[] {
  const { icp, personas } = w.targetBuyer;
  const gaps: Gap[] = [];
  if (!icp.industries.some((f) => !blank(f.text)))
    gaps.push({ field: 'icp-industries-new', message: 'Ideal customer profile: add at least one industry you sell to.' });
  if (personas.length === 0) gaps.push({ field: 'add-persona', message: 'Personas: add at least one persona.' });
  personas.forEach((p, i) => {
    const label = `Persona ${i + 1}${blank(p.name) ? '' : ` (${p.name.trim()})`}`;
    if (blank(p.name)) gaps.push({ field: `persona-${p.id}-name`, message: `${label}: name is required.` });
    if (blank(p.title)) gaps.push({ field: `persona-${p.id}-title`, message: `${label}: job title is required.` });
    if (p.buyingRole === null) gaps.push({ field: `persona-${p.id}-role`, message: `${label}: choose a buying role (decision maker, influencer, user or gatekeeper).` });
  });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function targetBuyerStarted(w: Workshop): boolean {
  const { icp, personas } = w.targetBuyer;
  return personas.length > 0 || ICP_FIELDS.some((f) => icp[f].length > 0);
}
