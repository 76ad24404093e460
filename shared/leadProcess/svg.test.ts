import { describe, expect, it } from 'vitest';
import type { LeadProcessStep } from '../workshop/steps/leadProcess';
import { patchStage } from './edit';
import { escapeXml, leadProcessToSvg as toSvg, type SvgOptions, type SvgWords } from './svg';
import { defaultTemplate } from './templates';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

// Portuguese words, as a caller's string table gives them: the file speaks its reader's language.
const WORDS: SvgWords = {
  owner: (s) => (s.owner ? { marketing: 'Marketing', sales: 'Vendas', sdr: 'SDR', operations: 'Operações' }[s.owner] : 'Sem responsável'),
  summary: (s) => (s.kind === 'won' ? 'Fim: ganho' : s.kind === 'lost' ? 'Fim: perdido' : `${s.conversionToNext ?? '?'} %`),
  unnamedStage: 'Etapa sem nome',
};
const leadProcessToSvg = (step: LeadProcessStep, o: Partial<SvgOptions> = {}) => toSvg(step, { title: 'Processo', words: WORDS, ...o });

const counter = () => {
  let i = 0;
  return () => `id-${++i}`;
};

/** A small well-formedness check: every tag closes in order, attributes are quoted, entities are known. */
function assertWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    const between = body.slice(last, m.index);
    expect(between, `stray markup before <${m[2]}>`).not.toMatch(/[<>]/);
    expect(between.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(body.startsWith('<svg ')).toBe(true);
}

describe('leadProcessToSvg', () => {
  it('is a standalone, well-formed SVG with a box per stage and the rates as text', () => {
    const step = defaultTemplate(counter());
    const svg = leadProcessToSvg(step, { title: 'Acme — lead process' });
    assertWellFormedXml(svg);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/<rect class="stage"/g)).toHaveLength(step.stages.length);
    for (const s of step.stages) expect(svg).toContain(`>${s.name}</text>`);
    for (const rate of ['90 %', '20 %', '70 %', '50 %', '60 %', '25 %']) expect(svg).toContain(`>${rate}</text>`);
    expect(svg).toContain('>Recycle: not ready to buy</text>');
    expect(svg).toContain('>Lead-quality feedback</text>');
    expect(svg).toContain('<title>Acme — lead process</title>');
  });

  it('draws arrows with markers, recycle and feedback dashed, and owner names next to colours', () => {
    const svg = leadProcessToSvg(defaultTemplate(counter()));
    expect(svg.match(/<path class="transition forward"[^>]*marker-end="url\(#arrow-forward\)"/g)).toHaveLength(7);
    expect(svg).toMatch(/<path class="transition recycle"[^>]*stroke-dasharray/);
    expect(svg).toMatch(/<path class="transition feedback"[^>]*stroke-dasharray/);
    expect(svg).not.toMatch(/<path class="transition forward"[^>]*stroke-dasharray/);
    for (const owner of ['Marketing', 'SDR', 'Vendas']) expect(svg).toContain(`>${owner}</text>`);
  });

  it('escapes text, uses given colours and copes with an empty diagram', () => {
    let step = defaultTemplate(counter());
    step = patchStage(step, step.stages[0]!.id, { name: 'R&D <"x">', owner: null });
    const svg = leadProcessToSvg(step, { colors: { marketing: '#123456' } });
    assertWellFormedXml(svg);
    expect(svg).toContain('R&amp;D &lt;&quot;x&quot;&gt;');
    expect(svg).toContain('>Sem responsável</text>');
    expect(svg).toContain('#123456');
    const empty: LeadProcessStep = { stages: [], transitions: [] };
    assertWellFormedXml(leadProcessToSvg(empty));
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('has a view box around every stage and loop', () => {
    const step = defaultTemplate(counter());
    const [, x, y, w, h] = leadProcessToSvg(step)
      .match(/viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)"/)!
      .map(Number);
    for (const s of step.stages) {
      expect(s.position.x).toBeGreaterThanOrEqual(x!);
      expect(s.position.y).toBeGreaterThanOrEqual(y!);
      expect(s.position.x + NODE_WIDTH).toBeLessThanOrEqual(x! + w!);
      expect(s.position.y + NODE_HEIGHT).toBeLessThanOrEqual(y! + h!);
    }
  });
});
