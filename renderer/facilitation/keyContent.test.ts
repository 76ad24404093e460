import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { newWorkshop } from '../../shared/workshop/factory';
import { STEP_IDS } from '../../shared/workshop/stepIds';
import { keyContent } from './keyContent';

// A translator that shows the key and its values, so the test reads what each line carries.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction<'facilitation'>;

describe('presenter key content', () => {
  it('shows the room its own words for each step of the sample, at most five lines', () => {
    const w = sampleWorkshop();
    const c = (step: (typeof STEP_IDS)[number]) => keyContent(w, step, t);
    expect(c('commitment').quote).toBe(w.commitment.commitmentStatement.trim());
    expect(c('commitment').lines[0]).toContain('"names":"Maya Chen, Diego Alvarez');
    expect(c('leadProcess').lines[0]).toMatch(/^Captured → Nurture → MQL/);
    expect(c('targetBuyer').lines).toContain('Data-driven Dana — VP of Data');
    for (const step of STEP_IDS) expect(c(step).lines.length).toBeLessThanOrEqual(5);
  });

  it('shows nothing made up for a new workshop: no empty lines, no participants or goals yet', () => {
    const w = newWorkshop({ clientCompany: 'Acme' });
    for (const step of STEP_IDS) expect(keyContent(w, step, t).lines.every((l) => l.trim().length > 0)).toBe(true);
    expect(keyContent(w, 'commitment', t).lines).toEqual([]);
    expect(keyContent(w, 'goals', t).lines).toEqual([]);
    expect(keyContent({ ...w, commitment: { ...w.commitment, commitmentStatement: '  ' } }, 'commitment', t).quote).toBeUndefined();
  });
});
