import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { AuditTrail, CalculatorAppendix } from './Appendix';
import { CommitmentsTable } from './CommitmentsTable';
import { DefinitionAppendix, ScoreboardTable } from './DefinitionAppendix';
import { fontStack } from './fonts';
import { buildSlaView, type SlaDocumentInput, type SlaView } from './model';
import { Clause, Footer, Header, TeamLabel } from './parts';
import { Signatures, signaturesKeepAhead } from './Signatures';
import { styles } from './styles';

function Parties({ v }: { v: SlaView }) {
  if (v.signers.length === 0) return <Text style={styles.paragraph}>{v.s.noSigners}</Text>;
  return (
    <View>
      {v.signers.map((p) => (
        <View key={p.id} style={styles.partyRow} wrap={false}>
          <Text style={styles.partyName}>{p.name}</Text>
          <Text style={styles.partyRole}>{p.capacity === 'witness' ? `${p.role} · ${v.s.capacity.witness}` : p.role}</Text>
          <View style={styles.partyTeam}>
            {p.team && <TeamLabel team={p.team} label={v.s.teams[p.team]} textStyle={styles.partyTeamText} />}
          </View>
        </View>
      ))}
    </View>
  );
}

const paragraphs = (texts: string[]) =>
  texts.map((t, i) => (
    <Text key={i} style={styles.paragraph}>
      {t}
    </Text>
  ));

interface Block {
  key: string;
  title: string;
  lead: ReactNode;
  children?: ReactNode;
  keepWithNext?: number;
  /** Unnumbered blocks belong to the clause before them, so the numbers stay the ones step 7 shows. */
  unnumbered?: boolean;
}

/** The numbered clauses in document order, with the parties list and commitments table placed among them. */
function blocks(v: SlaView): Block[] {
  const { s } = v;
  const out: Block[] = [];
  const table: Block = {
    key: 'table',
    title: s.commitmentsTableTitle,
    lead: <Text style={styles.paragraph}>{s.commitmentsIntro}</Text>,
    children: <CommitmentsTable v={v} />,
    keepWithNext: 96,
    unnumbered: true,
  };
  if (!v.clauses.some((c) => c.kind === 'parties')) {
    out.push({
      key: 'parties',
      title: s.clauses.parties,
      lead: <Text style={styles.paragraph}>{s.partiesIntro(v.client)}</Text>,
      children: <Parties v={v} />,
    });
  }
  const tableAfter = v.clauses.some((c) => c.kind === 'salesCommitments') ? 'salesCommitments' : 'purpose';
  for (const c of v.clauses) {
    const [first = '', ...rest] = c.paragraphs;
    out.push({
      key: c.kind,
      title: c.title,
      lead: <Text style={styles.paragraph}>{first}</Text>,
      children:
        c.kind === 'parties' ? (
          <>
            {paragraphs(rest)}
            <Parties v={v} />
          </>
        ) : c.kind === 'metrics' && v.scoreboard ? (
          <>
            {paragraphs(rest)}
            <ScoreboardTable v={v.scoreboard} />
          </>
        ) : rest.length > 0 ? (
          paragraphs(rest)
        ) : undefined,
    });
    if (c.kind === tableAfter) out.push(table);
  }
  if (!out.includes(table)) out.push(table);
  // What the room accepted when freezing with disagreements left, printed where the signers read it: just before they sign.
  if (v.overrides) {
    const o = v.overrides;
    out.push({
      key: 'overrides',
      title: o.title,
      lead: <Text style={styles.paragraph}>{o.intro}</Text>,
      children: (
        <>
          {paragraphs(o.items.map((item) => `• ${item}`))}
          <Text style={styles.paragraph}>{o.reason}</Text>
        </>
      ),
    });
  }
  // The one signing status: "signed and countersigned" only when marketing and sales both signed this text.
  out.push({
    key: 'signatures',
    title: s.clauses.signatures,
    lead: <Text style={styles.paragraph}>{s.signaturesIntro[v.state]}</Text>,
    children: <Signatures v={v} />,
    keepWithNext: signaturesKeepAhead(v),
  });
  return out;
}

/** Each block with its clause number, counting only the numbered ones. */
function numbered(list: Block[]): [Block, number | null][] {
  let n = 0;
  return list.map((b) => [b, b.unnumbered ? null : ++n]);
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
  const pageStyle = [styles.page, { fontFamily: fontStack(v.hasCjk) }];
  return (
    <Document
      title={`${s.documentTitle} — ${v.client}`}
      author={v.client}
      subject={s.footerVersion(v.version)}
      keywords={`sha256:${v.contentHash}`}
      creator="Accord"
      producer="Accord"
      language={v.language}
      {...(Number.isNaN(created.getTime()) ? {} : { creationDate: created, modificationDate: created })}
    >
      <Page size="A4" style={pageStyle}>
        <Header v={v} />
        {v.notice && <Text style={styles.notice}>{v.notice}</Text>}
        {numbered(blocks(v)).map(([b, n]) => (
          <Clause key={b.key} n={n} title={b.title} lead={b.lead} keepWithNext={b.keepWithNext}>
            {b.children}
          </Clause>
        ))}
        {v.calculator && <CalculatorAppendix v={v} />}
        {v.definition && <DefinitionAppendix d={v.definition} />}
        <Footer v={v} />
      </Page>
      <Page size="A4" style={pageStyle}>
        <AuditTrail v={v} />
        <Footer v={v} />
      </Page>
    </Document>
  );
}
