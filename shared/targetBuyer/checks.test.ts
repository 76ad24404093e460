import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../workshop/factory';
import { sampleWorkshop } from '../workshop/sample';
import { stepGaps, stepStatus } from '../workshop/gaps';
import { workshopSchema } from '../workshop/schema';
import { newPersona } from './persona';

describe('step 3 checks', () => {
  it('the sample is a valid workshop and its target buyer can be marked done', () => {
    const w = sampleWorkshop();
    expect(workshopSchema.safeParse(w).success).toBe(true);
    expect(stepGaps(w, 'targetBuyer')).toEqual([]);
  });

  it('an empty step asks for an industry and a persona', () => {
    expect(stepGaps(newWorkshop(), 'targetBuyer')).toEqual([
      { field: 'icp-industries-new', code: 'icpIndustry' },
      { field: 'add-persona', code: 'personas' },
    ]);
  });

  it('each persona needs a name, a title and a buying role; a blank industry does not count', () => {
    const w = sampleWorkshop();
    w.targetBuyer.icp.industries = [{ id: 'i', text: ' ', evidence: 'customerData' }];
    const p = newPersona({ id: 'p-new' });
    w.targetBuyer.personas.push(p);
    w.targetBuyer.personas[0]!.title = '';
    expect(stepGaps(w, 'targetBuyer')).toEqual([
      { field: 'icp-industries-new', code: 'icpIndustry' },
      {
        field: 'persona-persona-dana-title',
        code: 'personaTitle',
        values: { n: { code: 'named', values: { n: 1, name: 'Data-driven Dana' } } },
      },
      { field: 'persona-p-new-name', code: 'personaName', values: { n: 4 } },
      { field: 'persona-p-new-title', code: 'personaTitle', values: { n: 4 } },
      { field: 'persona-p-new-role', code: 'personaRole', values: { n: 4 } },
    ]);
  });

  it('is in progress once there is any profile fact or persona', () => {
    const w = newWorkshop();
    expect(stepStatus(w, 'targetBuyer')).toBe('notStarted');
    w.targetBuyer.icp.regions.push({ id: 'r', text: 'EU', evidence: 'assumption' });
    expect(stepStatus(w, 'targetBuyer')).toBe('inProgress');
    const v = newWorkshop();
    v.targetBuyer.personas.push(newPersona());
    expect(stepStatus(v, 'targetBuyer')).toBe('inProgress');
  });
});
