import { G, Line, Path, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { EDGE_COLORS, EDGE_DASH } from '../../leadProcess/svg';
import { MUTED } from '../styles';
import { BOX_H, BOX_W, HEADER_H, LABEL_SIZE, NAME_SIZE, type DiagramLayout } from './diagram';
import { rs } from './styles';

/** Font props for SVG text, which react-pdf reads from props (they are not in its SVG types). */
const font = (family: string | string[], size: number, weight: 400 | 700) =>
  ({ fontFamily: family, fontSize: size, fontWeight: weight }) as Record<string, unknown>;

const headerPath = (x: number, y: number) =>
  `M ${x} ${y + HEADER_H} V ${y + 6} Q ${x} ${y} ${x + 6} ${y} H ${x + BOX_W - 6} Q ${x + BOX_W} ${y} ${x + BOX_W} ${y + 6} V ${y + HEADER_H} Z`;

/**
 * The lead-process diagram as vector paths and text (no bitmap), in the canvas's coordinates:
 * the viewBox scales it to the page, so it stays sharp at any zoom.
 */
export function Diagram({ layout, fontFamily }: { layout: DiagramLayout; fontFamily: string | string[] }) {
  const vb = layout.viewBox;
  return (
    <View style={rs.diagramFrame}>
      <Svg width={layout.width} height={layout.height} viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}>
        {layout.edges.map((e) => (
          <G key={e.id}>
            <Path d={e.d} stroke={e.color} strokeWidth={2.2} fill="none" {...(e.dash ? { strokeDasharray: e.dash } : {})} />
            <Path d={e.arrow} fill={e.color} />
          </G>
        ))}
        {layout.boxes.map((b) => (
          <G key={b.id}>
            <Rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx={6} ry={6} fill="#FFFFFF" stroke={b.color} strokeWidth={2} />
            <Path d={headerPath(b.x, b.y)} fill={b.color} />
            <Text x={b.x + 9} y={b.y + 18} fill="#FFFFFF" {...font(fontFamily, 13, 700)}>
              {b.owner}
            </Text>
            {b.nameLines.map((line, i) => (
              <Text key={i} x={b.x + 9} y={b.y + HEADER_H + 22 + i * 20} fill="#111827" {...font(fontFamily, NAME_SIZE, 700)}>
                {line}
              </Text>
            ))}
            <Text x={b.x + 9} y={b.y + BOX_H - 10} fill={MUTED} {...font(fontFamily, 13, 400)}>
              {b.summary}
            </Text>
          </G>
        ))}
        {layout.edges.map((e) =>
          e.label ? (
            <G key={`${e.id}-label`}>
              <Rect
                x={e.label.x - e.label.width / 2}
                y={e.label.y - 10}
                width={e.label.width}
                height={20}
                rx={4}
                ry={4}
                fill="#FFFFFF"
                stroke={e.color}
                strokeWidth={1}
              />
              <Text x={e.label.x} y={e.label.y + 4.5} fill={e.color} textAnchor="middle" {...font(fontFamily, LABEL_SIZE, 700)}>
                {e.label.text}
              </Text>
            </G>
          ) : null,
        )}
      </Svg>
    </View>
  );
}

export function LegendMark({ kind }: { kind: 'forward' | 'recycle' | 'feedback' }) {
  const dash = EDGE_DASH[kind];
  return (
    <Svg width={26} height={8} viewBox="0 0 26 8">
      <Line
        x1={0}
        y1={4}
        x2={20}
        y2={4}
        stroke={EDGE_COLORS[kind]}
        strokeWidth={1.6}
        {...(dash
          ? {
              strokeDasharray: dash
                .split(' ')
                .map((n) => String(Number(n) / 2))
                .join(' '),
            }
          : {})}
      />
      <Path d="M 26 4 L 19 0.5 L 19 7.5 Z" fill={EDGE_COLORS[kind]} />
    </Svg>
  );
}
