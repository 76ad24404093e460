import { StyleSheet } from '@react-pdf/renderer';
import type { Team } from '../workshop/teams';

/**
 * Print tokens. Ink is near-black and muted text stays dark enough to photocopy; team colours
 * appear only as small marks next to a team label, never as the only carrier of meaning.
 */
export const INK = '#111827';
export const MUTED = '#4B5563';
export const RULE = '#D1D5DB';
export const SHADE = '#F3F4F6';
export const WARN = '#991B1B';

export const TEAM_COLOR: Record<Team, string> = {
  marketing: '#7C3AED',
  sales: '#0369A1',
  sdr: '#B45309',
  operations: '#4D7C0F',
  leadership: '#BE185D',
};

export const MARGIN = 56;
/**
 * Line height goes on each text style together with its font size, never on the page or a view:
 * react-pdf 4.9 multiplies a unitless line height by the style's *own* font size (18 when it has
 * none, not the inherited one), and re-multiplies an inherited one when it re-lays out the
 * footer's page-number text, which then drops the footer from every page.
 */
const LH = 1.45;

export const styles = StyleSheet.create({
  page: {
    paddingTop: MARGIN,
    paddingBottom: MARGIN + 24,
    paddingHorizontal: MARGIN,
    fontSize: 10,
    color: INK,
  },

  // Header (first page)
  kicker: { fontSize: 8, letterSpacing: 1.2, color: MUTED, marginBottom: 6 },
  title: { fontSize: 24, fontWeight: 700, lineHeight: 1.15 },
  subtitle: { fontSize: 12, marginTop: 4, lineHeight: 1.3 },
  workshopTitle: { fontSize: 9.5, color: MUTED, marginTop: 2, lineHeight: 1.3 },
  metaRow: {
    flexDirection: 'row',
    marginTop: 18,
    paddingVertical: 8,
    borderTopWidth: 1.2,
    borderBottomWidth: 0.5,
    borderColor: INK,
  },
  metaCell: { paddingRight: 8 },
  metaLabel: { fontSize: 7.5, color: MUTED, letterSpacing: 0.6 },
  metaValue: { fontSize: 10, fontWeight: 700, marginTop: 1, lineHeight: 1.3 },

  // Clauses
  clause: { marginTop: 20 },
  clauseHead: { flexDirection: 'row', alignItems: 'baseline', marginBottom: 6 },
  clauseNumber: { width: 22, fontSize: 12.5, fontWeight: 700, color: MUTED },
  clauseTitle: { fontSize: 12.5, fontWeight: 700 },
  body: { paddingLeft: 22 },
  paragraph: { fontSize: 10, marginBottom: 6, lineHeight: LH },

  // Parties list
  partyRow: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderColor: RULE },
  partyName: { width: '40%', fontSize: 10, fontWeight: 700, lineHeight: LH, paddingRight: 6 },
  partyRole: { width: '35%', fontSize: 10, color: MUTED, lineHeight: LH, paddingRight: 6 },
  partyTeam: { width: '25%' },
  partyTeamText: { fontSize: 10, lineHeight: LH },

  // Team label with a small colour mark
  teamLabel: { flexDirection: 'row', alignItems: 'center' },
  teamMark: { width: 6, height: 6, borderRadius: 1, marginRight: 4 },
  teamText: { fontSize: 10, lineHeight: 1.3 },

  // Commitments table
  table: { borderTopWidth: 1.2, borderBottomWidth: 1.2, borderColor: INK, marginTop: 2 },
  tableHeader: { flexDirection: 'row', borderBottomWidth: 0.75, borderColor: INK, backgroundColor: SHADE },
  th: { fontSize: 7.5, fontWeight: 700, color: MUTED, letterSpacing: 0.4, paddingVertical: 5, paddingHorizontal: 4 },
  row: { borderBottomWidth: 0.5, borderColor: RULE },
  rowCells: { flexDirection: 'row' },
  cell: { paddingVertical: 5, paddingHorizontal: 4 },
  td: { fontSize: 9, lineHeight: 1.35 },
  note: { fontSize: 8.5, lineHeight: 1.4, color: MUTED, paddingBottom: 5, paddingHorizontal: 4 },
  noteLabel: { fontWeight: 700 },
  colParty: { width: '15%' },
  colWhat: { width: '33%' },
  colTarget: { width: '17%' },
  colMeasure: { width: '23%' },
  colPeriod: { width: '12%' },
  noteIndent: { marginLeft: '15%' },

  // Signatures
  signatureGrid: { flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' },
  signatureBlock: { width: '47%', marginTop: 10, marginBottom: 6 },
  signatureBox: { height: 64, justifyContent: 'flex-end', alignItems: 'flex-start', borderBottomWidth: 0.9, borderColor: INK },
  signatureImage: { height: 58, maxWidth: '100%', objectFit: 'contain', marginBottom: 2 },
  unsigned: { fontSize: 9, color: MUTED, marginBottom: 6 },
  signerName: { fontSize: 10, fontWeight: 700, marginTop: 5, lineHeight: 1.3 },
  signerDetail: { fontSize: 9, color: MUTED, lineHeight: LH },
  signerTeam: { marginTop: 1 },
  signedOn: { fontSize: 9, marginTop: 1, lineHeight: LH },
  warning: { fontSize: 8.5, color: WARN, marginTop: 3, lineHeight: 1.4 },

  // Content hash
  hashBox: { marginTop: 16, padding: 10, backgroundColor: SHADE, borderLeftWidth: 2, borderColor: INK },
  hashLabel: { fontSize: 7.5, fontWeight: 700, color: MUTED, letterSpacing: 0.6 },
  // Tabular figures keep the hex digits on a fixed grid, close to monospace without a third font.
  hashValue: { fontSize: 8.5, marginTop: 3, fontFeatureSettings: ['tnum'], letterSpacing: 0.3 },
  hashNote: { fontSize: 8.5, color: MUTED, marginTop: 4, lineHeight: 1.4 },

  // Version notice, appendix and audit trail
  notice: { fontSize: 9.5, color: WARN, fontWeight: 700, marginTop: 12, padding: 6, borderWidth: 0.9, borderColor: WARN, lineHeight: 1.4 },
  appendixTitle: { fontSize: 14, fontWeight: 700, marginBottom: 8, lineHeight: 1.3 },
  kvRow: { flexDirection: 'row', paddingVertical: 2, borderBottomWidth: 0.5, borderColor: RULE },
  kvLabel: { width: '45%', fontSize: 9.5, color: MUTED, lineHeight: 1.4 },
  kvValue: { width: '55%', fontSize: 9.5, fontWeight: 700, lineHeight: 1.4 },
  tdSmall: { fontSize: 7.5, lineHeight: 1.35 },

  // Footer (every page)
  footer: {
    position: 'absolute',
    left: MARGIN,
    right: MARGIN,
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
