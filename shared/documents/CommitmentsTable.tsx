import { Text, View } from '@react-pdf/renderer';
import type { CommitmentView, SlaView } from './model';
import { TeamLabel } from './parts';
import { styles } from './styles';

const COLUMNS = [
  { key: 'party', style: styles.colParty },
  { key: 'commitment', style: styles.colWhat },
  { key: 'target', style: styles.colTarget },
  { key: 'measure', style: styles.colMeasure },
  { key: 'period', style: styles.colPeriod },
] as const;

function Row({ c, v }: { c: CommitmentView; v: SlaView }) {
  return (
    // A commitment and its note are read together, so a row never splits across pages.
    <View style={styles.row} wrap={false}>
      <View style={styles.rowCells}>
        <View style={[styles.cell, styles.colParty]}>
          <TeamLabel team={c.partyKey} label={v.s.teams[c.partyKey]} textStyle={styles.td} />
        </View>
        <Text style={[styles.cell, styles.td, styles.colWhat]}>{c.what}</Text>
        <Text style={[styles.cell, styles.td, styles.colTarget, { fontWeight: 700 }]}>{c.target}</Text>
        <Text style={[styles.cell, styles.td, styles.colMeasure]}>{c.measure}</Text>
        <Text style={[styles.cell, styles.td, styles.colPeriod]}>{c.period}</Text>
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
 * The commitments table. Its header row is `fixed` inside the table, so react-pdf repeats it
 * at the top of every page the table continues on.
 */
export function CommitmentsTable({ v }: { v: SlaView }) {
  if (v.commitments.length === 0) return <Text style={styles.paragraph}>{v.s.noCommitments}</Text>;
  return (
    <View style={styles.table}>
      <View style={styles.tableHeader} fixed>
        {COLUMNS.map((col) => (
          <Text key={col.key} style={[styles.th, col.style]}>
            {v.s.table[col.key].toUpperCase()}
          </Text>
        ))}
      </View>
      {v.commitments.map((c) => (
        <Row key={c.id} c={c} v={v} />
      ))}
    </View>
  );
}
