import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { CommitmentsTable } from './CommitmentsTable';
import { fontStack } from './fonts';
import { buildSlaView, type SlaDocumentInput, type SlaView } from './model';
import { Clause, Footer, Header, TeamLabel } from './parts';
import { Signatures } from './Signatures';
import { styles } from './styles';

function Parties({ v }: { v: SlaView }) {
  if (v.signers.length === 0) return <Text style={styles.paragraph}>{v.s.noSigners}</Text>;
  return (
    <View>
      {v.signers.map((p) => (
        <View key={p.id} style={styles.partyRow} wrap={false}>
        <Text style={styles.partyName}>{p.name}</Text>
        <Text style={styles.partyRole}>{p.role}</Text>
        <View style={styles.partyTeam}>{p.team && <TeamLabel team={p.team} label={v.s.teams[p.team]} textStyle={styles.partyTeamText} />}</View>
        </View>
      ))}
    </View>
  );
}

/**
 * The SLA as a react-pdf element tree, rendered the same way by the renderer's worker
 * (`pdf(...).toBlob()`) and by the CLI (`renderToBuffer`). Fonts must be registered first
 * (registerPdfFonts). A plain function rather than a component so callers get the
 * `<Document>` element react-pdf's entry points are typed for.
 */
export function SlaDocument(input: SlaDocumentInput): ReactElement<DocumentProps> {
  const v = buildSlaView(input);
  const { s } = v;
  const created = new Date(input.generatedAt);
  return (
    <Document
      title={`${s.documentTitle} — ${v.client}`}
      author={v.client}
      subject={s.footerVersion(v.version)}
      keywords={`sha256:${input.contentHash}`}
      creator="Accord"
      producer="Accord"
      language={v.language}
      {...(Number.isNaN(created.getTime()) ? {} : { creationDate: created, modificationDate: created })}
    >
      <Page size="A4" style={[styles.page, { fontFamily: fontStack(v.hasCjk) }]}>
        <Header v={v} />
        <Clause n={1} title={s.clauses.parties} lead={<Text style={styles.paragraph}>{s.partiesIntro(v.client)}</Text>}>
          <Parties v={v} />
        </Clause>
        <Clause n={2} title={s.clauses.purpose} lead={<Text style={styles.paragraph}>{s.purpose(v.client)}</Text>} />
        {/* Enough room for the table header and a two-line row, so the header never ends a page. */}
        <Clause
          n={3}
          title={s.clauses.commitments}
          lead={<Text style={styles.paragraph}>{s.commitmentsIntro}</Text>}
          keepWithNext={96}
        >
          <CommitmentsTable v={v} />
        </Clause>
        <Clause
          n={4}
          title={s.clauses.term}
          lead={<Text style={styles.paragraph}>{s.termText(v.effectiveDate, v.termMonths, v.termLastDay)}</Text>}
        />
        <Clause n={5} title={s.clauses.signatures} lead={<Text style={styles.paragraph}>{s.signaturesIntro}</Text>}>
          <Signatures v={v} />
        </Clause>
        <Footer v={v} />
      </Page>
    </Document>
  );
}
