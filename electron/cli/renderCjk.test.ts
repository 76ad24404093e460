import { renderToBuffer } from '@react-pdf/renderer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { slaContentHash } from '../../shared/sla/content';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import { nodeFontSources } from './nodeFonts';
import { pdfFonts, pdfText, squash, textExtent } from './pdfText';

/** The document as Node renders it for the CLI, with Chinese content: nothing may be lost or clipped. */
const LONG_NOTE =
  '按照第五步确定的评分模型计分，阈值为六十分；市场部每周一向销售部提交上周的线索明细，包括来源渠道、行为记录和评分构成。' +
  '如果连续两周未达到承诺数量，双方在周例会上共同分析原因（例如活动延期、预算调整或定义变化），并记录改进措施与负责人。';

function chineseWorkshop(): Workshop {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.language = 'zh-CN';
  w.clientCompany = '北风数据分析有限公司';
  w.title = '销售与市场协同工作坊';
  const maya = w.commitment.participants.find((p) => p.id === 'p-maya')!;
  const diego = w.commitment.participants.find((p) => p.id === 'p-diego')!;
  Object.assign(maya, { name: '陈美雅', role: '市场副总裁' });
  Object.assign(diego, { name: '王志强', role: '销售总监' });
  w.sla.commitments[0]!.note = LONG_NOTE;
  w.sla.commitments[2]!.note = '按里斯本工作时间计算，周末和公共假日不计入。';
  w.sla.commitments[4]!.note = LONG_NOTE.slice(0, 120);
  return w;
}

const dir = mkdtempSync(join(tmpdir(), 'accord-cjk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SLA document in Chinese', () => {
  it('keeps every Chinese character, wrapped without hyphens', { timeout: 60_000 }, async () => {
    registerPdfFonts(nodeFontSources());
    const w = chineseWorkshop();
    const contentHash = await slaContentHash(w);
    const file = join(dir, 'sla-zh.pdf');
    writeFileSync(file, await renderToBuffer(SlaDocument({ workshop: w, generatedAt: '2026-12-03T12:00:00Z' })));

    const text = squash(pdfText(file));
    for (const expected of [
      w.clientCompany,
      w.title,
      '陈美雅',
      '市场副总裁',
      '王志强',
      '销售总监',
      ...w.sla.commitments.map((c) => c.note),
    ]) {
      expect(text).toContain(squash(expected));
    }
    expect(text).toContain(contentHash);
    // Unbroken Chinese lines would run past the right margin (56 pt) and off the page.
    const { maxX, pageWidth } = textExtent(file);
    expect(maxX).toBeLessThanOrEqual(pageWidth - 56 + 0.5);
    expect(pdfFonts(file).map(([name, embedded]) => [name.replace(/^[A-Z]+\+/, ''), embedded])).toEqual(
      expect.arrayContaining([
        ['NotoSansSC-Regular', true],
        ['Inter-Regular', true],
      ]),
    );
  });
});
