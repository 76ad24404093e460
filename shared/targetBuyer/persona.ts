import { newId } from '../workshop/factory';
import { ICP_FIELDS, PERSONA_FACT_FIELDS, type Fact, type Icp, type Persona } from '../workshop/steps/targetBuyer';

export function newPersona(partial: Partial<Persona> = {}, makeId = newId): Persona {
  return {
    id: makeId(),
    name: '',
    title: '',
    seniority: null,
    buyingRole: null,
    goals: [],
    pains: [],
    objections: [],
    buyingTriggers: [],
    informationSources: [],
    ...partial,
  };
}

/** A copy with fresh ids everywhere, so editing the copy never touches the original's facts. */
export function duplicatePersona(p: Persona, makeId = newId): Persona {
  const facts = (list: Fact[]) => list.map((f) => ({ ...f, id: makeId() }));
  return {
    ...p,
    id: makeId(),
    name: `${p.name.trim() || 'Persona'} (copy)`.slice(0, 120),
    goals: facts(p.goals),
    pains: facts(p.pains),
    objections: facts(p.objections),
    buyingTriggers: facts(p.buyingTriggers),
    informationSources: facts(p.informationSources),
  };
}

/** Up to two initials for the avatar: "Data-driven Dana" → "DD", "Oliver" → "O". */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (first.charAt(0) + last.charAt(0)).toUpperCase();
}

/** The list with one item moved; out-of-range moves leave it as it was. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export const icpFacts = (icp: Icp): Fact[] => ICP_FIELDS.flatMap((f) => icp[f]);
export const personaFacts = (p: Persona): Fact[] => PERSONA_FACT_FIELDS.flatMap((f) => p[f]);

export interface EvidenceCounts {
  total: number;
  customerData: number;
  salesFeedback: number;
  assumption: number;
}

/** How much of a picture rests on data, on sales' anecdotes, and on belief. Blank facts do not count. */
export function evidenceCounts(facts: readonly Fact[]): EvidenceCounts {
  const counts: EvidenceCounts = { total: 0, customerData: 0, salesFeedback: 0, assumption: 0 };
  for (const f of facts) {
    if (f.text.trim() === '') continue;
    counts.total++;
    counts[f.evidence]++;
  }
  return counts;
}
