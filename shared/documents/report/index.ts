export { buildReportView, type ReportInput } from './model';
export { ReportDocument } from './ReportDocument';
export { reportStrings, type ReportStrings } from './strings';
export type { ReportView, SectionView, Block } from './view';
