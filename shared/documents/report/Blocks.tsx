import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { initials } from '../../targetBuyer/persona';
import { TeamLabel } from './TeamLabel';
import { Diagram, LegendMark } from './Diagram';
import { rs } from './styles';
import type { Block, Cell, PersonaCard, TableView } from './view';

/**
 * A block's heading and the first piece of what it introduces form one unbreakable group, so a
 * heading never ends a page alone; the rest of the block may flow on.
 */
function Lead({ title, children, ahead = 0 }: { title?: string; children?: ReactNode; ahead?: number }) {
  if (!title && children === undefined) return null;
  return (
    <View wrap={false} minPresenceAhead={ahead}>
      {title && <Text style={rs.blockTitle}>{title}</Text>}
      {children}
    </View>
  );
}

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <Text style={rs.tdText}>{cell}</Text>;
  if (cell.list)
    return (
      <>
        {cell.list.map((item, i) => (
          <Text key={i} style={rs.tdText}>{`• ${item}`}</Text>
        ))}
      </>
    );
  if (cell.team) return <TeamLabel team={cell.team} label={cell.text} textStyle={rs.tdText} />;
  return <Text style={[rs.tdText, ...(cell.bold ? [rs.tdBold] : []), ...(cell.muted ? [rs.tdMuted] : [])]}>{cell.text}</Text>;
}

/**
 * A table whose header row is `fixed` inside it, so react-pdf repeats the header on every page
 * the table continues on; a row never splits across pages.
 */
export function Table({ table }: { table: TableView }) {
  const col = (i: number) => ({ flexGrow: table.columns[i]!.width, flexBasis: 0 });
  const hasHeader = table.columns.some((c) => c.label !== '');
  return (
    <View style={rs.table}>
      {hasHeader && (
        <View style={rs.thead} fixed>
          {table.columns.map((c, i) => (
            <Text key={i} style={[rs.th, col(i)]}>
              {c.label.toUpperCase()}
            </Text>
          ))}
        </View>
      )}
      {table.rows.map((row, r) => (
        <View key={r} style={rs.tr} wrap={false}>
          {row.map((cell, i) => (
            <View key={i} style={[rs.td, col(i)]}>
              <CellContent cell={cell} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Persona({ card }: { card: PersonaCard }) {
  return (
    <View style={rs.card} wrap={false}>
      <View style={rs.cardHead}>
        <View style={rs.avatar}>
          <Text style={rs.avatarText}>{initials(card.name)}</Text>
        </View>
        <View>
          <Text style={rs.cardName}>{card.name}</Text>
          {card.subtitle !== '' && <Text style={rs.cardSubtitle}>{card.subtitle}</Text>}
        </View>
      </View>
      <View style={rs.cardBody}>
        {card.groups.map((g) => (
          <View key={g.label} style={rs.cardGroup}>
            <Text style={rs.cardGroupLabel}>{g.label.toUpperCase()}</Text>
            {g.facts.map((f, i) => (
              <Text key={i} style={rs.fact}>
                {`• ${f.text} `}
                <Text style={rs.evidence}>{`(${f.evidence})`}</Text>
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

function Paragraph({ text }: { text: string }) {
  return <Text style={rs.paragraph}>{text}</Text>;
}

function ListItem({ text }: { text: string }) {
  return (
    <View style={rs.listItem} wrap={false}>
      <Text style={rs.bullet}>•</Text>
      <Text style={rs.listText}>{text}</Text>
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={rs.factRow} wrap={false}>
      <Text style={rs.factLabel}>{label}</Text>
      <Text style={rs.factValue}>{value}</Text>
    </View>
  );
}

export function BlockView({ block, fontFamily, none }: { block: Block; fontFamily: string | string[]; none: string }) {
  switch (block.kind) {
    case 'paragraphs': {
      const [first, ...rest] = block.paragraphs;
      return (
        <>
          <Lead title={block.title}>{first !== undefined && <Paragraph text={first} />}</Lead>
          {rest.map((p, i) => (
            <Paragraph key={i} text={p} />
          ))}
        </>
      );
    }
    case 'quote':
      return (
        <Lead title={block.title}>
          <View style={rs.quote}>
            <Text style={rs.quoteText}>{block.text}</Text>
            {block.note && <Text style={rs.quoteNote}>{block.note}</Text>}
          </View>
        </Lead>
      );
    case 'list': {
      const [first, ...rest] = block.items;
      return (
        <>
          <Lead title={block.title}>{first === undefined ? <Text style={rs.muted}>{none}</Text> : <ListItem text={first} />}</Lead>
          {rest.map((item, i) => (
            <ListItem key={i} text={item} />
          ))}
        </>
      );
    }
    case 'facts': {
      const [first, ...rest] = block.items;
      return (
        <>
          <Lead title={block.title}>{first && <Fact label={first.label} value={first.value} />}</Lead>
          {rest.map((f) => (
            <Fact key={f.label} label={f.label} value={f.value} />
          ))}
        </>
      );
    }
    case 'table': {
      if (block.keepWithNext !== undefined) {
        // One unbreakable group, moved to the next page with room for the box that follows it.
        return (
          <View wrap={false} minPresenceAhead={block.keepWithNext}>
            <Lead title={block.title}>{block.intro && <Text style={rs.paragraph}>{block.intro}</Text>}</Lead>
            {block.table.rows.length > 0 ? <Table table={block.table} /> : <Text style={rs.muted}>{block.empty}</Text>}
          </View>
        );
      }
      return (
        <>
          {/* The table's own header repeats per page; its title asks for the header and a row. */}
          <Lead title={block.title} ahead={block.table.rows.length > 0 ? 48 : 0}>
            {block.intro && <Text style={rs.paragraph}>{block.intro}</Text>}
            {block.table.rows.length === 0 && <Text style={rs.muted}>{block.empty}</Text>}
          </Lead>
          {block.table.rows.length > 0 && <Table table={block.table} />}
        </>
      );
    }
    case 'personas': {
      const [first, ...rest] = block.cards;
      return (
        <>
          <Lead title={block.title}>
            <Text style={rs.muted}>{block.note}</Text>
            {first ? <Persona card={first} /> : <Text style={rs.muted}>{none}</Text>}
          </Lead>
          {rest.map((c) => (
            <Persona key={c.id} card={c} />
          ))}
        </>
      );
    }
    case 'diagram':
      return (
        <Lead title={block.title}>
          {block.layout ? (
            <>
              <Diagram layout={block.layout} fontFamily={fontFamily} />
              <View style={rs.legend}>
                {block.legend.map((l) => (
                  <View key={l.kind} style={rs.legendItem}>
                    <LegendMark kind={l.kind} />
                    <Text style={rs.legendText}>{l.label}</Text>
                  </View>
                ))}
              </View>
            </>
          ) : (
            <Text style={rs.muted}>{block.empty}</Text>
          )}
        </Lead>
      );
  }
}
