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
    // The optional witness is named, never said to sign (she may not).
    expect(text.parties).toContain('Grace Okafor (Chief Revenue Officer) is named as executive witness; a witness signature is optional');
    expect(text.definitions).toContain('Scoring threshold: 60 points');
    expect(text.definitions).toMatch(/^MQL \(marketing-qualified lead\): a lead that scores at least 60 points/);
    expect(text.definitions).toContain('within 24 hours');
    for (const c of w.sla.commitments) expect(text[`${c.party}Commitments`]).toContain(describeCommitment(c, 'en', w.sla.commitments).what);
    // Sales' part of the Monday delivery is sales' own commitment, not hidden in marketing's row.
    expect(text.salesCommitments).toContain(
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week',
    );
    expect(text.salesCommitments).not.toContain('Sales has no commitments yet');
    expect(text.salesCommitments).toContain('Wrong company profile (outside the ideal customer profile)');
    expect(text.handOff).toContain('routed by territory');
    expect(text.handOff).toContain('6 attempts over 10 days');
    // Every metric, never the first 12: a long scoreboard is the table printed with this clause.
    expect(text.metrics).toContain(`scoreboard of ${w.metrics.metrics.length} metrics`);
    expect(text.definitions).toContain('with at least 25 points from fit and 15 from engagement');
    expect(text.review).toContain('every week');
    expect(text.review).toContain('Tom Becker (Revenue Operations) first');
    expect(text.term).toContain('4 Jan 2027');
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
    expect(clause(w, 'term').effectiveText).toContain('1 Feb 2027');
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

describe('clauses that read as a person wrote them', () => {
  /** What a facilitator typed in a real walk: fragments, capitalised, as the room said them. */
  function typedAsInTheRoom(language: 'en' | 'es') {
    const w = sampleWorkshop();
    w.language = language;
    w.sla.clauses = [];
    w.handOff.triggerConditions = ['Uses a business e-mail address', 'Company is in the EU or North America', 'Not an existing customer'];
    w.handOff.reentryRule = 'After 90 days in nurture, or earlier if they re-engage';
    const firstTouch = w.sla.commitments.find((c) => c.kind === 'firstTouch')!;
    firstTouch.note = 'Counted in working days';
    return Object.fromEntries(generateClauses(w).map((c) => [c.kind, c.text]));
  }

  it('lists commitments, conditions and reasons instead of gluing them, and introduces the room’s rule (en)', () => {
    const text = typedAsInTheRoom('en');
    expect(text.marketingCommitments).toMatch(/^Marketing commits to the following:\n\(1\) Deliver 155 /);
    expect(text.salesCommitments).toMatch(/^Sales commits to the following:\n/);
    expect(text.salesCommitments).toContain('at risk between 80 % and 90 % of MQLs; missed below 80 %. Counted in working days.');
    expect(text.salesCommitments).not.toContain('(Counted');
    expect(text.handOff).toContain(
      'A lead is handed over to sales when it reaches 60 points and meets each of these conditions:\n• Uses a business e-mail address\n• Company is in the EU or North America\n• Not an existing customer\n',
    );
    expect(text.handOff).not.toContain('; and ');
    expect(text.handOff).toContain(
      'Sales receives it together with the activity history, the content consumed, the score breakdown and the persona match. Sales follows it up with 6 attempts over 10 days.',
    );
    expect(text.handOff).toMatch(
      /\nHow a recycled lead returns to sales, in the teams’ own words: “After 90 days in nurture, or earlier if they re-engage\.”$/,
    );
  });

  it('does the same in Spanish', () => {
    const text = typedAsInTheRoom('es');
    expect(text.marketingCommitments).toMatch(/^Marketing asume los siguientes compromisos:\n\(1\) Entregar 155 /);
    expect(text.salesCommitments).toContain('. Counted in working days.');
    expect(text.handOff).toContain(
      'Un lead se traspasa a ventas cuando alcanza 60 puntos y cumple cada una de estas condiciones:\n• Uses a business e-mail address\n• Company is in the EU or North America\n• Not an existing customer\n',
    );
    expect(text.handOff).not.toContain('; y ');
    expect(text.handOff).toMatch(
      /\nCómo vuelve a ventas un lead reciclado, en palabras de los propios equipos: «After 90 days in nurture, or earlier if they re-engage»\.$/,
    );
  });
});

