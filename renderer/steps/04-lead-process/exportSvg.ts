import type { Workshop } from '../../../shared/workshop/schema';
import { STAGE_OWNERS, type StageOwner } from '../../../shared/workshop/steps/leadProcess';
import { sanitizeFileNamePart } from '../../../shared/documents/fileName';
import { leadProcessToSvg } from '../../../shared/leadProcess/svg';

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

/**
 * Saves the diagram as an SVG file. A plain download for now: the platform's saveFile only
 * knows 'pdf' and 'workshop' files; an 'svg' kind in the IPC contract would give desktop
 * users a Save dialog.
 */
export function downloadLeadProcessSvg(w: Workshop): string {
  const company = w.clientCompany.trim();
  const svg = leadProcessToSvg(w.leadProcess, { title: company ? `${company} — lead process` : 'Lead process', colors: themeColors() });
  const name = `${sanitizeFileNamePart(company ? `${company} lead process` : 'Lead process', 'Lead process')}.svg`;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
