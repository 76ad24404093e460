import { describe, expect, it } from 'vitest';
import { defaultQualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { sampleQualifiedLead } from '../workshop/samples/qualifiedLead';
import { mqlDefinitionText } from './definition';
import { starterModel } from './starterModel';

describe('mqlDefinitionText', () => {
  it('says the Northwind model in plain sentences, one paragraph per part', () => {
    const text = mqlDefinitionText(sampleQualifiedLead());
    const [rule, fit, engagement, vetoes, penalties, sql] = text.split('\n\n');
    expect(rule).toBe(
      'A marketing-qualified lead (MQL) is a lead that scores at least 60 points, with at least 25 from fit, and at least 15 from engagement, and is not disqualified. Its score is fit plus engagement, minus negative points.',
    );
    expect(fit).toContain(
      'Fit (who the lead is): industry is one of Software, Financial services, Retail, Logistics (+15); company size (employees) is between 200 and 5,000 (+10);',
    );
    expect(fit).toContain('region is “EMEA” (+5).');
    expect(engagement).toContain('Engagement (what the lead does): requested a demo (+30 each time, at most 30 per month);');
    expect(engagement).toContain("Each activity's points halve every 30 days from the day it happened.");
    expect(vetoes).toMatch(
      /^Leads are disqualified, whatever their score, when e-mail domain is one of contoso\.example, fabrikam\.example \(a competitor\); or when title is one of Student, Graduate student, .* \(a student\); or when e-mail domain is one of gmail\.com, .* \(a free e-mail address\)\.$/,
    );
    expect(penalties).toBe('Points are subtracted when title has the word “intern” (−15).');
    expect(sql).toMatch(
      /^A sales-qualified lead \(SQL\) is an MQL for which all of these are confirmed: Budget — .* \(verified by an SDR\); .*Timing — A decision planned within the next two quarters \(verified by sales\)\.$/,
    );
  });

  it('leaves out rows still being typed and parts the model does not have', () => {
    const starter = starterModel();
    const text = mqlDefinitionText({ ...starter, minimumFit: null, minimumEngagement: null, decay: { kind: 'none' }, sqlCriteria: [] });
    expect(text).toMatch(/^A marketing-qualified lead \(MQL\) is a lead that scores at least 60 points, and is not disqualified\./);
    expect(text).not.toContain('a competitor'); // its domain list is still empty
    expect(text).not.toContain('halve');
    expect(text).not.toContain('sales-qualified');
    expect(mqlDefinitionText({ ...defaultQualifiedLeadStep(), decay: { kind: 'none' } })).toBe(
      'A marketing-qualified lead (MQL) is a lead that scores at least 60 points. Its score is fit plus engagement, minus negative points.\n\nFit: no fit criteria yet.\n\nEngagement: no engagement criteria yet.',
    );
  });
});
