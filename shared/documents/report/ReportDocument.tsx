import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { fontStack } from '../fonts';
import { TeamLabel } from './TeamLabel';
import { BlockView } from './Blocks';
import { LANDSCAPE_MARGIN, rs, TOC_ROW_HEIGHT, TOC_ROW_PADDING } from './styles';
import { MARGIN } from '../styles';
import type { ReportView, SectionId, SectionView } from './view';

export type SectionPages = Partial<Record<SectionId, number>>;

export interface ReportDocumentProps {
  view: ReportView;
  generatedAt: string;
}

function Footer({ v, margin }: { v: ReportView; margin: number }) {
  return (
    <View style={[rs.footer, { left: margin, right: margin }]} fixed>
      <Text>{v.s.footer(v.client)}</Text>
      <Text render={({ pageNumber, totalPages }) => v.s.pageOf(pageNumber, totalPages ?? pageNumber)} />
    </View>
  );
}

function Cover({ v }: { v: ReportView }) {
  return (
    <View>
      <Text style={rs.coverKicker}>{v.s.documentTitle.toUpperCase()}</Text>
      <Text style={rs.coverTitle}>{v.client}</Text>
      <Text style={rs.coverSubtitle}>{v.s.cover.prepared(v.client)}</Text>
      {v.title !== '' && <Text style={rs.coverWorkshop}>{v.title}</Text>}
      <View style={rs.coverMeta}>
        {v.cover.map((row) => (
          <View key={row.label} style={rs.coverRow} wrap={false}>
            <Text style={rs.coverLabel}>{row.label.toUpperCase()}</Text>
            <Text style={rs.coverValue}>{row.value}</Text>
          </View>
        ))}
        <View style={rs.coverRow}>
          <Text style={rs.coverLabel}>{v.s.cover.participants.toUpperCase()}</Text>
          <View style={{ width: '70%' }}>
            {v.participants.length === 0 && <Text style={rs.participantRole}>{v.s.none}</Text>}
            {v.participants.map((p, i) => (
              <View key={i} style={rs.participant} wrap={false}>
                <Text style={rs.participantName}>{p.name}</Text>
                {p.role !== '' && <Text style={rs.participantRole}>{`, ${p.role} · `}</Text>}
                <TeamLabel team={p.team} label={v.s.teams[p.team]} textStyle={rs.participantRole} />
              </View>
            ))}
          </View>
        </View>
      </View>
    </View>
  );
}

/**
 * The contents. Its page numbers are dynamic text, which react-pdf evaluates once more after
 * pagination, when every section has recorded its first page. React-pdf 4.9 drops dynamic text
 * nested inside a row, so the numbers are absolute children of the list, one fixed-height row
 * apart, rather than cells of each row.
 */
function Contents({ v, pages }: { v: ReportView; pages: SectionPages }) {
  return (
    <View>
      <Text style={rs.tocTitle}>{v.s.contents}</Text>
      <View>
        {v.sections.map((s) => (
          <View key={s.id} style={rs.tocRow} wrap={false}>
            <Text style={rs.tocNumber}>{s.number ?? ''}</Text>
            <Text style={rs.tocText}>{s.title}</Text>
          </View>
        ))}
        {v.sections.map((s, i) => (
          <Text
            key={s.id}
            style={[rs.tocPage, { top: i * TOC_ROW_HEIGHT + TOC_ROW_PADDING + 1 }]}
            render={() => String(pages[s.id] ?? '')}
          />
        ))}
      </View>
    </View>
  );
}

function Section({
  s,
  first,
  v,
  pages,
  fontFamily,
}: {
  s: SectionView;
  first: boolean;
  v: ReportView;
  pages: SectionPages;
  fontFamily: string | string[];
}) {
  return (
    <>
      {/* The head stays with at least the start of its first block. */}
      <View style={[rs.sectionHead, ...(first ? [] : [rs.sectionGap])]} wrap={false} minPresenceAhead={80}>
        {/*
          Records the page this section starts on, for the contents. React-pdf calls it again on
          every page the section is pushed to while paginating, so the last call is the final
          page, and pagination ends before the contents' own dynamic text is evaluated.
        */}
        <Text
          style={rs.marker}
          render={({ pageNumber }) => {
            pages[s.id] = pageNumber;
            return ' ';
          }}
        />
        {s.number !== null && <Text style={rs.sectionKicker}>{`${s.number} / 10`}</Text>}
        <Text style={rs.sectionTitle}>{s.title}</Text>
        {s.purpose && <Text style={rs.sectionPurpose}>{s.purpose}</Text>}
      </View>
      {s.blocks.map((b, i) => (
        <BlockView key={i} block={b} fontFamily={fontFamily} none={v.s.none} />
      ))}
    </>
  );
}

/**
 * Each step is its own <Page> (the closing logs share one). Besides starting each step on a
 * fresh sheet, this keeps react-pdf fast: on every page break it lays out again everything left
 * in the current <Page> (the footer's page number is dynamic), so one long <Page> costs time
 * quadratic in its length.
 */
function runs(sections: SectionView[]): SectionView[][] {
  const out: SectionView[][] = [];
  for (const s of sections) {
    const last = out.at(-1);
    if (last && !s.newPage) last.push(s);
    else out.push([s]);
  }
  return out;
}

/**
 * The workshop report as a react-pdf element tree, with a table of contents that knows its
 * page numbers in a single rendering pass (see Section and Contents). A fresh element per
 * rendering: the page numbers live in it.
 */
export function ReportDocument({ view: v, generatedAt }: ReportDocumentProps): ReactElement<DocumentProps> {
  const pages: SectionPages = {};
  const fontFamily = fontStack(v.hasCjk);
  const created = new Date(generatedAt);
  return (
    <Document
      title={`${v.s.documentTitle} — ${v.client}`}
      author={v.client}
      subject={v.title || v.s.documentTitle}
      creator="Accord"
      producer="Accord"
      language={v.language}
      {...(Number.isNaN(created.getTime()) ? {} : { creationDate: created, modificationDate: created })}
    >
      <Page size="A4" style={[rs.page, { fontFamily }]}>
        <Cover v={v} />
        <Footer v={v} margin={MARGIN} />
      </Page>
      <Page size="A4" style={[rs.page, { fontFamily }]}>
        <Contents v={v} pages={pages} />
        <Footer v={v} margin={MARGIN} />
      </Page>
      {runs(v.sections).map((run) => {
        const landscape = run[0]!.landscape;
        return (
          <Page
            key={run[0]!.id}
            size="A4"
            orientation={landscape ? 'landscape' : 'portrait'}
            style={[landscape ? rs.landscape : rs.page, { fontFamily }]}
          >
            {run.map((s, i) => (
              <Section key={s.id} s={s} first={i === 0} v={v} pages={pages} fontFamily={fontFamily} />
            ))}
            <Footer v={v} margin={landscape ? LANDSCAPE_MARGIN : MARGIN} />
          </Page>
        );
      })}
    </Document>
  );
}
