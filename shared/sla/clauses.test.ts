import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { acknowledgedClause, clauseViews, editedClause, generateClauses, putClause, regeneratedClause } from './clauses';
import { describeCommitment } from './commitmentText';

const clause = (w: ReturnType<typeof sampleWorkshop>, kind: string) => clauseViews(w).find((c) => c.kind === kind)!;

describe('generated SLA clauses', () => {
  it('quote the workshop: definitions from step 5, commitments, hand-off from step 6, metrics from step 8', () => {
    const w = sampleWorkshop();
    const text = Object.fromEntries(generateClauses(w).map((c) => [c.kind, c.text]));
    expect(text.parties).toContain('Marketing is represented by Maya Chen (VP Marketing).');
    expect(text.parties).toContain('Grace Okafor (Chief Revenue Officer) signs as executive witness.');
    expect(text.definitions).toContain('Scoring threshold: 60 points');
    expect(text.definitions).toMatch(/^MQL \(marketing-qualified lead\): a lead that scores at least 60 points/);
    expect(text.definitions).toContain('within 24 hours');
    for (const c of w.sla.commitments) expect(text[`${c.party}Commitments`]).toContain(describeCommitment(c).what);
    expect(text.salesCommitments).toContain('Wrong company profile (outside the ideal customer profile)');
    expect(text.handOff).toContain('routed by territory');
    expect(text.handOff).toContain('6 attempts over 10 days');
    expect(text.metrics).toContain('reported monthly');
    expect(text.review).toContain('every week');
    expect(text.review).toContain('Tom Becker (Revenue Operations) first');
    expect(text.term).toContain('January 4, 2027');
  });

  it('follow the data until edited; an edit warns "source changed" when its data changes, until regenerated or kept', () => {
    const w = sampleWorkshop();
    const before = clause(w, 'term').text;
    w.sla.termMonths = 6;
    expect(clause(w, 'term')).toMatchObject({ edited: false, sourceChanged: false });
    expect(clause(w, 'term').effectiveText).not.toBe(before);

    putClause(w, editedClause(w, 'term', 'Starts in January for six months.'));
    expect(clause(w, 'term')).toMatchObject({ edited: true, sourceChanged: false, effectiveText: 'Starts in January for six months.' });
    w.commitment.place = 'Elsewhere'; // not quoted by the term clause
    expect(clause(w, 'term').sourceChanged).toBe(false);
    w.sla.effectiveDate = '2027-02-01';
    expect(clause(w, 'term').sourceChanged).toBe(true);
    putClause(w, editedClause(w, 'term', 'Starts in February for six months.'));
    expect(clause(w, 'term').sourceChanged).toBe(true); // typing more does not hide the warning

    putClause(w, acknowledgedClause(w, 'term'));
    expect(clause(w, 'term')).toMatchObject({ edited: true, sourceChanged: false, effectiveText: 'Starts in February for six months.' });
    w.sla.termMonths = 3;
    putClause(w, regeneratedClause(w, 'term'));
    expect(clause(w, 'term')).toMatchObject({ edited: false, sourceChanged: false });
    expect(clause(w, 'term').effectiveText).toContain('February 1, 2027');
  });

  it('treats an edit back to the generated text as no edit', () => {
    const w = sampleWorkshop();
    putClause(w, editedClause(w, 'amendments', clause(w, 'amendments').text));
    expect(clause(w, 'amendments').edited).toBe(false);
  });

  it('keeps the sample’s reworded purpose without a warning', () => {
    expect(clause(sampleWorkshop(), 'purpose')).toMatchObject({ edited: true, sourceChanged: false });
  });
});

describe('clauses in the workshop’s language', () => {
  it('writes a Chinese workshop’s clauses and commitment rows in Chinese, quoting the data as typed', () => {
    const w = sampleWorkshop();
    w.language = 'zh-CN';
    w.sla.clauses = [];
    const text = Object.fromEntries(generateClauses(w).map((c) => [c.kind, c]));
    expect(text.definitions!.title).toBe('定义');
    expect(text.definitions!.text).toContain('评分阈值：60 分，匹配度至少 25 分。');
    expect(text.marketingCommitments!.text).toContain('（1）每月交付 180 条市场合格线索（MQL）（Scored with the step-5 model; threshold 60 points）。');
    expect(text.term!.text).toContain('2027年1月4日');
    expect(text.handOff!.text).toContain('10 天内 6 次尝试');
  });

  it.each([
    ['pt-BR', 'Definições', 'Entregar 180 leads qualificados por marketing por mês'],
    ['es', 'Definiciones', 'Entregar 180 leads cualificados por marketing por mes'],
  ] as const)('writes %s clauses in that language', (language, title, row) => {
    const w = sampleWorkshop();
    w.language = language;
    const clauses = generateClauses(w);
    expect(clauses.find((c) => c.kind === 'definitions')!.title).toBe(title);
    expect(clauses.find((c) => c.kind === 'marketingCommitments')!.text).toContain(row);
  });

  it('words a weekly delivery rhythm exactly, in every language', () => {
    const c = { party: 'marketing', kind: 'mqlVolume', target: 50, withinDays: null, period: 'week', note: '', rhythm: { day: 'monday', response: { action: 'qualify', by: 'wednesday', report: 'mqlToSqlRate' } } } as const;
    expect(describeCommitment(c).what).toBe('Deliver 50 marketing-qualified leads every Monday; sales qualifies them by Wednesday and reports the MQL→SQL rate');
    expect(describeCommitment(c, 'zh-CN').what).toBe('每周一交付 50 条市场合格线索（MQL）；销售部于周三前完成资格审核并报告 MQL→SQL 转化率');
    expect(describeCommitment(c, 'pt-BR').what).toBe('Entregar 50 leads qualificados por marketing toda segunda-feira; vendas os qualifica até quarta-feira e informa a taxa MQL→SQL');
    expect(describeCommitment(c, 'es').what).toBe('Entregar 50 leads cualificados por marketing cada lunes; ventas los cualifica antes del miércoles e informa de la tasa MQL→SQL');
    // Without a response, only the delivery day; a monthly row ignores a stray rhythm.
    expect(describeCommitment({ ...c, rhythm: { day: 'friday', response: null } }).what).toBe('Deliver 50 marketing-qualified leads every Friday');
    expect(describeCommitment({ ...c, period: 'month' }).what).toBe('Deliver 50 marketing-qualified leads per month');
  });
});
