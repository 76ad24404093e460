import { Text, View } from '@react-pdf/renderer';
import type { CommitmentView, SlaView } from './model';
import { TeamLabel } from './parts';
import { styles } from './styles';

/** Widths of the seven columns (the shared styles know the five of tables signed before levels). */
const COLUMNS = [
  { key: 'party', style: { width: '13%' } },
  { key: 'commitment', style: { width: '27%' } },
  { key: 'target', style: { width: '11%' } },
  { key: 'met', style: { width: '11%' } },
  { key: 'atRisk', style: { width: '11%' } },
  { key: 'measure', style: { width: '16%' } },
  { key: 'period', style: { width: '11%' } },
] as const;
const LEGACY_COLUMNS = [
  { key: 'party', style: styles.colParty },
  { key: 'commitment', style: styles.colWhat },
  { key: 'target', style: styles.colTarget },
  { key: 'measure', style: styles.colMeasure },
  { key: 'period', style: styles.colPeriod },
] as const;
type Column = (typeof COLUMNS)[number] | (typeof LEGACY_COLUMNS)[number];

const cellText = (c: CommitmentView, key: Exclude<Column['key'], 'party'>): string =>
  key === 'commitment' ? c.plain : key === 'met' ? c.met : key === 'atRisk' ? c.atRisk : c[key];

function Row({ c, v, columns }: { c: CommitmentView; v: SlaView; columns: readonly Column[] }) {
  return (
    // A commitment and its note are read together, so a row never splits across pages.
    <View style={styles.row} wrap={false}>
      <View style={styles.rowCells}>
        {columns.map((col) =>
          col.key === 'party' ? (
            <View key={col.key} style={[styles.cell, col.style]}>
              <TeamLabel team={c.partyKey} label={v.s.teams[c.partyKey]} textStyle={styles.td} />
            </View>
          ) : (
            <Text key={col.key} style={[styles.cell, styles.td, col.style, col.key === 'target' ? { fontWeight: 700 } : {}]}>
              {cellText(c, col.key)}
            </Text>
          ),
        )}
      </View>
      {c.note !== '' && (
        <Text style={[styles.note, styles.noteIndent]}>
          <Text style={styles.noteLabel}>{`${v.s.table.note}: `}</Text>
          {c.note}
        </Text>
      )}
    </View>
  );
}

/**
 * The commitments table: target, when a period is met and where "at risk" starts, for each
 * commitment. Versions signed before levels existed have no such columns and print as signed.
 * Its header row is `fixed` inside the table, so react-pdf repeats it on every page it spans.
 */
export function CommitmentsTable({ v }: { v: SlaView }) {
  if (v.commitments.length === 0) return <Text style={styles.paragraph}>{v.s.noCommitments}</Text>;
  const columns: readonly Column[] = v.commitments.some((c) => c.met !== '—') ? COLUMNS : LEGACY_COLUMNS;
  return (
    <View style={styles.table}>
      <View style={styles.tableHeader} fixed>
        {columns.map((col) => (
          <Text key={col.key} style={[styles.th, col.style]}>
            {v.s.table[col.key].toUpperCase()}
          </Text>
        ))}
      </View>
      {v.commitments.map((c) => (
        <Row key={c.id} c={c} v={v} columns={columns} />
      ))}
    </View>
  );
}
