import { signedSample } from '../sla/testSupport';
import { describe, expect, it } from 'vitest';
import { workshopSchema } from './schema';
import { newWorkshop, duplicateWorkshop } from './factory';
import { sampleWorkshop } from './sample';

describe('workshop schema', () => {
  it('accepts a new workshop and the sample', () => {
    expect(workshopSchema.safeParse(newWorkshop()).success).toBe(true);
    expect(workshopSchema.safeParse(sampleWorkshop()).success).toBe(true);
  });

  it('names the field and what is allowed when a value is wrong', () => {
    const w = sampleWorkshop() as unknown as { sla: { commitments: { target: unknown }[] }; goals: { currency: string } };
    w.sla.commitments[0]!.target = -5;
    w.goals.currency = 'euro';
    const r = workshopSchema.safeParse(w);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('sla.commitments.0.target');
    expect(paths).toContain('goals.currency');
    expect(r.error!.issues.find((i) => i.path.join('.') === 'goals.currency')!.message).toMatch(/three-letter ISO currency code/);
  });

  it('refuses a wrong schemaVersion and an unknown team', () => {
    const w = sampleWorkshop() as unknown as Record<string, unknown> & { commitment: { participants: { team: string }[] } };
    w.commitment.participants[0]!.team = 'finance';
    expect(workshopSchema.safeParse(w).success).toBe(false);
    expect(workshopSchema.safeParse({ ...sampleWorkshop(), schemaVersion: 99 }).success).toBe(false);
  });

  it('duplicates with a new identity and without the original signatures', () => {
    const src = signedSample(['p-maya']);
    const copy = duplicateWorkshop(src, '(copy)');
    expect(copy.id).not.toBe(src.id);
    expect(copy.title).toBe(`${src.title} (copy)`);
    expect(copy.sla.versions).toEqual([]);
    expect(copy.sla.audit).toEqual([]);
    expect(copy.sla.seals).toEqual([]);
    expect(copy.commitment).toEqual(src.commitment);
    expect(workshopSchema.safeParse(copy).success).toBe(true);
  });
});