describe('clauses in the workshop’s language', () => {
  it('writes a Chinese workshop’s clauses and commitment rows in Chinese, quoting the data as typed', () => {
    const w = sampleWorkshop();
    w.language = 'zh-CN';
    w.sla.clauses = [];
    const text = Object.fromEntries(generateClauses(w).map((c) => [c.kind, c]));
    expect(text.definitions!.title).toBe('定义');
    expect(text.definitions!.text).toContain('评分阈值：60 分，匹配度至少 25 分，参与度至少 15 分。');
    expect(text.marketingCommitments!.text).toContain(
      '（1）每月交付 155 条市场合格线索（MQL）；达到目标的 90% 至 100% 之间为有风险，低于 90% 为未达成（Scored with the step-5 model; from the calculator (appendix A)）。',
    );
    expect(text.term!.text).toContain('2027年1月4日');
    expect(text.handOff!.text).toContain('销售在 10 天内进行 6 次跟进尝试。');
  });

  it.each([
    [
      'pt-BR',
      'Definições',
      'Entregar 155 leads qualificados por marketing por mês; em risco entre 90 % e 100 % da meta; não cumprido abaixo de 90 %',
    ],
    [
      'es',
      'Definiciones',
      'Entregar 155 leads cualificados por marketing por mes; en riesgo entre el 90 % y el 100 % de la meta; incumplido por debajo del 90 %',
    ],
  ] as const)('writes %s clauses in that language', (language, title, row) => {
    const w = sampleWorkshop();
    w.language = language;
    const clauses = generateClauses(w);
    expect(clauses.find((c) => c.kind === 'definitions')!.title).toBe(title);
    expect(clauses.find((c) => c.kind === 'marketingCommitments')!.text).toContain(row);
  });

  it('words a weekly delivery and the sales commitment that answers it, in every language', () => {
    const w = sampleWorkshop();
    const [delivery, answer] = ['c-weekly', 'c-qualify'].map((id) => w.sla.commitments.find((c) => c.id === id)!);
    const words = (language: 'en' | 'zh-CN' | 'pt-BR' | 'es') =>
      [delivery, answer].map((c) => describeCommitment(c!, language, w.sla.commitments).what);
    expect(words('en')).toEqual([
      'Deliver 36 marketing-qualified leads every Monday; at risk between 90 % and 100 % of target; missed below 90 %',
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week; at risk between 80 % and 90 % of MQLs; missed below 80 %',
    ]);
    expect(words('zh-CN')).toEqual([
      '每周一交付 36 条市场合格线索（MQL）；达到目标的 90% 至 100% 之间为有风险，低于 90% 为未达成',
      '周一交付的 MQL：每周至少 90% 的 MQL 于交付当周周三前完成资格审核；80% 至 90% 的 MQL 之间为有风险，低于 80% 为未达成',
    ]);
    expect(words('pt-BR')).toEqual([
      'Entregar 36 leads qualificados por marketing toda segunda-feira; em risco entre 90 % e 100 % da meta; não cumprido abaixo de 90 %',
      'Qualificar cada MQL entregue na segunda-feira até a quarta-feira da semana de entrega para pelo menos 90 % dos MQLs a cada semana; em risco entre 80 % e 90 % dos MQLs; não cumprido abaixo de 80 %',
    ]);
    expect(words('es')).toEqual([
      'Entregar 36 leads cualificados por marketing cada lunes; en riesgo entre el 90 % y el 100 % de la meta; incumplido por debajo del 90 %',
      'Cualificar cada MQL entregado el lunes antes del miércoles de la semana de entrega para al menos el 90 % de los MQL cada semana; en riesgo entre el 80 % y el 90 % de los MQL; incumplido por debajo del 80 %',
    ]);
    // A monthly row ignores a stray delivery day.
    expect(describeCommitment({ ...delivery!, period: 'month' }).what).toBe(
      'Deliver 36 marketing-qualified leads per month; at risk between 90 % and 100 % of target; missed below 90 %',
    );
  });

  it('words a row of a version signed before levels exactly as it was signed, in every language', () => {
    const c = {
      party: 'marketing',
      kind: 'mqlVolume',
      target: 50,
      withinDays: null,
      period: 'week',
      note: '',
      rhythm: { day: 'monday', response: { action: 'qualify', by: 'wednesday', report: 'mqlToSqlRate' } },
    } as const;
    expect(describeCommitment(c).what).toBe(
      'Deliver 50 marketing-qualified leads every Monday; sales qualifies them by Wednesday and reports the MQL→SQL rate',
    );
    expect(describeCommitment(c, 'zh-CN').what).toBe(
      '每周一交付 50 条市场合格线索（MQL）；销售部于周三前完成资格审核并报告 MQL→SQL 转化率',
    );
    expect(describeCommitment(c, 'pt-BR').what).toBe(
      'Entregar 50 leads qualificados por marketing toda segunda-feira; vendas os qualifica até quarta-feira e informa a taxa MQL→SQL',
    );
    expect(describeCommitment(c, 'es').what).toBe(
      'Entregar 50 leads cualificados por marketing cada lunes; ventas los cualifica antes del miércoles e informa de la tasa MQL→SQL',
    );
    expect(describeCommitment({ ...c, rhythm: { day: 'friday', response: null } }).what).toBe(
      'Deliver 50 marketing-qualified leads every Friday',
    );
    expect(
      describeCommitment({ party: 'sales', kind: 'firstTouch', target: 24, withinDays: null, period: 'month', note: '' }),
    ).toMatchObject({ what: 'First touch on every MQL within 24 hours', met: '—', atRisk: '—' });
  });
});
