import { describe, expect, it } from 'vitest';
import { sampleTargetBuyer } from '../workshop/samples/targetBuyer';
import { duplicatePersona, evidenceCounts, icpFacts, initials, moved, newPersona, personaFacts } from './persona';

describe('personas', () => {
  const dana = sampleTargetBuyer().personas[0]!;

  it('a duplicate is a separate persona: new ids everywhere, same facts, “(copy)” in the name', () => {
    const copy = duplicatePersona(dana);
    expect(copy.name).toBe('Data-driven Dana (copy)');
    expect(copy.id).not.toBe(dana.id);
    expect(personaFacts(copy).map((f) => f.text)).toEqual(personaFacts(dana).map((f) => f.text));
    const originalIds = new Set(personaFacts(dana).map((f) => f.id));
    expect(personaFacts(copy).some((f) => originalIds.has(f.id))).toBe(false);
  });

  it('a new persona has no guessed seniority or buying role', () => {
    expect(newPersona()).toMatchObject({ name: '', seniority: null, buyingRole: null });
  });

  it.each([
    ['Data-driven Dana', 'DD'],
    ['Ops Oliver', 'OO'],
    ['Oliver', 'O'],
    ['  ', '?'],
    ['Ana Maria da Silva', 'AS'],
  ])('initials of “%s” are %s', (name, expected) => expect(initials(name)).toBe(expected));

  it('moves an item and ignores moves past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('counts how much of the profile rests on assumptions, ignoring blank facts', () => {
    const icp = sampleTargetBuyer().icp;
    expect(evidenceCounts(icpFacts(icp))).toEqual({ total: 12, customerData: 7, salesFeedback: 3, assumption: 2 });
    expect(evidenceCounts([{ id: 'x', text: ' ', evidence: 'assumption' }]).total).toBe(0);
  });
});
