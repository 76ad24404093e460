export { SlaDocument } from './SlaDocument';
export { registerPdfFonts, splitForLineBreaking, containsCjk, FONT_LATIN, FONT_CJK, type PdfFontSources } from './fonts';
export { buildSlaView, SLA_VERSION, type SlaView, type SlaDocumentInput } from './model';
export { slaFileName, sanitizeFileNamePart } from './fileName';
export { slaStrings, type SlaStrings } from './strings';
