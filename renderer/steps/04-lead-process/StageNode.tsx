import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import type { JSX } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { CircleX, LogIn, Trophy } from 'lucide-react';
import { ANCHORS, type AnchorName, type Side } from '../../../shared/leadProcess/geometry';
import { useCheckMessage } from '../../i18n/checks';
import { ownerText, stageSummaryText } from './stageText';
import { metaFits, nameFits } from './textFit';
import type { StageFlowNode } from './flowElements';

const KIND_ICON = { capture: LogIn, won: Trophy, lost: CircleX, stage: null } as const;
const POSITION: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };
const ANCHOR_NAMES = Object.keys(ANCHORS) as AnchorName[];

/**
 * Every handle is a zero-size point at its shared anchor: React Flow measures handles from
 * the DOM, and a point measures exactly where the SVG export draws the line. The grab area
 * of the two connectable ones is drawn around the point in CSS.
 *
 * Only those two are <Handle>s. Each <Handle> subscribes to React Flow's store and runs its
 * selector on every drag frame, and the four anchors of loops and feedback arches are never
 * grabbed (not connectable, no pointer events): they are plain elements with the classes and
 * data attributes React Flow reads when it measures handles, so 1,200 store subscriptions
 * with 300 stages are gone while edges still end exactly on them.
 *
 * None of them is positioned: they sit in a zero-height grid (.lp-anchors), placed by their
 * margins. An absolutely positioned element is a paint layer of its own, and 1,800 of them
 * with 300 stages made hit testing, layerizing and pre-paint of every drag frame markedly
 * dearer than in a bare React Flow page.
 */
const makeHandles = () =>
  ANCHOR_NAMES.map((id) => {
    const a = ANCHORS[id];
    const style = { marginLeft: a.x, marginTop: a.y };
    if (id !== 'in' && id !== 'out') {
      const position = POSITION[a.side];
      return (
        <div
          key={id}
          data-handleid={id}
          data-handlepos={position}
          className={`${a.type} lp-handle lp-handle-hidden`}
          style={style}
          aria-hidden
        />
      );
    }
    return (
      <Handle
        key={id}
        id={id}
        type={a.type}
        position={POSITION[a.side]}
        className="lp-handle"
        style={style}
        // Handles are for the mouse (a tooltip says what dragging does); keyboard users connect
        // stages in the inspector, so assistive technology need not meet them (and a role-less
        // div may not carry aria-label).
        title={i18n.t(id === 'out' ? 'leadProcess:canvas.connectFrom' : 'leadProcess:canvas.connectTo')}
        aria-hidden
      />
    );
  });

/** Built once per language: the handles never change otherwise, and every node shares them. */
const handleCache = new Map<string, JSX.Element[]>();
const handlesFor = (lng: string) =>
  handleCache.get(lng) ??
  handleCache
    .set(lng, [
      <div key="anchors" className="lp-anchors">
        {makeHandles()}
      </div>,
    ])
    .get(lng)!;

/**
 * One stage on the canvas: owner colour with the owner's name, the stage name in large type,
 * rate and time below. Memoised: while one stage is dragged, the others do not re-render.
 */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageFlowNode>) {
  return <StageCard data={data} />;
});

/**
 * React Flow passes the dragged node its position on every frame, so StageNode itself
 * re-renders while it moves; the card depends on the stage and its issues only, and skips
 * those renders (its labels go through i18next, which is not free at 60 per second).
 */
const StageCard = memo(function StageCard({ data }: { data: StageFlowNode['data'] }) {
  const { stage, issues } = data;
  const Icon = KIND_ICON[stage.kind];
  const { t } = useTranslation('leadProcess');
  const say = useCheckMessage();
  const name = stage.name || t('unnamedStage');
  const meta = stageSummaryText(t, stage);
  return (
    <div
      className="lp-node"
      data-owner={stage.owner ?? 'none'}
      data-kind={stage.kind}
      data-invalid={issues.length > 0 ? '' : undefined}
      title={issues.map((m) => say(m)).join('\n') || undefined}
    >
      {handlesFor(i18n.language)}
      <div className="lp-node-owner">
        <span>{ownerText(t, stage)}</span>
        {Icon && <Icon size={16} aria-hidden="true" />}
      </div>
      {/* Clipped only where the text could overflow (textFit.ts says why). */}
      <div className={nameFits(name) ? 'lp-node-name' : 'lp-node-name lp-clip'}>{name}</div>
      <div className={metaFits(meta) ? 'lp-node-meta' : 'lp-node-meta lp-clip'}>{meta}</div>
      {issues.length > 0 && (
        <span className="lp-node-alert" aria-hidden="true">
          !
        </span>
      )}
    </div>
  );
});
