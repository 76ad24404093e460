import { useEffect } from 'react';
import type { Workshop } from '../../shared/workshop/schema';

/**
 * shared/documents/fonts.ts containsCjk's test, restated: that module loads react-pdf, which must
 * not become part of the step's code. Warming the wrong fonts only costs the export the parse.
 */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;

/**
 * Warms the SLA export when the step opens, once the page is idle (so the step paints first):
 * the first export after opening the step then skips loading the PDF engine, fonts and key.
 * The engine itself is loaded on demand, never with the step.
 */
export function useWarmSlaExport(w: Pick<Workshop, 'language' | 'title' | 'clientCompany' | 'facilitator'>): void {
  const cjk = w.language === 'zh-CN' || CJK.test(`${w.title} ${w.clientCompany} ${w.facilitator}`);
  useEffect(() => {
    let cancelled = false;
    const warm = () => {
      if (!cancelled) void import('./pdfClient').then(({ warmSlaExport }) => warmSlaExport(cjk));
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 1000 });
      return () => {
        cancelled = true;
        cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(warm, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [cjk]);
}
