import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { performance } from 'node:perf_hooks';
import { nodeFontSources } from '../../electron/cli/nodeFonts';
import { FONT_CJK, FONT_LATIN, registerPdfFonts, SlaDocument } from '../../shared/documents';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { renderReport } from '../../shared/documents/renderReport';

/**
 * Child process of the PDF bench: renders one kind of document in Node with @react-pdf,
 * first cold (fresh process: module init, fonts, layout engine) then `warm` more times, and
 * prints the times as JSON. Run as `tsx test/bench/pdfNode.tsx <hello|cjk4|sla> <warm>`.
 * - hello: the one-page "hello" of docs/performance.md (built-in Helvetica, no font files);
 * - cjk4: docs/performance.md's 4 pages of English + Chinese with a 30-row table in Noto Sans SC;
 * - sla: the app's SlaDocument of the sample workshop, with the app's fonts;
 * - report: the workshop report of the sample (both passes: contents page numbers, then the PDF).
 */
const hello = () => (
  <Document>
    <Page size="A4">
      <Text>hello</Text>
    </Page>
  </Document>
);

const PARA_EN = 'Marketing delivers qualified leads every week; sales follows up within one business day and reports back. ';
const PARA_ZH = '市场部每周交付合格的销售线索；销售部在一个工作日内跟进并反馈结果。双方每月复盘服务水平协议。';
const cjk4 = () => (
  <Document>
    {[0, 1, 2, 3].map((p) => (
      <Page key={p} size="A4" style={{ padding: 40, fontFamily: [FONT_LATIN, FONT_CJK], fontSize: 11 }}>
        <Text style={{ fontSize: 18, fontWeight: 700 }}>
          Page {p + 1} — 第{p + 1}页
        </Text>
        <Text>{PARA_EN.repeat(4)}</Text>
        <Text>{PARA_ZH.repeat(3)}</Text>
        {p === 1 &&
          Array.from({ length: 30 }, (_, r) => (
            <View key={r} style={{ flexDirection: 'row', borderBottom: '1pt solid #ccc' }}>
              <Text style={{ width: '30%' }}>Row {r + 1}</Text>
              <Text style={{ width: '40%' }}>线索 {r * 7}</Text>
              <Text style={{ width: '30%' }}>{(r * 13.5).toFixed(1)} %</Text>
            </View>
          ))}
      </Page>
    ))}
  </Document>
);

async function main() {
  const [kind = 'hello', warmArg = '8'] = process.argv.slice(2);
  let make: (() => Promise<React.ReactElement>) | undefined;
  if (kind === 'hello') make = async () => hello();
  else if (kind === 'cjk4') {
    registerPdfFonts(nodeFontSources());
    make = async () => cjk4();
  } else if (kind === 'sla') {
    registerPdfFonts(nodeFontSources());
    const workshop = sampleWorkshop(new Date('2026-11-20T10:00:00Z'));
    make = async () => SlaDocument({ workshop, generatedAt: new Date().toISOString() });
  } else if (kind === 'report') {
    registerPdfFonts(nodeFontSources());
  } else throw new Error(`unknown document ${kind}`);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= Number(warmArg); i++) {
    const t0 = performance.now();
    const buf =
      kind === 'report'
        ? await renderReport({ workshop: sampleWorkshop(new Date('2026-11-20T10:00:00Z')), generatedAt: new Date().toISOString() }, (d) =>
            renderToBuffer(d),
          )
        : await renderToBuffer((await make!()) as Parameters<typeof renderToBuffer>[0]);
    times.push(performance.now() - t0);
    bytes = buf.length;
  }
  process.stdout.write(`${JSON.stringify({ cold: times[0], warm: times.slice(1), bytes })}\n`);
}

await main();
