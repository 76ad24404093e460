import type { Workshop } from '../../../shared/workshop/schema';
import { STAGE_OWNERS, type StageOwner } from '../../../shared/workshop/steps/leadProcess';
import { sanitizeFileNamePart } from '../../../shared/documents/fileName';
import { leadProcessToSvg } from '../../../shared/leadProcess/svg';
import { reportStrings } from '../../../shared/documents/report/strings';
import { stageSummaryText } from '../../../shared/documents/report/diagram';
import { platform } from '../../platform';

/** The team colours of the current theme, so the file matches what the room sees. */
function themeColors(): Partial<Record<StageOwner, string>> {
  const css = getComputedStyle(document.documentElement);
  const colors: Partial<Record<StageOwner, string>> = {};
  for (const owner of STAGE_OWNERS) {
    const value = css.getPropertyValue(`--team-${owner}`).trim();
    if (value) colors[owner] = value;
  }
  return colors;
}

/** Saves the diagram as an SVG file through the platform (a Save dialog on the desktop, a download in browser mode). */
export async function exportLeadProcessSvg(w: Workshop): Promise<{ status: 'saved'; name: string } | { status: 'canceled' }> {
  const company = w.clientCompany.trim();
  // The file is handed round with the workshop's documents, so it speaks their language and words.
  const t = reportStrings(w.language);
  const process = t.steps.leadProcess.title;
  const title = company ? `${company} — ${process}` : process;
  const svg = leadProcessToSvg(w.leadProcess, {
    title,
    colors: themeColors(),
    words: {
      owner: (s) => t.stageOwners[s.owner ?? 'none'],
      summary: (s) => stageSummaryText(s, t),
      unnamedStage: t.leadProcess.unnamedStage,
    },
  });
  const name = `${sanitizeFileNamePart(company ? `${company} ${process.toLocaleLowerCase(w.language)}` : process, process)}.svg`;
  const r = await platform.saveFile(name, 'svg', new TextEncoder().encode(svg));
  return r.status === 'saved' ? { status: 'saved', name } : r;
}
