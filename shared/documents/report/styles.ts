import { StyleSheet } from '@react-pdf/renderer';
import { INK, MARGIN, MUTED, RULE, SHADE } from '../styles';

/**
 * The report's type scale, in the same print tokens as the SLA. Line height sits on each text
 * style with its own font size (see ../styles.ts for why it never goes on a page or a view).
 */
export const LANDSCAPE_MARGIN = 48;
/**
 * Inter's contextual alternates (calt) are chains of lookups run on every glyph: turning them
 * off cuts layout time noticeably. Kerning and ligatures stay; calt only tunes arrows and dashes
 * between figures, which a report does not need.
 */
const PLAIN_FEATURES = { calt: false };
/** Contents rows have one height, so the page numbers can sit beside them (see Contents). */
export const TOC_ROW_HEIGHT = 28;
export const TOC_ROW_PADDING = 6;

export const rs = StyleSheet.create({
  page: {
    paddingTop: MARGIN,
    paddingBottom: MARGIN + 24,
    paddingHorizontal: MARGIN,
    fontSize: 10,
    color: INK,
    fontFeatureSettings: PLAIN_FEATURES,
  },
  landscape: {
    paddingTop: LANDSCAPE_MARGIN,
    paddingBottom: LANDSCAPE_MARGIN + 24,
    paddingHorizontal: LANDSCAPE_MARGIN,
    fontSize: 10,
    color: INK,
    fontFeatureSettings: PLAIN_FEATURES,
  },

  // Cover
  coverKicker: { fontSize: 9, letterSpacing: 1.4, color: MUTED, marginTop: 120, lineHeight: 1.3 },
  coverTitle: { fontSize: 30, fontWeight: 700, marginTop: 8, lineHeight: 1.15 },
  coverSubtitle: { fontSize: 14, marginTop: 8, lineHeight: 1.35 },
  coverWorkshop: { fontSize: 11, color: MUTED, marginTop: 4, lineHeight: 1.35 },
  coverMeta: { marginTop: 36, borderTopWidth: 1.2, borderColor: INK },
  coverRow: { flexDirection: 'row', paddingVertical: 6, borderBottomWidth: 0.5, borderColor: RULE },
  coverLabel: { width: '30%', fontSize: 8.5, color: MUTED, letterSpacing: 0.5, lineHeight: 1.5 },
  coverValue: { width: '70%', fontSize: 10.5, fontWeight: 700, lineHeight: 1.35 },
  participant: { flexDirection: 'row', alignItems: 'center', marginBottom: 3 },
  participantName: { fontSize: 10, fontWeight: 700, lineHeight: 1.35 },
  participantRole: { fontSize: 10, color: MUTED, lineHeight: 1.35 },

  // Contents
  tocTitle: { fontSize: 20, fontWeight: 700, marginBottom: 16, lineHeight: 1.2 },
  tocRow: {
    flexDirection: 'row',
    alignItems: 'center',
    height: TOC_ROW_HEIGHT,
    paddingVertical: TOC_ROW_PADDING,
    borderBottomWidth: 0.5,
    borderColor: RULE,
  },
  tocNumber: { width: 26, fontSize: 11, color: MUTED, fontWeight: 700, lineHeight: 1.3 },
  tocText: { flexGrow: 1, flexBasis: 0, fontSize: 11, lineHeight: 1.3, marginRight: 44, maxLines: 1, textOverflow: 'ellipsis' },
  tocPage: { position: 'absolute', right: 0, width: 40, textAlign: 'right', fontSize: 11, fontFeatureSettings: ['tnum'], lineHeight: 1.3 },

  // Section and block headings
  sectionHead: { marginBottom: 12, paddingBottom: 8, borderBottomWidth: 1.2, borderColor: INK },
  sectionGap: { marginTop: 28 },
  sectionKicker: { fontSize: 8.5, color: MUTED, letterSpacing: 1, lineHeight: 1.3 },
  sectionTitle: { fontSize: 18, fontWeight: 700, marginTop: 2, lineHeight: 1.25 },
  sectionPurpose: { fontSize: 10, color: MUTED, marginTop: 4, lineHeight: 1.4 },
  marker: { fontSize: 1, color: '#FFFFFF', lineHeight: 1 },
  blockTitle: { fontSize: 11.5, fontWeight: 700, marginTop: 14, marginBottom: 6, lineHeight: 1.3 },
  paragraph: { fontSize: 10, marginBottom: 6, lineHeight: 1.45 },
  muted: { fontSize: 9, color: MUTED, marginBottom: 6, lineHeight: 1.4 },

  // Quote (statement, MQL definition)
  quote: { padding: 10, paddingLeft: 12, backgroundColor: SHADE, borderLeftWidth: 2.5, borderColor: INK, marginBottom: 4 },
  quoteText: { fontSize: 10.5, lineHeight: 1.5 },
  quoteNote: { fontSize: 8.5, color: MUTED, marginTop: 6, lineHeight: 1.35 },

  // Lists and facts
  listItem: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 12, fontSize: 10, color: MUTED, lineHeight: 1.45 },
  listText: { flexGrow: 1, flexBasis: 0, fontSize: 10, lineHeight: 1.45 },
  factRow: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderColor: RULE },
  factLabel: { width: '32%', fontSize: 9, color: MUTED, paddingRight: 8, lineHeight: 1.45 },
  factValue: { width: '68%', fontSize: 10, lineHeight: 1.45 },

  // Tables
  table: { borderTopWidth: 1.2, borderBottomWidth: 1.2, borderColor: INK },
  thead: { flexDirection: 'row', borderBottomWidth: 0.75, borderColor: INK, backgroundColor: SHADE },
  th: { fontSize: 7.5, fontWeight: 700, color: MUTED, letterSpacing: 0.3, paddingVertical: 5, paddingHorizontal: 4, lineHeight: 1.3 },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: RULE },
  td: { paddingVertical: 4, paddingHorizontal: 4 },
  tdText: { fontSize: 9, lineHeight: 1.38 },
  tdBold: { fontWeight: 700 },
  tdMuted: { color: MUTED },

  // Persona cards
  card: { borderWidth: 0.75, borderColor: RULE, borderRadius: 3, marginBottom: 10 },
  cardHead: { flexDirection: 'row', alignItems: 'center', padding: 8, backgroundColor: SHADE, borderBottomWidth: 0.75, borderColor: RULE },
  avatar: { width: 24, height: 24, borderRadius: 12, backgroundColor: INK, justifyContent: 'center', alignItems: 'center', marginRight: 8 },
  avatarText: { fontSize: 9, fontWeight: 700, color: '#FFFFFF', lineHeight: 1 },
  cardName: { fontSize: 11.5, fontWeight: 700, lineHeight: 1.3 },
  cardSubtitle: { fontSize: 9, color: MUTED, lineHeight: 1.3 },
  cardBody: { flexDirection: 'row', flexWrap: 'wrap', paddingHorizontal: 8, paddingTop: 6, paddingBottom: 2 },
  cardGroup: { width: '50%', paddingRight: 8, marginBottom: 6 },
  cardGroupLabel: { fontSize: 7.5, fontWeight: 700, color: MUTED, letterSpacing: 0.4, marginBottom: 2, lineHeight: 1.3 },
  fact: { fontSize: 9, lineHeight: 1.38, marginBottom: 1.5 },
  evidence: { fontSize: 7.5, color: MUTED },

  // Diagram
  diagramFrame: { borderWidth: 0.75, borderColor: RULE, padding: 6, alignItems: 'center' },
  legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 6 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 16, marginBottom: 2 },
  legendText: { fontSize: 8.5, color: MUTED, marginLeft: 4, lineHeight: 1.3 },

  teamLabel: { flexDirection: 'row', alignItems: 'center' },
  teamMark: { width: 6, height: 6, borderRadius: 1, marginRight: 4 },

  footer: {
    position: 'absolute',
    bottom: MARGIN / 2,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderColor: RULE,
    paddingTop: 6,
    fontSize: 8,
    color: MUTED,
  },
});
