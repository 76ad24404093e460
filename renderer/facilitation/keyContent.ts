import type { TFunction } from 'i18next';
import type { StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import { formatNumber } from '../i18n/format';

/**
 * What the back row needs to read for each step: a handful of short lines, never a form.
 * The room's own words (names, statements) are shown as typed; the labels are translated.
 */
export interface KeyContent {
  /** A sentence the room agreed on, shown as a quote (the commitment statement). */
  quote?: string;
  lines: string[];
}

/** What fits a 720p projector in large type beside the decisions; the rest is on the laptop. */
const MAX_LINES = 5;
const named = (items: readonly { name: string }[]) => items.map((x) => x.name.trim()).filter(Boolean);

export function keyContent(w: Workshop, step: StepId, t: TFunction<'facilitation'>): KeyContent {
  const lines = (() => {
    switch (step) {
      case 'commitment': {
        const people = named(w.commitment.participants);
        return people.length ? [t('key.participants', { count: people.length, names: people.join(', ') })] : [];
      }
      case 'goals':
        return w.goals.goals.filter((g) => g.title.trim()).map((g) => (g.target === null ? g.title : t('key.goal', { title: g.title, target: formatNumber(g.target) })));
      case 'targetBuyer':
        return w.targetBuyer.personas.filter((p) => p.name.trim()).map((p) => (p.title.trim() ? `${p.name} — ${p.title}` : p.name));
      case 'leadProcess': {
        const stages = named(w.leadProcess.stages);
        return stages.length ? [stages.join(' → ')] : [];
      }
      case 'qualifiedLead':
        return w.qualifiedLead.started ? [t('key.mqlThreshold', { points: w.qualifiedLead.mqlThreshold }), t('key.criteria', { fit: w.qualifiedLead.fit.length, engagement: w.qualifiedLead.engagement.length })] : [];
      case 'handOff':
        return w.handOff.acceptanceWindowHours === null ? [] : [t('key.acceptanceWindow', { hours: w.handOff.acceptanceWindowHours })];
      case 'sla':
        return [t('key.commitments', { count: w.sla.commitments.length })];
      case 'metrics':
        return w.metrics.metrics.filter((m) => m.name.trim()).map((m) => (m.target === null ? m.name : `${m.name}: ${formatNumber(m.target)} ${m.unit}`.trim()));
      case 'technology':
        return named(w.technology.tools);
      case 'feedback':
        return w.feedback.meetings.filter((m) => m.title.trim()).map((m) => m.title);
    }
  })();
  const quote = step === 'commitment' && w.commitment.commitmentStatement.trim() ? w.commitment.commitmentStatement.trim() : undefined;
  return { ...(quote ? { quote } : {}), lines: lines.slice(0, MAX_LINES) };
}
