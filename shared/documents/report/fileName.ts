// Kept free of react-pdf imports: the main thread names files without loading the PDF engine.
import type { Workshop } from '../../workshop/schema';
import { sanitizeFileNamePart } from '../fileName';
import { reportStrings } from './strings';

/** `Workshop report - <client company>.pdf`, titled in the workshop's language. */
export const reportFileName = (w: Workshop): string =>
  `${reportStrings(w.language).documentTitle} - ${sanitizeFileNamePart(w.clientCompany, 'Workshop')}.pdf`;
