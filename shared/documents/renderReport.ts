import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { buildReportView, type ReportInput } from './report/model';
import { ReportDocument } from './report/ReportDocument';

export type ReportPhase = 'preparing' | 'rendering';

/**
 * The one path from a workshop to its report PDF, used by the app's report worker and by the
 * CLI alike, with whatever react-pdf entry point the caller has (`pdf(doc).toBlob()` in the
 * worker, `renderToBuffer` in Node). One pass: the contents' page numbers are dynamic text that
 * react-pdf fills in after pagination.
 */
export async function renderReport<T>(
  input: ReportInput,
  render: (doc: ReactElement<DocumentProps>) => Promise<T>,
  onPhase?: (phase: ReportPhase) => void,
): Promise<T> {
  onPhase?.('preparing');
  const view = buildReportView(input);
  onPhase?.('rendering');
  return render(ReportDocument({ view, generatedAt: input.generatedAt }));
}
