import { AlertTriangle, CheckCircle2, XCircle } from 'lucide-react';
import { STATUS_LABEL, type ComplianceStatus } from '../../../shared/compliance/status';

const ICON = { met: CheckCircle2, atRisk: AlertTriangle, missed: XCircle } as const;

export const formatPct = (v: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v)} %`;

/** Status as icon + word + number, so it never depends on colour alone. */
export function StatusChip({ status, percent }: { status: ComplianceStatus; percent?: number | null }) {
  const Icon = ICON[status];
  return (
    <span className={`status-chip status-${status}`} data-status={status}>
      <Icon size={16} aria-hidden="true" />
      {STATUS_LABEL[status]}
      {percent !== undefined && percent !== null && <span className="status-pct">{formatPct(percent)}</span>}
    </span>
  );
}
