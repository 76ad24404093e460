import { Text, View } from '@react-pdf/renderer';
import type { DefinitionView, ScoreboardView } from './definitionView';
import { styles } from './styles';

function Table({ heads, widths, rows }: { heads: string[]; widths: string[]; rows: string[][] }) {
  return (
    <View style={[styles.table, { marginTop: 4, marginBottom: 8 }]}>
      <View style={styles.tableHeader} fixed>
        {heads.map((h, i) => (
          <Text
            key={h}
            style={[styles.th, { width: widths[i]!, textAlign: i > 0 && i === heads.length - 1 && widths.length > 1 ? 'right' : 'left' }]}
          >
            {h.toUpperCase()}
          </Text>
        ))}
      </View>
      {rows.map((r, k) => (
        <View key={k} style={[styles.row, styles.rowCells]} wrap={false}>
          {r.map((cell, i) => (
            <Text
              key={i}
              style={[
                styles.cell,
                styles.td,
                { width: widths[i]!, textAlign: i > 0 && i === r.length - 1 && widths.length > 1 ? 'right' : 'left' },
              ]}
            >
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

const Heading = ({ children }: { children: string }) => (
  <Text style={[styles.paragraph, { fontWeight: 700, marginTop: 6, marginBottom: 2 }]}>{children}</Text>
);

/** The MQL definition appendix: the whole scoring model as signed, criterion by criterion. */
export function DefinitionAppendix({ d }: { d: DefinitionView }) {
  const { s } = d;
  return (
    <View break>
      <Text style={styles.appendixTitle}>{s.title}</Text>
      <Text style={styles.paragraph}>{s.intro}</Text>
      <Text style={[styles.paragraph, { fontWeight: 700 }]}>{d.rule}</Text>
      <Heading>{s.heads.fit}</Heading>
      {d.fit.length === 0 ? (
        <Text style={styles.paragraph}>{s.none}</Text>
      ) : (
        <Table heads={[s.columns.criterion, s.columns.points]} widths={['82%', '18%']} rows={d.fit.map((c) => [c.criterion, c.points])} />
      )}
      <Heading>{s.heads.engagement}</Heading>
      {d.engagement.length === 0 ? (
        <Text style={styles.paragraph}>{s.none}</Text>
      ) : (
        <Table
          heads={[s.columns.criterion, s.columns.each, s.columns.cap]}
          widths={['52%', '20%', '28%']}
          rows={d.engagement.map((c) => [c.behaviour, c.points, c.cap])}
        />
      )}
      <Text style={styles.paragraph}>{d.decay}</Text>
      <Heading>{s.heads.negative}</Heading>
      {d.negative.length === 0 ? (
        <Text style={styles.paragraph}>{s.none}</Text>
      ) : (
        <Table
          heads={[s.columns.criterion, s.columns.points, s.columns.veto]}
          widths={['66%', '16%', '18%']}
          rows={d.negative.map((c) => [c.criterion, c.points, c.veto ? s.veto : '—'])}
        />
      )}
      <Heading>{s.heads.sql}</Heading>
      {d.sql.length === 0 ? (
        <Text style={styles.paragraph}>{s.noSql}</Text>
      ) : (
        <Table
          heads={[s.columns.criterion, s.columns.verifiedBy]}
          widths={['78%', '22%']}
          rows={d.sql.map((c) => [c.description ? `${c.label} — ${c.description}` : c.label, c.verifiedBy])}
        />
      )}
    </View>
  );
}

/** Every metric of the signed scoreboard, as a table (the metrics clause points to it when long). */
export function ScoreboardTable({ v }: { v: ScoreboardView }) {
  const { s } = v;
  const c = s.metricsColumns;
  return (
    <Table
      heads={[c.metric, c.owner, c.target, c.source, c.frequency]}
      widths={['32%', '12%', '22%', '22%', '12%']}
      rows={v.rows.map((r) => [r.name, r.owner, r.target, r.source, r.frequency])}
    />
  );
}
