import type { Workshop } from '../../workshop/schema';
import { containsCjk } from '../fonts';
import { formatters } from './format';
import { commitmentSection, goalsSection, leadProcessSection, qualifiedLeadSection, targetBuyerSection, type Ctx } from './sections1to5';
import { closingSections, feedbackSection, handOffSection, metricsSection, technologySection } from './sections6to10';
import { slaSection } from './slaSection';
import { reportStrings } from './strings';
import type { ReportView } from './view';

export interface ReportInput {
  workshop: Workshop;
  /** ISO date-time the report is generated at. */
  generatedAt: string;
}

/** Everything the report prints, in the workshop's language, in the order the room worked. */
export function buildReportView({ workshop: w, generatedAt }: ReportInput): ReportView {
  const s = reportStrings(w.language);
  const f = formatters(s.locale);
  const people = new Map(w.commitment.participants.map((p) => [p.id, p.name.trim() || p.id]));
  const ctx: Ctx = { w, s, f, person: (id) => (id === null ? null : (people.get(id) ?? null)) };
  const client = w.clientCompany.trim() || s.unnamedClient;
  const c = w.commitment;

  const view: ReportView = {
    s,
    language: w.language,
    hasCjk: false,
    client,
    title: w.title.trim(),
    cover: [
      { label: s.cover.client, value: client },
      { label: s.cover.date, value: c.workshopDate ? f.date(c.workshopDate) : s.notSet },
      { label: s.cover.place, value: c.place.trim() || s.notSet },
      { label: s.cover.facilitator, value: w.facilitator.trim() || s.notSet },
      { label: s.cover.generated, value: f.dateTime(generatedAt) },
    ],
    participants: c.participants.map((p) => ({ name: p.name.trim() || '—', role: p.role.trim(), team: p.team })),
    sections: [
      commitmentSection(ctx),
      goalsSection(ctx),
      targetBuyerSection(ctx),
      leadProcessSection(ctx),
      qualifiedLeadSection(ctx),
      handOffSection(ctx),
      slaSection(ctx),
      metricsSection(ctx),
      technologySection(ctx),
      feedbackSection(ctx),
      ...closingSections(ctx),
    ],
  };
  // Noto Sans SC (~10 MB to parse) joins the font stack only when something needs it.
  view.hasCjk = w.language === 'zh-CN' || containsCjk(JSON.stringify(view, (key, value: unknown) => (key === 's' ? undefined : value)));
  return view;
}
