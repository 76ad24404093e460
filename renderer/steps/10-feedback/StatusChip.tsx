import { AlertTriangle, CheckCircle2, XCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ComplianceStatus } from '../../../shared/compliance/status';
import { formatPercentPoints } from '../../i18n/format';

const ICON = { met: CheckCircle2, atRisk: AlertTriangle, missed: XCircle } as const;

export const formatPct = (v: number) => formatPercentPoints(v);

/** Status as icon + word + number, so it never depends on colour alone. */
export function StatusChip({ status, percent }: { status: ComplianceStatus; percent?: number | null }) {
  const Icon = ICON[status];
  const { t } = useTranslation('feedback');
  return (
    <span className={`status-chip status-${status}`} data-status={status}>
      <Icon size={16} aria-hidden="true" />
      {t(`status.${status}`)}
      {percent !== undefined && percent !== null && <span className="status-pct">{formatPct(percent)}</span>}
    </span>
  );
}
