import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../leadProcess/templates';
import { sampleLeadProcess } from '../../workshop/samples/leadProcess';
import { BOX_W, layoutDiagram, textWidth, wrapLabel } from './diagram';
import { reportStrings } from './strings';

const en = reportStrings('en');

describe('diagram layout for the report', () => {
  it('scales the whole diagram, labels included, into the space the page offers', () => {
    const lp = sampleLeadProcess();
    const layout = layoutDiagram(lp, en, 500, 200)!;
    expect(layout.width).toBeLessThanOrEqual(500 + 1e-9);
    expect(layout.height).toBeLessThanOrEqual(200 + 1e-9);
    // The same aspect ratio as the viewBox: nothing is stretched.
    expect(layout.width / layout.height).toBeCloseTo(layout.viewBox.width / layout.viewBox.height, 6);
    const vb = layout.viewBox;
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(vb.x);
      expect(b.x + BOX_W).toBeLessThanOrEqual(vb.x + vb.width);
    }
    for (const e of layout.edges.filter((x) => x.label)) {
      expect(e.label!.x - e.label!.width / 2).toBeGreaterThanOrEqual(vb.x);
      expect(e.label!.x + e.label!.width / 2).toBeLessThanOrEqual(vb.x + vb.width);
    }
  });

  it('does not blow a small diagram up past print size', () => {
    const lp = sampleLeadProcess();
    lp.stages = lp.stages.slice(0, 2);
    lp.transitions = lp.transitions.filter((t) => lp.stages.some((s) => s.id === t.from) && lp.stages.some((s) => s.id === t.to));
    const layout = layoutDiagram(lp, en, 2000, 2000, 0.9)!;
    expect(layout.width / layout.viewBox.width).toBeCloseTo(0.9, 6);
  });

  it('draws every transition between existing stages, with its kind, and skips dangling ones', () => {
    const lp = defaultTemplate(() => Math.random().toString(36).slice(2));
    lp.transitions.push({ id: 'dangling', from: lp.stages[0]!.id, to: 'gone', kind: 'forward', label: '' });
    const layout = layoutDiagram(lp, en, 700, 300)!;
    expect(layout.edges.map((e) => e.id).sort()).toEqual(
      lp.transitions
        .filter((t) => t.id !== 'dangling')
        .map((t) => t.id)
        .sort(),
    );
    const recycle = layout.edges.find((e) => e.kind === 'recycle')!;
    expect(recycle.dash).not.toBeNull();
    expect(recycle.label?.text).toBeTruthy();
  });

  it('names owners in the report language', () => {
    const layout = layoutDiagram(sampleLeadProcess(), reportStrings('zh-CN'), 700, 300)!;
    expect(layout.boxes.find((b) => b.id === 'lp-mql')?.owner).toBe('市场');
    expect(layout.boxes.find((b) => b.id === 'lp-won')?.summary).toBe('结束：赢单');
  });

  it('has nothing to draw without stages', () => {
    expect(layoutDiagram({ stages: [], transitions: [] }, en, 700, 300)).toBeNull();
  });
});

describe('wrapLabel', () => {
  it('breaks Latin names at spaces and keeps short ones whole', () => {
    expect(wrapLabel('MQL', 17, 130, 2)).toEqual(['MQL']);
    expect(wrapLabel('Sales accepted lead', 17, 140, 2)).toEqual(['Sales accepted', 'lead']);
  });

  it('breaks Chinese between characters, within the width, without losing any', () => {
    const name = '市场合格线索阶段';
    const lines = wrapLabel(name, 17, 90, 2);
    expect(lines.join('')).toBe(name);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(textWidth(l, 17)).toBeLessThanOrEqual(90);
  });

  it('ends with an ellipsis when the name needs more lines than there are', () => {
    const lines = wrapLabel('A very long stage name that goes on and on', 17, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 17)).toBeLessThanOrEqual(80);
  });
});
