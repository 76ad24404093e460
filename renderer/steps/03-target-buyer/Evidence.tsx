import { CircleHelp, Database, MessagesSquare, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE, type Evidence } from '../../../shared/workshop/steps/targetBuyer';
import type { EvidenceCounts } from '../../../shared/targetBuyer/persona';

export const EVIDENCE_ICON: Record<Evidence, LucideIcon> = {
  customerData: Database,
  salesFeedback: MessagesSquare,
  assumption: CircleHelp,
};

/** Evidence is always an icon and a word; the tint only helps people who can see it. */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('targetBuyer');
  const Icon = EVIDENCE_ICON[evidence];
  return (
    <span className={`evidence evidence-${evidence}`}>
      <Icon size={14} aria-hidden="true" /> {t(`evidence.${evidence}`)}
    </span>
  );
}

export function EvidenceSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Evidence;
  onChange(e: Evidence): void;
}) {
  const { t } = useTranslation('targetBuyer');
  const Icon = EVIDENCE_ICON[value];
  return (
    <span className={`evidence-select evidence-${value}`}>
      <Icon size={16} aria-hidden="true" />
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Evidence)}>
        {EVIDENCE.map((ev) => (
          <option key={ev} value={ev}>
            {t(`evidence.${ev}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** "4 of 11 facts are assumptions", with the other two sources counted beside it. */
export function AssumptionSummary({ counts, compact }: { counts: EvidenceCounts; compact?: boolean }) {
  const { t } = useTranslation('targetBuyer');
  if (counts.total === 0) return <p className="muted">{t('summary.none')}</p>;
  const headline = t('summary.headline', { count: counts.total, assumptions: counts.assumption });
  return (
    <div className={`assumption-summary ${compact ? 'compact' : ''}`}>
      <strong className={counts.assumption * 2 > counts.total ? 'assumption-high' : undefined}>{headline}</strong>
      <span className="evidence-counts">
        {EVIDENCE.filter((e) => e !== 'assumption').map((e) => (
          <span key={e} className="evidence-count">
            <EvidenceBadge evidence={e} /> <span className="num">{counts[e]}</span>
          </span>
        ))}
      </span>
    </div>
  );
}
