import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../../workshop/sample';
import { LANGUAGES, type Workshop } from '../../workshop/schema';
import { STEP_IDS } from '../../workshop/steps';
import { buildReportView } from './model';
import { reportStrings } from './strings';
import type { Block, Cell, ReportView, SectionView } from './view';

const AT = '2026-12-03T16:00:00.000Z';
const view = (w: Workshop): ReportView => buildReportView({ workshop: w, generatedAt: AT });
const section = (v: ReportView, id: SectionView['id']) => v.sections.find((s) => s.id === id)!;
const cellText = (c: Cell) => (typeof c === 'string' ? c : c.list ? c.list.join('\n') : c.text);
/** Every word a section prints, flattened, to assert on content without caring about layout. */
function textOf(s: SectionView): string {
  const parts: string[] = [s.title, s.purpose ?? ''];
  const add = (b: Block) => {
    if ('title' in b && b.title) parts.push(b.title);
    if (b.kind === 'paragraphs') parts.push(...b.paragraphs);
    if (b.kind === 'quote') parts.push(b.text, b.note ?? '');
    if (b.kind === 'list') parts.push(...b.items);
    if (b.kind === 'facts') parts.push(...b.items.flatMap((i) => [i.label, i.value]));
    if (b.kind === 'table') parts.push(b.intro ?? '', ...b.table.columns.map((c) => c.label), ...b.table.rows.flat().map(cellText));
    if (b.kind === 'personas')
      parts.push(...b.cards.flatMap((c) => [c.name, c.subtitle, ...c.groups.flatMap((g) => [g.label, ...g.facts.map((f) => f.text)])]));
    if (b.kind === 'diagram' && b.layout)
      parts.push(...b.layout.boxes.flatMap((x) => [...x.nameLines, x.owner]), ...b.layout.edges.map((e) => e.label?.text ?? ''));
  };
  s.blocks.forEach(add);
  return parts.join('\n');
}

