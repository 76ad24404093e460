import { describe, expect, it } from 'vitest';
import { parseLeadsCsv } from './csv';
import { starterModel } from './starterModel';
import { scoreBatch } from './batch';
// The same file the e2e test imports through the file input.
import fixture from '../../test/fixtures/sample-leads.csv?raw';

let n = 0;
const model = starterModel(() => `id-${++n}`);
const demoId = model.engagement[0]!.id;

describe('parseLeadsCsv', () => {
  it('maps headers by alias and behaviour name, and reads numbers as people write them', () => {
    const csv = [
      'Full name;Job title;Employees;Revenue;E-mail address;requested A DEMO;Days inactive;Favourite colour',
      'Ana Lima;Director of Sales;1,200;12m;ana@acme.io;2;9;blue',
    ].join('\n');
    const r = parseLeadsCsv(csv, model.engagement);
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual(['Favourite colour']);
    expect(r.leads).toHaveLength(1);
    expect(r.leads[0]).toMatchObject({
      row: 2,
      label: 'Ana Lima',
      lead: {
        title: 'Director of Sales',
        companySize: 1200,
        annualRevenue: 12_000_000,
        email: 'ana@acme.io',
        activities: [{ behaviour: demoId, times: 2, daysAgo: 9 }],
      },
    });
  });

  it('reads when each activity happened from a “(days ago)” column, one age per time', () => {
    const csv = [
      'name,Requested a demo (days ago),Visited the pricing page,Visited the pricing page (days ago),Downloaded content,daysSinceLastActivity',
      'Old demo,365,1,0,2,40',
      'Bad ages,"3; x",,,,',
      'Mismatch,,2,1;2;3,,',
    ].join('\n');
    const r = parseLeadsCsv(csv, model.engagement);
    const [demo, pricing, content] = [model.engagement[0]!.id, model.engagement[1]!.id, model.engagement[3]!.id];
    expect(r.leads.map((l) => l.lead.activities)).toEqual([
      [
        { behaviour: demo, times: 1, daysAgo: 365 },
        { behaviour: pricing, times: 1, daysAgo: 0 },
        { behaviour: content, times: 2, daysAgo: 40 },
      ],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "Row 3, column Requested a demo (days ago): expected days ago as whole numbers of 0 or more, one per time, e.g. 2; 30, got '3; x'.",
      'Row 4, column Visited the pricing page: the count and the days ago listed do not agree (one age per time).',
    ]);
  });

  it('names the row and column of bad data, skips those rows and keeps the good ones', () => {
    const csv = [
      'name,title,companySize,annualRevenue,email,Requested a demo,daysSinceLastActivity',
      'Good One,Director,200,5m,one@acme.io,1,3',
      'Bad Size,Director,big,5m,two@acme.io,1,3',
      '',
      'Bad Two,VP,12.5,lots,three@,-1,2',
      'Short Row,VP,100',
      'Good Two,VP,"1,000",,four@acme.io,,',
    ].join('\n');
    const r = parseLeadsCsv(csv, model.engagement);
    expect(r.leads.map((l) => [l.row, l.label])).toEqual([
      [2, 'Good One'],
      [7, 'Good Two'],
    ]);
    expect(r.skippedRows).toEqual([3, 5, 6]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "Row 3, column companySize: expected a whole number, got 'big'.",
      "Row 5, column companySize: expected a whole number, got '12.5'.",
      "Row 5, column annualRevenue: expected an amount such as 12000000 or 12m, got 'lots'.",
      "Row 5, column email: expected an e-mail address such as name@company.com, got 'three@'.",
      "Row 5, column Requested a demo: expected a whole number of 0 or more, got '-1'.",
      'Row 6: expected 7 columns, found 3.',
    ]);
    expect(r.problems[0]).toMatchObject({ row: 3, column: 'companySize' });
  });

  it('explains a file whose first row names no known column', () => {
    const r = parseLeadsCsv('a,b\n1,2', model.engagement);
    expect(r.leads).toEqual([]);
    expect(r.problems[0]?.message).toMatch(/^Row 1 must name the columns/);
  });

  it('reads the sample fixture without problems and scores it with the starter model', () => {
    const r = parseLeadsCsv(fixture, model.engagement);
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual([]);
    expect(r.leads).toHaveLength(20);
    expect(scoreBatch(model, r.leads).mqls).toBe(11);
    expect(scoreBatch({ ...model, mqlThreshold: 70 }, r.leads).mqls).toBe(7);
  });
});
