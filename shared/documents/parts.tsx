import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Team } from '../workshop/teams';
import type { SlaView } from './model';
import { TEAM_COLOR, styles } from './styles';

/** A single style from the sheet (react-pdf does not re-export its Style type). */
type TextStyle = (typeof styles)[keyof typeof styles];

export function TeamLabel({ team, label, textStyle }: { team: Team; label: string; textStyle?: TextStyle }) {
  return (
    <View style={styles.teamLabel}>
      <View style={[styles.teamMark, { backgroundColor: TEAM_COLOR[team] }]} />
      <Text style={textStyle ? [styles.teamText, textStyle] : styles.teamText}>{label}</Text>
    </View>
  );
}

/**
 * A numbered clause. The heading travels with `lead` (its first paragraph) as one unbreakable
 * block, and asks for `keepWithNext` points of what follows on the same page, so a heading
 * never ends a page alone. It returns siblings rather than one wrapping view because react-pdf
 * only honours minPresenceAhead for an element that has earlier siblings in its parent.
 */
export function Clause(props: { n: number | null; title: string; lead?: ReactNode; children?: ReactNode; keepWithNext?: number }) {
  const { n, title, lead, children, keepWithNext = 48 } = props;
  return (
    <>
      <View style={styles.clause} wrap={false} minPresenceAhead={keepWithNext}>
        {/* Without a number the title sits in the text column, a part of the clause before it. */}
        <View style={n === null ? [styles.clauseHead, styles.body] : styles.clauseHead}>
          {n !== null && <Text style={styles.clauseNumber}>{n}</Text>}
          <Text style={styles.clauseTitle}>{title}</Text>
        </View>
        {lead !== undefined && <View style={styles.body}>{lead}</View>}
      </View>
      {children !== undefined && <View style={styles.body}>{children}</View>}
    </>
  );
}

export function Header({ v }: { v: SlaView }) {
  const { s } = v;
  // [label, value, relative width]: the generated time is the longest value and gets the room.
  const meta: [string, string, number][] = [
    [s.meta.version, `v${v.version}`, 0.7],
    [s.meta.effectiveDate, v.effectiveDate ?? s.notSet, 1],
    [s.meta.term, s.months(v.termMonths), 1],
    [s.meta.generated, v.generated, 1.5],
  ];
  return (
    <View>
      <Text style={styles.kicker}>{v.client.toUpperCase()}</Text>
      <Text style={styles.title}>{s.documentTitle}</Text>
      <Text style={styles.subtitle}>{s.subtitle(v.client)}</Text>
      {v.title !== '' && <Text style={styles.workshopTitle}>{v.title}</Text>}
      <View style={styles.metaRow}>
        {meta.map(([label, value, grow]) => (
          <View key={label} style={[styles.metaCell, { flexGrow: grow, flexBasis: 0 }]}>
            <Text style={styles.metaLabel}>{label.toUpperCase()}</Text>
            <Text style={styles.metaValue}>{value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export function Footer({ v }: { v: SlaView }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{`${v.client} · ${v.s.footerVersion(v.version)}`}</Text>
      <Text render={({ pageNumber, totalPages }) => v.s.pageOf(pageNumber, totalPages ?? pageNumber)} />
    </View>
  );
}