describe('workshop report view', () => {
  it('has the ten steps in order, then decisions, action items and the parking lot', () => {
    const v = view(sampleWorkshop(new Date(AT)));
    expect(v.sections.map((s) => s.id)).toEqual([...STEP_IDS, 'decisions', 'actionItems', 'parkingLot']);
    expect(v.sections.slice(0, 10).map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(v.sections.filter((s) => s.landscape).map((s) => s.id)).toEqual(['leadProcess']);
  });

  it('puts client, date, facilitator and every participant on the cover', () => {
    const w = sampleWorkshop(new Date(AT));
    const v = view(w);
    expect(v.cover.map((c) => c.value)).toEqual(expect.arrayContaining(['Northwind Analytics', '3 Dec 2026', 'Ana Ribeiro']));
    expect(v.participants.map((p) => p.name)).toEqual(w.commitment.participants.map((p) => p.name));
  });

  it('shows persona cards with their facts and evidence', () => {
    const w = sampleWorkshop(new Date(AT));
    const personas = section(view(w), 'targetBuyer').blocks.find((b) => b.kind === 'personas');
    expect(personas?.kind).toBe('personas');
    if (personas?.kind !== 'personas') return;
    expect(personas.cards.map((c) => c.name)).toEqual(w.targetBuyer.personas.map((p) => p.name));
    const dana = personas.cards[0]!;
    expect(dana.subtitle).toBe('VP of Data · Vice president · Decision maker');
    expect(dana.groups.find((g) => g.label === 'Pains')?.facts[0]).toEqual({
      text: 'Analysts buried in ad-hoc dashboard requests',
      evidence: 'data',
    });
  });

  it('states the MQL definition in plain words with the threshold and minimum fit', () => {
    const w = sampleWorkshop(new Date(AT));
    w.qualifiedLead.mqlThreshold = 65;
    w.qualifiedLead.minimumFit = 20;
    const text = textOf(section(view(w), 'qualifiedLead'));
    expect(text).toContain(
      'A lead is an MQL when its score (fit plus engagement, minus negative points) reaches 65 points, with at least 20 points from fit',
    );
    expect(text).toContain('Company size (employees) is between 200 and 5,000');
  });

  it('lays the diagram out from the stored positions with rates on the forward edges', () => {
    const w = sampleWorkshop(new Date(AT));
    const diagram = section(view(w), 'leadProcess').blocks.find((b) => b.kind === 'diagram');
    if (diagram?.kind !== 'diagram' || !diagram.layout) throw new Error('no diagram');
    const byId = new Map(diagram.layout.boxes.map((b) => [b.id, b]));
    for (const s of w.leadProcess.stages) expect(byId.get(s.id)).toMatchObject({ x: s.position.x, y: s.position.y });
    const captured = w.leadProcess.stages.find((s) => s.kind === 'capture')!;
    const out = w.leadProcess.transitions.find((t) => t.from === captured.id && t.kind === 'forward')!;
    expect(diagram.layout.edges.find((e) => e.id === out.id)?.label?.text).toBe(`${captured.conversionToNext} %`);
  });

  it('says which tool automates each process piece, and turns a gap into its action item', () => {
    const w = sampleWorkshop(new Date(AT));
    const table = section(view(w), 'technology').blocks[1]!;
    if (table.kind !== 'table') throw new Error('not a table');
    const rows = new Map(table.table.rows.map((r) => [cellText(r[0]!), cellText(r[1]!)]));
    expect(rows.get('Lead scoring')).toBe('HubSpot');
    expect(rows.get('Recycling')).toBe('Manual');
    expect(rows.get('Attribution')).toMatch(/^Gap, action item: Shortlist attribution tools/);
  });

  it('lists decisions by time and action items by due date, with owners by name', () => {
    const w = sampleWorkshop(new Date(AT));
    const v = view(w);
    const actions = section(v, 'actionItems').blocks[0]!;
    if (actions.kind !== 'table') throw new Error('not a table');
    expect(actions.table.rows.map((r) => cellText(r[2]!))).toEqual(['8 Jan 2027', '29 Jan 2027']);
    expect(actions.table.rows.map((r) => cellText(r[1]!))).toEqual(['Tom Becker', 'Tom Becker']);
    const decisions = section(v, 'decisions').blocks[0]!;
    if (decisions.kind !== 'table') throw new Error('not a table');
    expect(decisions.table.rows.map((r) => cellText(r[0]!))).toEqual(
      [...w.facilitation.decisions].sort((a, b) => a.at.localeCompare(b.at)).map((d) => d.text),
    );
  });

  it('marks compliance per period as met, at risk or missed, each commitment in its own period', () => {
    const w = sampleWorkshop(new Date(AT));
    const log = section(view(w), 'feedback').blocks.find((b) => b.kind === 'table' && b.title === 'Compliance log');
    if (log?.kind !== 'table') throw new Error('no compliance log');
    // The sample logs weeks; the last six are shown.
    expect(log.table.columns.map((c) => c.label)).toEqual([
      'Commitment',
      ...['02-15', '02-22', '03-01', '03-08', '03-15', '03-22'].map((d) => `Week of 2027-${d}`),
    ]);
    // First touch is monthly: February's four weeks (85 % of MQLs in time) and March's (88 %) against a 90 % level → at risk, on the week that completes each month.
    const touch = log.table.rows.find((r) => cellText(r[0]!).startsWith('First touch'))!;
    expect(touch.slice(1).map(cellText)).toEqual(['—', '85 % · At risk', '—', '—', '—', '88 % · At risk']);
  });

  it('reports an SLA without a frozen version as not signed', () => {
    const w = sampleWorkshop(new Date(AT));
    w.sla.versions = [];
    expect(textOf(section(view(w), 'sla'))).toContain('No version has been frozen for signature yet.');
  });

  it('prints everything in the workshop language, with Chinese fonts for zh-CN', () => {
    for (const language of LANGUAGES) {
      const w = { ...sampleWorkshop(new Date(AT)), language };
      const v = view(w);
      const s = reportStrings(language);
      expect(v.sections.map((x) => x.title).slice(0, 10)).toEqual(STEP_IDS.map((id) => s.steps[id].title));
      expect(v.hasCjk).toBe(language === 'zh-CN');
    }
    const zh = view({ ...sampleWorkshop(new Date(AT)), language: 'zh-CN' });
    expect(textOf(section(zh, 'qualifiedLead'))).toContain('当线索得分（匹配度 + 参与度 − 扣分）达到 60 分，其中匹配度至少 25 分');
    expect(zh.cover.find((c) => c.label === '研讨会日期')?.value).toBe('2026年12月3日');
  });

  it('names stages and people the room left blank instead of printing nothing', () => {
    const w = sampleWorkshop(new Date(AT));
    w.leadProcess.stages[0]!.name = '';
    w.clientCompany = ' ';
    const v = view(w);
    expect(v.client).toBe('the client company');
    expect(textOf(section(v, 'leadProcess'))).toContain('Unnamed stage');
  });
});

describe('report strings', () => {
  const shape = (o: unknown): unknown =>
    typeof o === 'function'
      ? 'fn'
      : o && typeof o === 'object'
        ? Object.fromEntries(
            Object.entries(o)
              .map(([k, v]) => [k, shape(v)])
              .sort(),
          )
        : typeof o;

  it('has the same keys in every language', () => {
    const en = shape(reportStrings('en'));
    for (const language of LANGUAGES) expect(shape(reportStrings(language)), language).toEqual(en);
  });
});
