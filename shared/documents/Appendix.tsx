import { Text, View } from '@react-pdf/renderer';
import type { SlaView } from './model';
import { styles } from './styles';

/**
 * Appendix A: the reverse-funnel chain the MQL commitment came from: one column per period (the
 * yearly chain first) and how each period's MQL figure is divided from the yearly one.
 */
export function CalculatorAppendix({ v }: { v: SlaView }) {
  const c = v.calculator!;
  const { s } = v;
  const stageWidth = 22;
  const rateWidth = 22;
  const valueWidth = `${(100 - stageWidth - rateWidth) / c.columns.length}%`;
  return (
    <View break>
      <Text style={styles.appendixTitle}>{s.appendixTitle}</Text>
      <Text style={styles.paragraph}>{c.intro}</Text>
      {c.inputs.map(([label, value]) => (
        <View key={label} style={styles.kvRow}>
          <Text style={styles.kvLabel}>{label}</Text>
          <Text style={styles.kvValue}>{value}</Text>
        </View>
      ))}
      <View style={[styles.table, { marginTop: 10 }]}>
        <View style={styles.tableHeader} fixed>
          <Text style={[styles.th, { width: `${stageWidth}%` }]}>{s.funnelColumns.stage.toUpperCase()}</Text>
          <Text style={[styles.th, { width: `${rateWidth}%` }]}>{s.funnelColumns.rate.toUpperCase()}</Text>
          {c.columns.map((col) => (
            <Text key={col} style={[styles.th, { width: valueWidth, textAlign: 'right' }]}>
              {col.toUpperCase()}
            </Text>
          ))}
        </View>
        {c.rows.map((r) => (
          <View key={r.stage} style={[styles.row, styles.rowCells]} wrap={false}>
            <Text style={[styles.cell, styles.td, { width: `${stageWidth}%`, fontWeight: 700 }]}>{r.stage}</Text>
            <Text style={[styles.cell, styles.td, { width: `${rateWidth}%` }]}>{r.rate === '—' ? '' : `÷ ${r.rate}`}</Text>
            {r.values.map((value, i) => (
              <Text
                key={c.columns[i]}
                style={[
                  styles.cell,
                  styles.td,
                  { width: valueWidth, textAlign: 'right' },
                  i === 0 && c.derivations.length > 0 ? { fontWeight: 700 } : {},
                ]}
              >
                {value}
              </Text>
            ))}
          </View>
        ))}
      </View>
      {c.derivationTitle && (
        <View style={{ marginTop: 10 }} wrap={false}>
          <Text style={[styles.paragraph, { fontWeight: 700 }]}>{c.derivationTitle}</Text>
          {c.derivations.map((line) => (
            <Text key={line} style={styles.paragraph}>
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

/** The audit-trail page: the content hash, the chain verdict and every event. */
export function AuditTrail({ v }: { v: SlaView }) {
  const { s } = v;
  const cols = { n: '5%', event: '13%', when: '20%', who: '16%', detail: '32%', hash: '14%' } as const;
  return (
    <View>
      <Text style={styles.appendixTitle}>{s.auditTitle}</Text>
      <Text style={styles.paragraph}>{s.auditIntro}</Text>
      <View style={styles.hashBox} wrap={false}>
        <Text style={styles.hashLabel}>{s.hashLabel.toUpperCase()}</Text>
        <Text style={styles.hashValue}>{v.contentHash}</Text>
        <Text style={[styles.hashNote, v.audit.ok ? {} : styles.warning]}>{v.audit.verdict}</Text>
        {v.audit.trail.map((line) => (
          <Text key={line} style={styles.hashNote}>
            {line}
          </Text>
        ))}
        {v.audit.sealedBy && <Text style={styles.hashNote}>{v.audit.sealedBy}</Text>}
      </View>
      <View style={[styles.table, { marginTop: 12 }]}>
        <View style={styles.tableHeader} fixed>
          {(Object.keys(cols) as (keyof typeof cols)[]).map((k) => (
            <Text key={k} style={[styles.th, { width: cols[k] }]}>
              {s.auditColumns[k].toUpperCase()}
            </Text>
          ))}
        </View>
        {v.audit.rows.map((r) => (
          <View key={r.n} style={[styles.row, styles.rowCells]} wrap={false}>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.n }]}>{r.n}</Text>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.event, fontWeight: 700 }]}>{r.event}</Text>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.when }]}>{r.when}</Text>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.who }]}>{r.who}</Text>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.detail }]}>{r.detail}</Text>
            <Text style={[styles.cell, styles.tdSmall, { width: cols.hash }]}>{r.hash}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
